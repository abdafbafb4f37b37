#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace TrendScope {

class Database;

// One read transaction on a connection for as long as it lives: every statement in between
// sees the same committed state, even while another program commits (a WAL reader keeps its
// snapshot; in rollback-journal mode the writer waits). An export, a report or a view load
// that reads several tables must not mix rows from before and after someone else's commit.
// On a server dataset the same holds through a REPEATABLE READ, READ ONLY transaction (never
// made inside an edit's transaction: the server would take its COMMIT for the edit's).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // False when BEGIN failed; error() says why. Inside a transaction already (an edit), the
    // statements share that one and this does nothing.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    sqlite3 *m_handle = nullptr;
    QSqlDatabase m_server; // a server dataset's connection, else invalid
    bool m_began = false;
    QString m_error;
};

} // namespace TrendScope
