#include "readsnapshot.h"

#include "database.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace TrendScope {

ReadSnapshot::ReadSnapshot(const Database &database)
    : m_handle(database.handle())
{
    if (database.isServer()) {
        m_server = database.connection();
        QSqlQuery begin(m_server);
        if (begin.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                      "READ ONLY")))
            m_began = true;
        else
            m_error = begin.lastError().text();
        return;
    }
    if (!m_handle) {
        m_error
            = QCoreApplication::translate("TrendScope::ReadSnapshot", "the dataset is not open");
        return;
    }
    if (!sqlite3_get_autocommit(m_handle))
        return;
    // Deferred: the snapshot is taken by the first read and held until COMMIT.
    m_error = runSqlScript(m_handle, QStringLiteral("BEGIN DEFERRED"));
    m_began = m_error.isEmpty();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_server.isValid()) {
        if (m_began && !QSqlQuery(m_server).exec(QStringLiteral("COMMIT")))
            QSqlQuery(m_server).exec(QStringLiteral("ROLLBACK"));
        return;
    }
    // Nothing was written: COMMIT only ends the read. Never leave it open (it would hold the
    // snapshot, and in rollback-journal mode a lock, while the user is idle).
    if (m_began && !sqlite3_get_autocommit(m_handle)
        && !runSqlScript(m_handle, QStringLiteral("COMMIT")).isEmpty())
        runSqlScript(m_handle, QStringLiteral("ROLLBACK"));
}

} // namespace TrendScope
