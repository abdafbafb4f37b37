#include "sqliteaccess.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

namespace TrendScope::Sqlite {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("trendscope-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool harden(sqlite3 *db)
{
    if (!db)
        return false;
    int state = 0;
    bool ok = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &state) == SQLITE_OK;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &state) == SQLITE_OK;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &state) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) == SQLITE_OK;
    // Bounds on what one statement may build, far above anything the dataset needs: a view a
    // file's author wrote cannot make a 10 GB value, nest expressions until the stack runs
    // out or chain thousands of SELECTs.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 500);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 32);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    return ok;
}

bool hasContent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

bool isWalModeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

bool folderIsWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

ReadMode readModeFor(const QString &path)
{
    if (!isWalModeFile(path))
        return ReadMode::Shared;
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFileInfo::exists(path + QStringLiteral("-shm")))
        return ReadMode::Shared;
    return hasContent(wal) ? ReadMode::PrivateCopy : ReadMode::Immutable;
}

Target readTarget(const QString &path, bool immutable)
{
    Target target {
        path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
    if (immutable) {
        // immutable=1 also ignores any -wal beside the file: it reads the main file alone.
        target.name = QString::fromLatin1(
                          QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded())
            + QStringLiteral("?immutable=1");
        target.options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    return target;
}

ReadSource readSource(const QString &path, bool ignoreJournal)
{
    ReadSource source;
    const ReadMode mode = ignoreJournal ? ReadMode::Immutable : readModeFor(path);
    if (mode != ReadMode::PrivateCopy) {
        source.target = readTarget(path, mode == ReadMode::Immutable);
        return source;
    }
    source.copyDir = std::make_unique<QTemporaryDir>();
    const QString copy = source.copyDir->filePath(QStringLiteral("dataset.sqlite"));
    if (!source.copyDir->isValid() || !QFile::copy(path, copy)
        || !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))) {
        source.error = QStringLiteral("its journal %1-wal holds changes not yet written into it, "
                                      "and a private copy to read them could not be made")
                           .arg(QFileInfo(path).fileName());
        source.copyDir.reset();
        return source;
    }
    source.target = readTarget(copy, false);
    return source;
}

ScopedConnection::ScopedConnection(const QString &path, const QString &options)
    : m_name(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScopedConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

std::optional<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next()) {
        *error = q.lastError().databaseText();
        if (error->isEmpty())
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0);
}

QString readOnlyOptions()
{
    return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
}

int stopPastTimeLimit(void *timeLimit)
{
    auto *limit = static_cast<TimeLimit *>(timeLimit);
    if (limit->limitMs > 0 && limit->timer.elapsed() > limit->limitMs) {
        limit->reached = true;
        return 1;
    }
    return 0;
}

} // namespace TrendScope::Sqlite
