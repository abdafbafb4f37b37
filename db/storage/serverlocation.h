#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace TrendScope {

// Where a shared dataset lives: a PostgreSQL connection URI as libpq writes them
// (postgresql://user@host:5432/dbname, postgresql:///dbname?host=/run/postgresql&user=editor,
// postgres://…, percent-encoded parts, sslmode=… and the other libpq parameters), split into
// what Qt's QPSQL driver takes. A field left out stays empty, so libpq's own defaults apply
// (the local socket, the login name, PGHOST and friends, ~/.pgpass for the password).
struct ServerLocation
{
    QString host; // a host name, an address, or a Unix socket folder (starts with '/')
    int port = -1; // -1: libpq's default
    QString user;
    QString password; // only when the URI holds one; never printed
    QString database;
    // The other libpq parameters (sslmode, connect_timeout, application_name, …), in order.
    QList<QPair<QString, QString>> options;

    // Whether `text` is meant as a connection URI (postgresql:// or postgres://).
    static bool isUri(const QString &text);
    // Parses a URI as libpq does; on a malformed one returns nothing and sets `error` to one
    // line saying what is wrong (never quoting a password).
    static std::optional<ServerLocation> parse(const QString &uri, QString *error);

    // The URI again, percent-encoded, without the password: for messages and titles.
    QString printable() const;
    // The options as QPSQL's connectOptions: "sslmode='require';connect_timeout='5'".
    QString connectOptions() const;
    // Sets host, port, user, password, database name and connect options on `db`.
    void applyTo(QSqlDatabase &db) const;
};

} // namespace TrendScope
