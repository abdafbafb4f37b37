#pragma once

#include "database.h"
#include "serverlocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace TrendScope {

class ServerConnection;

// A TrendScope dataset in a PostgreSQL database (issue 20): the same tables as a dataset
// file, made from the same migrations (postgresdialect.h), with the application marker and the
// schema version in a metadata table. Errors are DatabaseErrors naming the server by its
// printable URI (never the password).
class ServerDataset
{
public:
    ~ServerDataset();
    ServerDataset(const ServerDataset &) = delete;
    ServerDataset &operator=(const ServerDataset &) = delete;

    // Connects and validates: the database holds TrendScope's marker, a schema version this
    // build knows, and every table can be read by this role.
    static std::unique_ptr<ServerDataset> open(
        const ServerLocation &location, DatabaseError *error);

    // How much a publish or pull copied.
    struct Copied
    {
        int tables = 0;
        qint64 rows = 0;
    };

    // Creates the dataset on the server from `source` (a dataset file of the newest schema),
    // or replaces what a server dataset holds, in one transaction. An empty database gets the
    // schema first, an older TrendScope dataset its missing migrations. Refuses a dataset
    // holding rows unless `replace`, and a database holding another application's tables.
    // On any failure the server is left as it was.
    static std::optional<DatabaseError> publish(const Database &source,
        const ServerLocation &target, bool replace, Copied *copied = nullptr);

    // Writes the server dataset into a new dataset file at `path` (refusing an existing
    // file): built beside it and moved into place once whole and valid.
    static std::optional<DatabaseError> pull(
        const ServerLocation &source, const QString &path, Copied *copied = nullptr);

    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    // The server's printable URI (no password), for messages.
    QString name() const;
    // The database user this connection acts as (current_user).
    QString role() const;

private:
    explicit ServerDataset(std::unique_ptr<ServerConnection> connection);

    std::unique_ptr<ServerConnection> m_connection;
    int m_schemaVersion = 0;
};

} // namespace TrendScope
