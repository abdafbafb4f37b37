// Database::openServer: a shared dataset on PostgreSQL behind the same class as a file, so that
// everything above the data layer reads and edits it through the same connection() (issue 20).

#include "database.h"

#include "serverdataset.h"
#include "serverlocation.h"
#include "sqliteaccess.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace TrendScope {

using Sqlite::makeError;

namespace {

// The tables this role may read but not change; empty when it may change them all.
QString tablesNotWritable(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT string_agg(tablename, ', ' ORDER BY tablename) FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema() AND NOT ("
            "has_table_privilege(format('%I.%I', schemaname, tablename), 'INSERT') "
            "AND has_table_privilege(format('%I.%I', schemaname, tablename), 'UPDATE') "
            "AND has_table_privilege(format('%I.%I', schemaname, tablename), 'DELETE'))"))
        || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

} // namespace

std::unique_ptr<Database> Database::openServer(
    const ServerLocation &location, DatabaseError *error, Access access)
{
    std::unique_ptr<ServerDataset> server = ServerDataset::open(location, error);
    if (!server)
        return nullptr;
    const QString uri = location.printable();
    if (server->schemaVersion() < latestSchemaVersion()) {
        if (error)
            *error = makeError(DatabaseError::Kind::Failed, uri,
                QCoreApplication::translate("TrendScope::DatabaseError",
                    "it uses the older schema version %1; publish a dataset file to it "
                    "with this TrendScope (trendscope publish) to upgrade it")
                    .arg(server->schemaVersion()));
        return nullptr;
    }
    QString readOnlyReason;
    if (access == Access::ReadOnly) {
        readOnlyReason
            = QCoreApplication::translate("TrendScope::DatabaseError", "it was opened read-only");
    } else {
        QString e;
        const QString tables = tablesNotWritable(server->connection(), &e);
        if (!e.isEmpty()) {
            if (error)
                *error = makeError(DatabaseError::Kind::Failed, uri,
                    QCoreApplication::translate("TrendScope::DatabaseError",
                        "the server could not say what this role may change (%1)")
                        .arg(e));
            return nullptr;
        }
        if (!tables.isEmpty())
            readOnlyReason = QCoreApplication::translate(
                "TrendScope::DatabaseError", "the role %1 may read but not change %2")
                                 .arg(server->role(), tables);
    }
    std::unique_ptr<Database> database(new Database(QString(), uri, !readOnlyReason.isEmpty()));
    database->m_server = std::move(server);
    database->m_location = std::make_unique<ServerLocation>(location);
    database->m_readOnlyReason = readOnlyReason;
    database->rememberServerProcess();
    return database;
}

void Database::rememberServerProcess() const
{
    QSqlQuery q(m_server->connection());
    m_serverPid = q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

void Database::cancelServerStatement() const
{
    const qint64 pid = m_serverPid;
    if (pid == 0)
        return;
    // A connection of the calling thread's own, named uniquely: this may run on any thread.
    static std::atomic<int> cancels {0};
    const QString name = QStringLiteral("trendscope-cancel-%1").arg(++cancels);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        m_location->applyTo(db);
        // A role may cancel its own sessions' statements; nothing to do if it cannot connect.
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid));
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::limitServerStatements(qint64 milliseconds) const
{
    QSqlQuery(m_server->connection())
        .exec(QStringLiteral("SET statement_timeout = %1").arg(milliseconds));
}

QString Database::serverRole() const
{
    return m_server ? m_server->role() : QString();
}

bool Database::reconnect() const
{
    if (!m_server)
        return true;
    QSqlDatabase db = m_server->connection();
    QSqlQuery probe(db);
    if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return true;
    db.close();
    if (!db.open())
        return false;
    rememberServerProcess();
    if (m_timeLimit->limitMs > 0)
        limitServerStatements(m_timeLimit->limitMs);
    return true;
}

} // namespace TrendScope
