#include "serverdataset.h"

#include "postgresdialect.h"
#include "sqliteaccess.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryFile>

namespace TrendScope {

using namespace Sqlite;
using Kind = DatabaseError::Kind;

namespace {

// The storage layer's messages share one context, "TrendScope::DatabaseError" (databaseerror.cpp,
// validation.cpp).

// What a statement on the server was doing when it was refused. Each has its own whole
// sentences (the role may not…, the server refused to…), worded for each language.
enum class Step
{
    ReadDatabase,
    ReadDataset,
    ReadTable, // the table named
    CreateSchema, // the migration named, or the metadata when none
    UpgradeSchema,
    StartTransaction,
    ReplaceDataset,
    WriteTable, // the table named
    CommitDataset,
};

// "the role ROLE may not STEP": the role lacks a privilege.
QString deniedText(Step step, const QString &role, const QString &name)
{
    switch (step) {
    case Step::ReadDatabase:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not read the database")
            .arg(role);
    case Step::ReadDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not read the dataset")
            .arg(role);
    case Step::ReadTable:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not read the table %2")
            .arg(role, name);
    case Step::CreateSchema:
        return name.isEmpty() ? QCoreApplication::translate(
                   "TrendScope::DatabaseError", "the role %1 may not create the schema")
                                    .arg(role)
                              : QCoreApplication::translate("TrendScope::DatabaseError",
                                  "the role %1 may not create the schema (%2)")
                                    .arg(role, name);
    case Step::UpgradeSchema:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not upgrade the schema")
            .arg(role);
    case Step::StartTransaction:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not start a transaction")
            .arg(role);
    case Step::ReplaceDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not replace the dataset")
            .arg(role);
    case Step::WriteTable:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not write the table %2")
            .arg(role, name);
    case Step::CommitDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the role %1 may not commit the dataset")
            .arg(role);
    }
    return {};
}

// "the server refused to STEP": anything else the server refused.
QString refusedText(Step step, const QString &name)
{
    switch (step) {
    case Step::ReadDatabase:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to read the database");
    case Step::ReadDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to read the dataset");
    case Step::ReadTable:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to read the table %1")
            .arg(name);
    case Step::CreateSchema:
        return name.isEmpty() ? QCoreApplication::translate(
                   "TrendScope::DatabaseError", "the server refused to create the schema")
                              : QCoreApplication::translate("TrendScope::DatabaseError",
                                  "the server refused to create the schema (%1)")
                                    .arg(name);
    case Step::UpgradeSchema:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to upgrade the schema");
    case Step::StartTransaction:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to start a transaction");
    case Step::ReplaceDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to replace the dataset");
    case Step::WriteTable:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to write the table %1")
            .arg(name);
    case Step::CommitDataset:
        return QCoreApplication::translate(
            "TrendScope::DatabaseError", "the server refused to commit the dataset");
    }
    return {};
}

// A sentence of ours with the server's own words after it, as the server wrote them.
QString withServerText(const QString &sentence, const QString &serverText)
{
    return QCoreApplication::translate("TrendScope::DatabaseError", "%1 (%2)")
        .arg(sentence, serverText);
}

// libpq's messages run over several lines ("connection to server … failed: FATAL:  …").
QString oneLine(const QString &text)
{
    static const QRegularExpression sqlState(QStringLiteral("^\\([0-9A-Z]{5}\\)$"));
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL): "));
    QStringList parts;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // QPSQL adds the SQLSTATE as "(42501)"; people need the words.
        const QString simple = line.simplified().remove(severity);
        if (!simple.isEmpty() && !sqlState.match(simple).hasMatch())
            parts.append(simple);
    }
    return parts.join(QStringLiteral("; "));
}

QString serverMessage(const QSqlError &error)
{
    return oneLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

bool isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// One table of a dataset file and its columns, in the file's order.
struct TableColumns
{
    QString name;
    QStringList columns;
};

// The tables of a dataset file in the order they were created.
std::optional<QList<TableColumns>> fileTables(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<TableColumns> tables;
    while (q.next())
        tables.append({q.value(0).toString(), {}});
    for (TableColumns &table : tables) {
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table.name);
        if (!columns.exec()) {
            *error = columns.lastError().text();
            return std::nullopt;
        }
        while (columns.next())
            table.columns.append(columns.value(0).toString());
    }
    return tables;
}

QString columnList(const TableColumns &table)
{
    QStringList quoted;
    for (const QString &column : table.columns)
        quoted.append(quotedName(column));
    return quoted.join(QStringLiteral(", "));
}

QString insertStatement(const TableColumns &table)
{
    QStringList marks;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(quotedName(table.name), columnList(table), marks.join(QStringLiteral(", ")));
}

// Why a copy stopped: reading the rows or writing them.
struct CopyFailure
{
    bool reading = false;
    QSqlError error;
};

// Copies every row of `table` from `from` (rows in `order`) into `to`.
std::optional<CopyFailure> copyRows(const QSqlDatabase &from, const QSqlDatabase &to,
    const TableColumns &table, const QString &order, qint64 *rows)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columnList(table), quotedName(table.name), order)))
        return CopyFailure {true, read.lastError()};
    QSqlQuery write(to);
    if (!write.prepare(insertStatement(table)))
        return CopyFailure {false, write.lastError()};
    const int count = int(table.columns.size());
    while (read.next()) {
        for (int i = 0; i < count; ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return CopyFailure {false, write.lastError()};
        ++*rows;
    }
    if (read.lastError().isValid())
        return CopyFailure {true, read.lastError()};
    return std::nullopt;
}

// What a PostgreSQL database holds.
struct Contents
{
    enum State
    {
        Empty, // no tables at all
        Foreign, // tables, but not TrendScope's
        TrendScope,
    };
    State state = Empty;
    int version = 0;
};

DatabaseError foreignError(const QString &uri)
{
    return makeError(Kind::Foreign, uri,
        QCoreApplication::translate("TrendScope::DatabaseError",
            "it is a PostgreSQL database of another application, not a TrendScope dataset"));
}

DatabaseError newerError(const QString &uri, int version)
{
    // As a newer file is worded (validation.cpp), but of a server's dataset.
    return makeError(Kind::Newer, uri,
        QCoreApplication::translate("TrendScope::DatabaseError",
            "it holds a dataset of a newer TrendScope (schema version %1; "
            "this version reads up to %2)")
            .arg(version)
            .arg(Database::latestSchemaVersion()));
}

// The order rows are read from the server in: by id, else as they were written.
QString serverOrder(const TableColumns &table)
{
    return table.columns.contains(QLatin1String("id")) ? QStringLiteral("id")
                                                       : QStringLiteral("ctid");
}

} // namespace

class ServerConnection
{
public:
    explicit ServerConnection(const ServerLocation &location)
        : m_name(newConnectionName())
        , m_uri(location.printable())
    {
        ServerLocation withTimeout = location;
        // A host that never answers must not keep a command waiting for minutes.
        bool hasTimeout = false;
        for (const auto &option : location.options)
            hasTimeout = hasTimeout || option.first == QLatin1String("connect_timeout");
        if (!hasTimeout)
            withTimeout.options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        withTimeout.applyTo(db);
    }
    ~ServerConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString name() const { return m_name; }
    QString uri() const { return m_uri; }

    // Opens the connection; on failure the reason worded for people.
    std::optional<DatabaseError> open()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(Kind::Failed, m_uri,
                QCoreApplication::translate("TrendScope::DatabaseError",
                    "Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"));
        QSqlDatabase connection = db();
        if (!connection.open())
            return makeError(Kind::Failed, m_uri,
                QCoreApplication::translate("TrendScope::DatabaseError",
                    "the server cannot be reached or refused the connection (%1)")
                    .arg(serverMessage(connection.lastError())));
        // Asked now: inside a failed transaction the server answers nothing more.
        QSqlQuery q(connection);
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            m_role = q.value(0).toString();
        return std::nullopt;
    }

    QString role() const { return m_role; }

    // A statement the server refused, worded for people: a role without the right says so.
    // `name` is the table or migration the step names, if any.
    DatabaseError refused(const QSqlError &error, Step step, const QString &name = {}) const
    {
        if (isPermissionDenied(error))
            return makeError(Kind::Unreadable, m_uri,
                withServerText(deniedText(step, role(), name), serverMessage(error)));
        return makeError(
            Kind::Failed, m_uri, withServerText(refusedText(step, name), serverMessage(error)));
    }

    std::optional<DatabaseError> inspect(Contents *contents) const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL")
                        .arg(Postgres::metadataTable()))
            || !q.next())
            return refused(q.lastError(), Step::ReadDatabase);
        if (!q.value(0).toBool()) {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                       "WHERE schemaname = current_schema()"))
                || !q.next())
                return refused(q.lastError(), Step::ReadDatabase);
            contents->state = q.value(0).toLongLong() > 0 ? Contents::Foreign : Contents::Empty;
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("SELECT key, value FROM %1").arg(Postgres::metadataTable())))
            return refused(q.lastError(), Step::ReadDataset);
        QString marker;
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("application_id"))
                marker = q.value(1).toString();
            else if (q.value(0).toString() == QLatin1String("schema_version"))
                contents->version = q.value(1).toString().toInt();
        }
        contents->state
            = marker == QString::number(Database::ApplicationId) && contents->version > 0
            ? Contents::TrendScope
            : Contents::Foreign;
        return std::nullopt;
    }

    std::optional<DatabaseError> exec(const QString &sql, Step step, const QString &name = {}) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return refused(q.lastError(), step, name);
        return std::nullopt;
    }

    void rollback() const { db().rollback(); }

private:
    QString m_name;
    QString m_uri;
    QString m_role;
};

namespace {

// Runs the migrations after `fromVersion` on the server and records the new version.
std::optional<DatabaseError> migrate(const ServerConnection &connection, int fromVersion)
{
    const QList<SqlScriptFile> scripts = embeddedScripts(QStringLiteral(":/db/schema"));
    for (const SqlScriptFile &script : scripts) {
        if (script.version <= fromVersion)
            continue;
        if (auto problem = connection.exec(
                Postgres::translateMigration(script.text), Step::CreateSchema, script.name))
            return problem;
    }
    const int latest = Database::latestSchemaVersion();
    if (fromVersion == 0)
        return connection.exec(Postgres::createMetadata(latest), Step::CreateSchema);
    return connection.exec(QStringLiteral("UPDATE %1 SET value = '%2' WHERE key = 'schema_version'")
                               .arg(Postgres::metadataTable())
                               .arg(latest),
        Step::UpgradeSchema);
}

// Whether the server holds a TrendScope dataset this build reads, and this role may read it.
std::optional<DatabaseError> validateDataset(const ServerConnection &connection, int *version)
{
    Contents contents;
    if (auto problem = connection.inspect(&contents))
        return problem;
    const int latest = Database::latestSchemaVersion();
    if (contents.state == Contents::Empty)
        return makeError(Kind::NotFound, connection.uri(),
            QCoreApplication::translate("TrendScope::DatabaseError",
                "it holds no TrendScope dataset (trendscope publish puts one there)"));
    if (contents.state == Contents::Foreign)
        return foreignError(connection.uri());
    if (contents.version > latest)
        return newerError(connection.uri(), contents.version);
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral(
            "SELECT string_agg(tablename, ', ' ORDER BY tablename) FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema() "
            "AND NOT has_table_privilege(format('%I.%I', schemaname, tablename), 'SELECT')"))
        || !q.next())
        return connection.refused(q.lastError(), Step::ReadDatabase);
    if (!q.value(0).isNull())
        return makeError(Kind::Unreadable, connection.uri(),
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "the role %1 may not read the tables %2")
                .arg(connection.role(), q.value(0).toString()));
    *version = contents.version;
    return std::nullopt;
}

} // namespace

ServerDataset::ServerDataset(std::unique_ptr<ServerConnection> connection)
    : m_connection(std::move(connection))
{ }

ServerDataset::~ServerDataset() = default;

QSqlDatabase ServerDataset::connection() const
{
    return m_connection->db();
}

QString ServerDataset::name() const
{
    return m_connection->uri();
}

QString ServerDataset::role() const
{
    return m_connection->role();
}

std::unique_ptr<ServerDataset> ServerDataset::open(
    const ServerLocation &location, DatabaseError *error)
{
    auto connection = std::make_unique<ServerConnection>(location);
    int version = 0;
    auto problem = connection->open();
    if (!problem)
        problem = validateDataset(*connection, &version);
    if (problem) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    std::unique_ptr<ServerDataset> dataset(new ServerDataset(std::move(connection)));
    dataset->m_schemaVersion = version;
    return dataset;
}

std::optional<DatabaseError> ServerDataset::publish(
    const Database &source, const ServerLocation &target, bool replace, Copied *copied)
{
    const int latest = Database::latestSchemaVersion();
    if (source.schemaVersion() != latest)
        return makeError(Kind::Failed, source.path(),
            QCoreApplication::translate("TrendScope::DatabaseError",
                "its schema version %1 is older than this TrendScope's (%2); open it "
                "once with this TrendScope to upgrade it")
                .arg(source.schemaVersion())
                .arg(latest));
    QString e;
    const auto tables = fileTables(source.connection(), &e);
    if (!tables)
        return sqliteError(source.path(), e);

    ServerConnection connection(target);
    if (auto problem = connection.open())
        return problem;
    QSqlDatabase db = connection.db();
    if (!db.transaction())
        return connection.refused(db.lastError(), Step::StartTransaction);
    auto fail = [&](DatabaseError error) {
        connection.rollback();
        return std::optional<DatabaseError>(std::move(error));
    };

    Contents contents;
    if (auto problem = connection.inspect(&contents))
        return fail(*problem);
    if (contents.state == Contents::Foreign)
        return fail(foreignError(connection.uri()));
    if (contents.version > latest)
        return fail(newerError(connection.uri(), contents.version));
    if (contents.version < latest) {
        if (auto problem = migrate(connection, contents.version))
            return fail(*problem);
    }

    // Rows the server dataset holds already.
    qint64 existing = 0;
    for (const TableColumns &table : *tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table.name)))
            || !q.next())
            return fail(connection.refused(q.lastError(), Step::ReadDataset));
        existing += q.value(0).toLongLong();
    }
    if (existing > 0 && !replace)
        return fail(makeError(Kind::Failed, connection.uri(),
            QCoreApplication::translate("TrendScope::DatabaseError",
                "it holds a dataset already (%1 rows); publish --replace replaces it")
                .arg(existing)));
    if (existing > 0) {
        QStringList names;
        for (const TableColumns &table : *tables)
            names.append(quotedName(table.name));
        if (auto problem
            = connection.exec(QStringLiteral("TRUNCATE %1").arg(names.join(QStringLiteral(", "))),
                Step::ReplaceDataset))
            return fail(*problem);
    }

    Copied done;
    for (const TableColumns &table : *tables) {
        if (auto failure
            = copyRows(source.connection(), db, table, QStringLiteral("rowid"), &done.rows)) {
            if (failure->reading)
                return fail(sqliteError(source.path(), failure->error.text()));
            return fail(connection.refused(failure->error, Step::WriteTable, table.name));
        }
        ++done.tables;
        // The next row made on the server gets the next id.
        if (table.columns.contains(QLatin1String("id"))) {
            if (auto problem = connection.exec(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                        .arg(quotedName(table.name)),
                    Step::WriteTable, table.name))
                return fail(*problem);
        }
    }
    if (!db.commit())
        return fail(connection.refused(db.lastError(), Step::CommitDataset));
    if (copied)
        *copied = done;
    return std::nullopt;
}

std::optional<DatabaseError> ServerDataset::pull(
    const ServerLocation &source, const QString &path, Copied *copied)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(Kind::Failed, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "a file of that name exists already"));
    if (!info.absoluteDir().exists())
        return makeError(Kind::NotFound, path,
            QCoreApplication::translate("TrendScope::DatabaseError", "the folder %1 does not exist")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    ServerConnection connection(source);
    if (auto problem = connection.open())
        return problem;
    QSqlDatabase server = connection.db();
    // One consistent snapshot of the server dataset, changing nothing.
    if (!server.transaction())
        return connection.refused(server.lastError(), Step::StartTransaction);
    auto fail = [&](DatabaseError error) {
        connection.rollback();
        return std::optional<DatabaseError>(std::move(error));
    };
    if (auto problem = connection.exec(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
            Step::StartTransaction))
        return fail(*problem);
    int version = 0;
    if (auto problem = validateDataset(connection, &version))
        return fail(*problem);
    const int latest = Database::latestSchemaVersion();
    if (version < latest)
        return fail(makeError(Kind::Failed, connection.uri(),
            QCoreApplication::translate("TrendScope::DatabaseError",
                "its schema version %1 is older than this TrendScope's (%2); publish "
                "it again with this TrendScope to upgrade it")
                .arg(version)
                .arg(latest)));

    // Built beside the target under a temporary name; moved into place only when whole.
    QTemporaryFile partial(info.absoluteDir().filePath(
        QStringLiteral(".") + info.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!partial.open())
        return fail(makeError(Kind::Failed, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "cannot write in the folder (%1)")
                .arg(partial.errorString())));
    partial.close();

    Copied done;
    std::optional<DatabaseError> problem;
    {
        ScopedConnection file(
            partial.fileName(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        sqlite3 *handle = file.isOpen() ? rawHandle(file.db()) : nullptr;
        QString e = !file.isOpen() ? file.error()
            : !harden(handle)      ? QCoreApplication::translate(
                       "TrendScope::DatabaseError", "the connection could not be secured")
                              : applyScripts(handle, 0, false);
        std::optional<QList<TableColumns>> tables;
        if (e.isEmpty())
            tables = fileTables(file.db(), &e);
        if (e.isEmpty())
            e = runSqlScript(handle, QStringLiteral("BEGIN; PRAGMA defer_foreign_keys = ON;"));
        if (!e.isEmpty())
            problem = makeError(Kind::Failed, path, e);
        for (qsizetype i = 0; !problem && i < tables->size(); ++i) {
            const TableColumns &table = tables->at(i);
            if (auto failure = copyRows(server, file.db(), table, serverOrder(table), &done.rows)) {
                problem = failure->reading
                    ? connection.refused(failure->error, Step::ReadTable, table.name)
                    : makeError(Kind::Failed, path, failure->error.text());
            }
            ++done.tables;
        }
        if (!problem) {
            e = runSqlScript(handle, QStringLiteral("COMMIT"));
            if (!e.isEmpty())
                problem = makeError(Kind::Failed, path, e);
        }
        if (problem && handle)
            runSqlScript(handle, QStringLiteral("ROLLBACK"));
    }
    connection.rollback();
    if (problem)
        return problem;
    if (const auto invalid = Database::validateFile(partial.fileName()))
        return makeError(invalid->kind, path, invalid->reason);
    if (!partial.rename(path))
        return makeError(Kind::Failed, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "cannot move the new file into place (%1)")
                .arg(partial.errorString()));
    partial.setAutoRemove(false);
    if (copied)
        *copied = done;
    return std::nullopt;
}

} // namespace TrendScope
