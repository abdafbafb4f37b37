#include "serverlocation.h"

#include <QSqlDatabase>
#include <QStringList>

#include <cctype>

namespace TrendScope {

namespace {

const QString PostgresqlScheme = QStringLiteral("postgresql://");
const QString PostgresScheme = QStringLiteral("postgres://");

// The connection parameters libpq 15 knows besides host, port, user, password and dbname
// (its URI parser refuses any other name).
const QStringList &knownOptions()
{
    static const QStringList names {QStringLiteral("hostaddr"), QStringLiteral("passfile"),
        QStringLiteral("channel_binding"), QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"), QStringLiteral("options"),
        QStringLiteral("application_name"), QStringLiteral("fallback_application_name"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("gssencmode"), QStringLiteral("sslmode"),
        QStringLiteral("requiressl"), QStringLiteral("sslcompression"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslpassword"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"), QStringLiteral("krbsrvname"),
        QStringLiteral("gsslib"), QStringLiteral("service"),
        QStringLiteral("target_session_attrs")};
    return names;
}

// Parameters whose value is a secret: kept for the connection, never printed.
bool isSecret(const QString &name)
{
    return name == QLatin1String("password") || name == QLatin1String("sslpassword");
}

// Percent-decodes one part of the URI as libpq does (UTF-8 bytes); `what` names the part in
// the error, which never quotes the part itself (it may be a password).
std::optional<QString> decoded(const QString &part, const QString &what, QString *error)
{
    const QByteArray bytes = part.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%') {
            out.append(bytes.at(i));
            continue;
        }
        const bool ok = i + 2 < bytes.size() && std::isxdigit(uchar(bytes.at(i + 1)))
            && std::isxdigit(uchar(bytes.at(i + 2)));
        if (!ok) {
            *error = QStringLiteral("the %1 holds a %2 not followed by two hex digits")
                         .arg(what, QStringLiteral("%"));
            return std::nullopt;
        }
        const int value = bytes.mid(i + 1, 2).toInt(nullptr, 16);
        if (value == 0) {
            *error = QStringLiteral("the %1 holds %2, which libpq forbids")
                         .arg(what, QStringLiteral("%00"));
            return std::nullopt;
        }
        out.append(char(value));
        i += 2;
    }
    return QString::fromUtf8(out);
}

// Percent-encodes what a URI part cannot hold as it is.
QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(keep));
}

} // namespace

bool ServerLocation::isUri(const QString &text)
{
    return text.startsWith(PostgresqlScheme) || text.startsWith(PostgresScheme);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &uri, QString *error)
{
    QString unused;
    if (!error)
        error = &unused;
    if (!isUri(uri)) {
        *error = QStringLiteral("a server dataset is given as a connection URI starting with "
                                "postgresql:// or postgres://");
        return std::nullopt;
    }
    ServerLocation location;
    QString rest = uri.mid(
        uri.startsWith(PostgresqlScheme) ? PostgresqlScheme.size() : PostgresScheme.size());
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    // The authority ends at the first '/' (an IPv6 address has none).
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    // user[:password]@ comes before the host.
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const auto user = decoded(userInfo.left(colon), QStringLiteral("user name"), error);
        if (!user)
            return std::nullopt;
        location.user = *user;
        if (colon >= 0) {
            const auto password
                = decoded(userInfo.mid(colon + 1), QStringLiteral("password"), error);
            if (!password)
                return std::nullopt;
            location.password = *password;
        }
    }
    if (rest.contains(QLatin1Char(','))) {
        *error = QStringLiteral("the URI names several hosts; TrendScope connects to one");
        return std::nullopt;
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QStringLiteral("the IPv6 address in the URI lacks its closing ]");
            return std::nullopt;
        }
        location.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            *error = QStringLiteral("unexpected text after the IPv6 address in the URI");
            return std::nullopt;
        }
        portText = after.mid(1);
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const auto host = decoded(rest.left(colon), QStringLiteral("host"), error);
        if (!host)
            return std::nullopt;
        location.host = *host;
        if (colon >= 0)
            portText = rest.mid(colon + 1);
    }
    auto setPort = [&](const QString &text) {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(text);
            return false;
        }
        location.port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return std::nullopt;
    const auto database = decoded(path, QStringLiteral("database name"), error);
    if (!database)
        return std::nullopt;
    location.database = *database;

    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = QStringLiteral("the URI parameter \"%1\" has no name=value form")
                             .arg(pair.left(40));
                return std::nullopt;
            }
            const auto name = decoded(pair.left(equals), QStringLiteral("parameter name"), error);
            if (!name)
                return std::nullopt;
            const auto value = decoded(pair.mid(equals + 1),
                isSecret(*name) ? QStringLiteral("password") : QStringLiteral("parameter ") + *name,
                error);
            if (!value)
                return std::nullopt;
            if (*name == QLatin1String("host")) {
                location.host = *value;
            } else if (*name == QLatin1String("port")) {
                if (!setPort(*value))
                    return std::nullopt;
            } else if (*name == QLatin1String("user")) {
                location.user = *value;
            } else if (*name == QLatin1String("password")) {
                location.password = *value;
            } else if (*name == QLatin1String("dbname")) {
                location.database = *value;
            } else if (*name == QLatin1String("ssl") && *value == QLatin1String("true")) {
                // libpq reads the JDBC form ssl=true as sslmode=require.
                location.options.append({QStringLiteral("sslmode"), QStringLiteral("require")});
            } else if (knownOptions().contains(*name)) {
                if (value->contains(QLatin1Char(';'))) {
                    // Qt's driver reads ';' in its connect options as a separator.
                    *error = QStringLiteral("the parameter %1 holds a ';', which the connection "
                                            "cannot pass on")
                                 .arg(*name);
                    return std::nullopt;
                }
                location.options.append({*name, *value});
            } else {
                *error = QStringLiteral("the URI parameter \"%1\" is not one libpq knows")
                             .arg(name->left(40));
                return std::nullopt;
            }
        }
    }
    if (location.host.contains(QLatin1Char(','))) {
        *error = QStringLiteral("the URI names several hosts; TrendScope connects to one");
        return std::nullopt;
    }
    return location;
}

QString ServerLocation::printable() const
{
    QString text = PostgresqlScheme;
    QStringList query;
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    // A socket folder goes into the query, as libpq's own examples write it.
    if (host.startsWith(QLatin1Char('/')))
        query.append(QStringLiteral("host=") + encoded(host, "/"));
    else if (host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else
        text += encoded(host);
    if (port != -1)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    for (const auto &option : options) {
        if (!isSecret(option.first))
            query.append(encoded(option.first) + QLatin1Char('=') + encoded(option.second, "/"));
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ServerLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &option : options) {
        QString value = option.second;
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        parts.append(option.first + QStringLiteral("='") + value + QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(';'));
}

void ServerLocation::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(connectOptions());
}

} // namespace TrendScope
