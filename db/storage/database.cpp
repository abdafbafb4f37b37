#include "database.h"

#include "schemacontract.h"
#include "sqliteaccess.h"
#include "sqlscript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>

namespace TrendScope {

struct Database::TimeLimit
{
    QElapsedTimer timer;
    qint64 limitMs = 0;
    std::atomic<bool> reached {false};
};

namespace {

constexpr int ProgressSteps = 10000;

} // namespace

// The plumbing beneath this class: connections, read modes, errors, migrations.
using namespace Sqlite;

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_timeLimit(std::make_unique<TimeLimit>())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        int v = 0;
        const QList<SqlScriptFile> scripts = embeddedScripts(QStringLiteral(":/db/schema"));
        for (const SqlScriptFile &s : scripts)
            v = std::max(v, s.version);
        return v;
    }();
    return latest;
}

std::optional<DatabaseError> Database::validateFile(const QString &path)
{
    using Kind = DatabaseError::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Kind::NotFound, path, QStringLiteral("the file does not exist"));
    if (info.isDir())
        return makeError(
            Kind::NotAFile, path, QStringLiteral("it is a folder, not a dataset file"));
    if (!info.isFile())
        return makeError(Kind::NotAFile, path, QStringLiteral("it is not a regular file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Kind::Unreadable, path,
            QStringLiteral("the file cannot be read (%1)").arg(file.errorString()));
    if (info.size() == 0)
        return makeError(Kind::NotSqlite, path, QStringLiteral("the file is empty (0 bytes)"));
    static const QByteArray header("SQLite format 3\0", 16);
    if (file.read(16) != header)
        return makeError(Kind::NotSqlite, path,
            QStringLiteral("it is not an SQLite database (wrong file header)"));
    file.close();

    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool walHasData = hasContent(wal);
    if (walHasData && !QFileInfo::exists(shm) && !folderIsWritable(path) && isWalModeFile(path))
        return makeError(Kind::Unreadable, path,
            QStringLiteral("its journal %1 holds changes not yet written into it, and "
                           "they cannot be read in a read-only folder; open it once "
                           "from a folder you can write to")
                .arg(QFileInfo(wal).fileName()));

    // A journal with content is read into the file: it may be a leftover of another file, so
    // the whole file is checked then (integrity_check also compares indexes with their tables).
    auto problem = checkContent(path, false, walHasData);
    // Unusable when read with the journal beside it, sound on its own: the journal is a
    // leftover of another file (or damaged). SQLite cannot tell; saying so lets people fix it.
    const QList<Kind> journalKinds {Kind::Foreign, Kind::Newer, Kind::Damaged, Kind::Drifted};
    if (problem && journalKinds.contains(problem->kind) && walHasData
        && !checkContent(path, true, true)) {
        problem->kind = Kind::Damaged;
        problem->reason = QStringLiteral("the journal %1 beside it does not belong to it or is "
                                         "damaged (read with it: %2); the file itself "
                                         "is intact: move %1 away to open it as last saved")
                              .arg(QFileInfo(wal).fileName(), problem->reason);
    }

    return problem;
}

std::optional<DatabaseError> Database::checkContent(
    const QString &path, bool immutable, bool thorough)
{
    using Kind = DatabaseError::Kind;
    const ReadSource source = readSource(path, immutable);
    if (!source.error.isEmpty())
        return makeError(Kind::Unreadable, path, source.error);
    ScopedConnection conn(source.target.name, source.target.options);
    if (!conn.isOpen())
        return sqliteError(path, conn.error());
    if (!harden(rawHandle(conn.db())))
        return makeError(Kind::Failed, path, QStringLiteral("the connection could not be secured"));

    // quick_check and the schema comparison on a hostile file are bounded in time too.
    TimeLimit limit;
    limit.limitMs = qint64(defaultTimeLimitSeconds()) * 1000;
    limit.timer.start();
    sqlite3_progress_handler(rawHandle(conn.db()), ProgressSteps, stopPastTimeLimit, &limit);
    auto problem = checkConnection(conn.db(), path, thorough);
    sqlite3_progress_handler(rawHandle(conn.db()), 0, nullptr, nullptr);
    if (limit.reached)
        return makeError(Kind::Failed, path,
            QStringLiteral("checking it took longer than %1 s; stopped")
                .arg(defaultTimeLimitSeconds()));
    return problem;
}

std::optional<DatabaseError> Database::checkConnection(
    const QSqlDatabase &db, const QString &path, bool thorough)
{
    using Kind = DatabaseError::Kind;
    QString error;
    const auto appId = pragmaValue(db, QStringLiteral("application_id"), &error);
    if (!appId)
        return sqliteError(path, error);
    if (appId->toInt() != ApplicationId)
        return makeError(Kind::Foreign, path,
            QStringLiteral(
                "it is an SQLite database of another application, not a TrendScope dataset"));

    const auto version = pragmaValue(db, QStringLiteral("user_version"), &error);
    if (!version)
        return sqliteError(path, error);
    const int v = version->toInt();
    if (v > latestSchemaVersion())
        return makeError(Kind::Newer, path,
            QStringLiteral("it was written by a newer TrendScope (schema version %1; "
                           "this version reads up to %2)")
                .arg(v)
                .arg(latestSchemaVersion()));
    if (v < 1)
        return makeError(
            Kind::Damaged, path, QStringLiteral("it has no valid schema version (%1)").arg(v));

    // Every line: a constraint finding may come before real damage.
    QStringList findings;
    {
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (!check.exec(thorough ? QStringLiteral("PRAGMA integrity_check(100)")
                                 : QStringLiteral("PRAGMA quick_check(100)")))
            return sqliteError(path,
                check.lastError().databaseText().isEmpty() ? check.lastError().text()
                                                           : check.lastError().databaseText());
        while (check.next())
            findings.append(check.value(0).toString());
    }
    findings.removeIf([](const QString &line) {
        return line == QLatin1String("ok") || isConstraintFinding(line);
    });
    if (!findings.isEmpty())
        return makeError(Kind::Damaged, path,
            QStringLiteral("the file is damaged (%1)").arg(firstProblems(findings.join(u'\n'))));

    // Every reader, the editor and the checker rely on the schema the version promises: a
    // trigger, view or index added by someone else, or a missing table or column, would only
    // show later as raw SQL errors or silent changes. Extra objects are refused too (not opened
    // read-only): nothing TrendScope runs may meet a trigger or view it does not know.
    const SchemaContract *contract = SchemaContract::forVersion(v);
    if (!contract)
        return makeError(Kind::Failed, path,
            QStringLiteral("this build cannot construct schema version %1 to compare it with")
                .arg(v));
    const QStringList differences = contract->differences(rawHandle(db), &error);
    if (!error.isEmpty())
        return sqliteError(path, error);
    if (!differences.isEmpty())
        return makeError(Kind::Drifted, path,
            QStringLiteral("its schema differs from version %1: %2")
                .arg(QString::number(v), firstProblems(differences.join(u'\n'))));
    return std::nullopt;
}

std::unique_ptr<Database> Database::open(
    const QString &path, DatabaseError *error, Access access, Validation validation)
{
    using Kind = DatabaseError::Kind;
    if (const auto problem = validation == Validation::Check ? validateFile(path) : std::nullopt) {
        if (error)
            *error = *problem;
        return nullptr;
    }

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    // WAL needs to create files beside the database: a read-only folder means read-only use.
    const bool writable
        = access == Access::ReadWrite && info.isWritable() && folderIsWritable(absolute);

    const QString name = newConnectionName();
    ReadSource source;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (writable) {
            db.setDatabaseName(absolute);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        } else {
            source = readSource(absolute, false);
            db.setDatabaseName(source.target.name);
            db.setConnectOptions(source.target.options);
        }
        if (source.error.isEmpty())
            db.open();
    }
    std::unique_ptr<Database> database(new Database(name, absolute, !writable));
    database->m_privateCopy = std::move(source.copyDir);
    auto fail = [&](Kind kind, const QString &reason) {
        if (error)
            *error = makeError(kind, path, reason);
        return nullptr;
    };
    auto failSqlite = [&](const QString &sqliteMessage) {
        if (error)
            *error = sqliteError(path, sqliteMessage);
        return nullptr;
    };
    if (!source.error.isEmpty())
        return fail(Kind::Unreadable, source.error);
    if (!database->connection().isOpen())
        return failSqlite(database->connection().lastError().text());
    sqlite3 *h = database->handle();
    if (!harden(h))
        return fail(Kind::Failed, QStringLiteral("the connection could not be secured"));
    database->m_handle = h;

    if (writable) {
        // WAL + synchronous=FULL: a committed edit survives a crash or kill -9.
        const QString e = runSqlScript(
            h, QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"));
        if (!e.isEmpty()) {
            // Another program is writing: the data can still be read while it does.
            if (kindForSqliteMessage(e) == Kind::Locked) {
                database.reset();
                return open(path, error, Access::ReadOnly);
            }
            return failSqlite(e);
        }
    }

    QString versionError;
    const auto userVersion
        = pragmaValue(database->connection(), QStringLiteral("user_version"), &versionError);
    if (!userVersion)
        return failSqlite(versionError);
    const int version = userVersion->toInt();
    if (version < latestSchemaVersion()) {
        if (!writable)
            return fail(Kind::Failed,
                QStringLiteral("it uses the older schema version %1 and must be upgraded, "
                               "but it is read-only")
                    .arg(version));
        const QString backup = absolute + QStringLiteral(".v%1.backup").arg(version);
        QString e;
        if (QFileInfo::exists(backup) && !QFile::remove(backup))
            return fail(
                Kind::Failed, QStringLiteral("cannot replace the old backup %1").arg(backup));
        if (!backupTo(h, backup, version, &e))
            return fail(Kind::Failed,
                QStringLiteral("the backup before upgrading failed (%1); "
                               "the file was not changed")
                    .arg(e));
        e = applyScripts(h, version, false);
        if (!e.isEmpty())
            return fail(Kind::Failed,
                QStringLiteral("upgrading the schema failed (%1); the file was not changed")
                    .arg(e));
        database->m_backupPath = backup;
    }
    return database;
}

std::unique_ptr<Database> Database::createFromEmbedded(const QString &path, DatabaseError *error)
{
    using Kind = DatabaseError::Kind;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = makeError(Kind::Failed, path, reason);
        return nullptr;
    };
    const QFileInfo info(path);
    if (info.exists())
        return fail(QStringLiteral("a file of that name exists already"));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));

    // Build beside the target and rename: a half-written dataset never has the real name.
    const QString partial = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    QString e;
    {
        ScopedConnection conn(
            partial, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!conn.isOpen())
            return fail(conn.error());
        sqlite3 *h = rawHandle(conn.db());
        if (!harden(h))
            e = QStringLiteral("the connection could not be secured");
        if (e.isEmpty())
            e = applyScripts(h, 0, true);
    }
    if (!e.isEmpty()) {
        QFile::remove(partial);
        return fail(QStringLiteral("building the embedded dataset failed (%1)").arg(e));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(QStringLiteral("cannot move the new file into place"));
    }
    return open(path, error);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("trendscope.sqlite"));
}

std::unique_ptr<Database> Database::openDefault(DatabaseError *error, Access access)
{
    const QString path = defaultPath();
    if (!QFileInfo::exists(path)) {
        if (access == Access::ReadWrite)
            return createFromEmbedded(path, error);
        if (!createFromEmbedded(path, error))
            return nullptr;
    }
    return open(path, error, access);
}

std::unique_ptr<Database> Database::createInMemory(DatabaseError *error)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    std::unique_ptr<Database> database(new Database(name, QStringLiteral(":memory:"), false));
    QString e;
    if (!database->connection().isOpen())
        e = database->connection().lastError().text();
    else if (!harden(database->handle()))
        e = QStringLiteral("the connection could not be secured");
    else
        e = applyScripts(database->handle(), 0, true);
    if (!e.isEmpty()) {
        if (error)
            *error = makeError(DatabaseError::Kind::Failed, QStringLiteral(":memory:"), e);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openReader(const QString &path, DatabaseError *error)
{
    if (path == QLatin1String(":memory:")) {
        if (error)
            *error = makeError(DatabaseError::Kind::Failed, path,
                QStringLiteral("an in-memory dataset has no second connection"));
        return nullptr;
    }
    const QString name = newConnectionName();
    ReadSource source = readSource(path, false);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source.target.name);
        db.setConnectOptions(source.target.options);
        if (source.error.isEmpty())
            db.open();
    }
    std::unique_ptr<Database> reader(new Database(name, path, true));
    reader->m_privateCopy = std::move(source.copyDir);
    if (!source.error.isEmpty()) {
        if (error)
            *error = makeError(DatabaseError::Kind::Unreadable, path, source.error);
        return nullptr;
    }
    if (!reader->connection().isOpen() || !harden(reader->handle())) {
        if (error)
            *error = sqliteError(path, reader->connection().lastError().text());
        return nullptr;
    }
    reader->m_handle = reader->handle();
    return reader;
}

void Database::interrupt() const
{
    // Not through connection(): QSqlDatabase::database() may only be called on the
    // connection's own thread.
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

void Database::setTimeLimit(int seconds)
{
    m_timeLimit->limitMs = qint64(std::max(seconds, 0)) * 1000;
    m_timeLimit->reached = false;
    m_timeLimit->timer.start();
    sqlite3 *h = handle();
    if (h)
        sqlite3_progress_handler(h, seconds > 0 ? ProgressSteps : 0,
            seconds > 0 ? stopPastTimeLimit : nullptr, m_timeLimit.get());
}

int Database::stopPastTimeLimit(void *context)
{
    auto *limit = static_cast<TimeLimit *>(context);
    if (limit->limitMs > 0 && limit->timer.elapsed() > limit->limitMs) {
        limit->reached = true;
        return 1;
    }
    return 0;
}

bool Database::timeLimitReached() const
{
    return m_timeLimit->reached;
}

QString Database::timeLimitMessage(const QString &what) const
{
    return QStringLiteral("%1 took longer than %2 s; stopped")
        .arg(what)
        .arg(m_timeLimit->limitMs / 1000);
}

int Database::defaultTimeLimitSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("TRENDSCOPE_TIME_LIMIT", &ok);
    return ok && seconds > 0 ? seconds : 300;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return rawHandle(connection());
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace TrendScope
