#pragma once

#include <QString>

namespace TrendScope {

// Names the programs that hold a write lock on an SQLite file (or its -wal/-shm companions),
// for messages like "locked by sqlite3 (process 4242)". Reads /proc/locks on Linux; returns an
// empty string where that is not available or no holder is found.
class LockHolder
{
public:
    static QString describe(const QString &databasePath);
};

} // namespace TrendScope
