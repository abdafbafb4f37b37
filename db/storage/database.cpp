#include "database.h"

#include "schemacontract.h"
#include "serverdataset.h"
#include "sqliteaccess.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace TrendScope {

// The plumbing beneath this class: connections, read modes, errors, migrations.
using namespace Sqlite;

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_timeLimit(std::make_unique<Sqlite::TimeLimit>())
{ }

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
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
        return fail(Kind::Failed,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "the connection could not be secured"));
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
            return openUpgradedCopy(std::move(database), version, error);
        const QString backup = absolute + QStringLiteral(".v%1.backup").arg(version);
        QString e;
        if (QFileInfo::exists(backup) && !QFile::remove(backup))
            return fail(Kind::Failed,
                QCoreApplication::translate(
                    "TrendScope::DatabaseError", "cannot replace the old backup %1")
                    .arg(backup));
        if (!backupTo(h, backup, version, &e))
            return fail(Kind::Failed,
                QCoreApplication::translate("TrendScope::DatabaseError",
                    "the backup before upgrading failed (%1); "
                    "the file was not changed")
                    .arg(e));
        e = applyScripts(h, version, false);
        if (!e.isEmpty())
            return fail(Kind::Failed,
                QCoreApplication::translate("TrendScope::DatabaseError",
                    "upgrading the schema failed (%1); the file was not changed")
                    .arg(e));
        database->m_backupPath = backup;
    }
    return database;
}

std::unique_ptr<Database> Database::openUpgradedCopy(
    std::unique_ptr<Database> original, int version, DatabaseError *error)
{
    const QString path = original->path();
    auto fail = [&](const QString &why) {
        if (error)
            *error = makeError(DatabaseError::Kind::Failed, path,
                QStringLiteral("it uses the older schema version %1 and is read-only, and a "
                               "private copy to read it upgraded could not be made (%2)")
                    .arg(version)
                    .arg(why));
        return nullptr;
    };
    auto dir = std::make_unique<QTemporaryDir>();
    const QString copy = dir->filePath(QStringLiteral("dataset.sqlite"));
    QString e;
    if (!dir->isValid())
        return fail(dir->errorString());
    if (!backupTo(original->handle(), copy, version, &e))
        return fail(e);
    original.reset();
    DatabaseError inner;
    {
        const std::unique_ptr<Database> writer
            = open(copy, &inner, Access::ReadWrite, Validation::Done);
        if (!writer)
            return fail(inner.reason);
        QFile::remove(writer->migrationBackupPath()); // the original is the backup
    }
    std::unique_ptr<Database> upgraded = open(copy, &inner, Access::ReadOnly, Validation::Done);
    if (!upgraded)
        return fail(inner.reason);
    upgraded->m_path = path;
    upgraded->m_readPath = copy;
    upgraded->m_upgradedCopy = std::move(dir);
    return upgraded;
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
        return fail(QCoreApplication::translate(
            "TrendScope::DatabaseError", "a file of that name exists already"));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            QCoreApplication::translate("TrendScope::DatabaseError", "cannot create the folder %1")
                .arg(info.absolutePath()));

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
            e = QCoreApplication::translate(
                "TrendScope::DatabaseError", "the connection could not be secured");
        if (e.isEmpty())
            e = applyScripts(h, 0, true);
    }
    if (!e.isEmpty()) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate(
            "TrendScope::DatabaseError", "building the embedded dataset failed (%1)")
                        .arg(e));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate(
            "TrendScope::DatabaseError", "cannot move the new file into place"));
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
        e = QCoreApplication::translate(
            "TrendScope::DatabaseError", "the connection could not be secured");
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
                QCoreApplication::translate(
                    "TrendScope::DatabaseError", "an in-memory dataset has no second connection"));
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

std::unique_ptr<Database> Database::openAnotherReader(DatabaseError *error) const
{
    return readerFactory()(error);
}

Database::ReaderFactory Database::readerFactory() const
{
    if (m_location)
        return [location = *m_location](
                   DatabaseError *error) { return openServer(location, error, Access::ReadOnly); };
    return [path = m_readPath.isEmpty() ? m_path : m_readPath](
               DatabaseError *error) { return openReader(path, error); };
}

void Database::interrupt() const
{
    // Not through connection(): QSqlDatabase::database() may only be called on the
    // connection's own thread.
    if (m_handle)
        sqlite3_interrupt(m_handle);
    else if (m_location)
        cancelServerStatement();
}

void Database::setTimeLimit(int seconds)
{
    m_timeLimit->limitMs = qint64(std::max(seconds, 0)) * 1000;
    m_timeLimit->reached = false;
    m_timeLimit->timer.start();
    if (m_server)
        limitServerStatements(m_timeLimit->limitMs);
    sqlite3 *h = handle();
    if (h)
        sqlite3_progress_handler(h, seconds > 0 ? ProgressSteps : 0,
            seconds > 0 ? stopPastTimeLimit : nullptr, m_timeLimit.get());
}

int Database::timeLimitSeconds() const
{
    return int(m_timeLimit->limitMs / 1000);
}

bool Database::timeLimitReached() const
{
    // On a server the statement was stopped by statement_timeout, not by our handler. The
    // server's clock started after ours, so ours has reached the limit too; elapsed() counts
    // whole milliseconds, and hasExpired() wants one past it (a statement stopped 1000.5 ms
    // in reads 1000: seen on a fast machine).
    if (m_server)
        return m_timeLimit->limitMs > 0 && m_timeLimit->timer.elapsed() >= m_timeLimit->limitMs;
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
    if (m_server)
        return m_server->connection();
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return rawHandle(connection());
}

int Database::schemaVersion() const
{
    if (m_server)
        return m_server->schemaVersion();
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace TrendScope
