#include "readsnapshot.h"

#include "database.h"
#include "sqlscript.h"

#include <sqlite3.h>

namespace TrendScope {

ReadSnapshot::ReadSnapshot(const Database &database)
    : m_handle(database.handle())
{
    if (!m_handle) {
        m_error = QStringLiteral("the dataset is not open");
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
    // Nothing was written: COMMIT only ends the read. Never leave it open (it would hold the
    // snapshot, and in rollback-journal mode a lock, while the user is idle).
    if (m_began && !sqlite3_get_autocommit(m_handle)
        && !runSqlScript(m_handle, QStringLiteral("COMMIT")).isEmpty())
        runSqlScript(m_handle, QStringLiteral("ROLLBACK"));
}

} // namespace TrendScope
