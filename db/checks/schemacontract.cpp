#include "schemacontract.h"

#include "sqlscript.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

#include <sqlite3.h>

namespace TrendScope {

namespace {

// The differences read as whole sentences per kind of object (a table, a view, an index, a
// trigger); `name` is shown() already.
enum class Finding
{
    Missing,
    Unknown,
    Differs,
};

QString findingText(Finding finding, const QString &type, const QString &name)
{
    // sqlite_master holds only these four types; anything else is named as stored.
    static const QStringList types {QStringLiteral("table"), QStringLiteral("view"),
        QStringLiteral("index"), QStringLiteral("trigger")};
    const qsizetype t = types.indexOf(type);
    switch (finding) {
    case Finding::Missing: {
        const QString texts[] {
            QCoreApplication::translate("TrendScope::SchemaContract", "missing table %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "missing view %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "missing index %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "missing trigger %1")};
        if (t < 0)
            return QCoreApplication::translate("TrendScope::SchemaContract", "missing %1 %2")
                .arg(type, name);
        return texts[t].arg(name);
    }
    case Finding::Unknown: {
        const QString texts[] {
            QCoreApplication::translate("TrendScope::SchemaContract", "unknown table %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "unknown view %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "unknown index %1"),
            QCoreApplication::translate("TrendScope::SchemaContract", "unknown trigger %1")};
        if (t < 0)
            return QCoreApplication::translate("TrendScope::SchemaContract", "unknown %1 %2")
                .arg(type, name);
        return texts[t].arg(name);
    }
    case Finding::Differs: {
        const QString texts[] {QCoreApplication::translate("TrendScope::SchemaContract",
                                   "table %1 differs from its definition"),
            QCoreApplication::translate(
                "TrendScope::SchemaContract", "view %1 differs from its definition"),
            QCoreApplication::translate(
                "TrendScope::SchemaContract", "index %1 differs from its definition"),
            QCoreApplication::translate(
                "TrendScope::SchemaContract", "trigger %1 differs from its definition")};
        if (t < 0)
            return QCoreApplication::translate(
                "TrendScope::SchemaContract", "%1 %2 differs from its definition")
                .arg(type, name);
        return texts[t].arg(name);
    }
    }
    return {};
}

// A kind of object as a noun: "table", "表".
QString typeNoun(const QString &type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("TrendScope::SchemaContract", "table");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("TrendScope::SchemaContract", "view");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("TrendScope::SchemaContract", "index");
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("TrendScope::SchemaContract", "trigger");
    return type;
}

// A prepared statement that is finalized however the function returns.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_rc == SQLITE_OK && m_statement; }
    sqlite3_stmt *get() const { return m_statement; }
    QString text(int column) const
    {
        const auto *bytes
            = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column))
                     : QString();
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_ERROR;
};

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// The statement's text without comments and with each run of white space as one space: a
// file written by an older build may differ from today's scripts only there.
QString normalized(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    bool space = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            while (i < sql.size() && sql.at(i) != u'\n')
                ++i;
            space = true;
            continue;
        }
        if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 1;
            space = true;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[')
            quote = c == u'[' ? QChar(u']') : c;
        out += c;
    }
    return out;
}

// A name as a message shows it: quoted, and cut short if a hostile file made it long.
QString shown(const QString &name)
{
    constexpr int MaxLength = 60;
    return QLatin1Char('"')
        + (name.size() > MaxLength ? name.left(MaxLength) + QStringLiteral("...") : name)
        + QLatin1Char('"');
}

bool readObjects(sqlite3 *db, QList<SchemaObject> *objects, QString *error)
{
    // sqlite_* objects belong to SQLite itself (autoindexes follow from the tables' text).
    Statement q(db,
        "SELECT type, name, tbl_name, sql FROM main.sqlite_schema"
        " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    if (!q.isValid()) {
        *error = lastError(db);
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW)
        objects->append({q.text(0), q.text(1), q.text(2), q.text(3)});
    if (rc != SQLITE_DONE) {
        *error = lastError(db);
        return false;
    }
    return true;
}

bool readColumns(sqlite3 *db, const QString &table, QList<SchemaColumn> *columns, QString *error)
{
    Statement q(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?1, 'main')");
    const QByteArray name = table.toUtf8();
    if (!q.isValid()
        || sqlite3_bind_text(q.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT)
            != SQLITE_OK) {
        *error = lastError(db);
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW)
        columns->append({q.text(0), q.text(1), sqlite3_column_int(q.get(), 2) != 0,
            sqlite3_column_int(q.get(), 3) != 0, {}});
    if (rc != SQLITE_DONE) {
        *error = lastError(db);
        return false;
    }
    return true;
}

// The values a CHECK (column IN (a, b, ...)) in the table's definition allows.
void readAllowedValues(const QString &tableSql, QList<SchemaColumn> *columns)
{
    static const QRegularExpression check(
        QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = check.globalMatch(tableSql);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList values;
        for (QString value : m.captured(2).split(u',')) {
            value = value.trimmed();
            if (value.startsWith(u'\'') && value.endsWith(u'\'') && value.size() >= 2)
                value = value.mid(1, value.size() - 2)
                            .replace(QStringLiteral("''"), QStringLiteral("'"));
            values.append(value);
        }
        for (SchemaColumn &column : *columns)
            if (column.name.compare(m.captured(1), Qt::CaseInsensitive) == 0)
                column.allowed = values;
    }
}

} // namespace

SchemaContract::SchemaContract(int version)
    : m_version(version)
{ }

const SchemaContract *SchemaContract::forVersion(int version)
{
    static QMutex mutex;
    static std::map<int, std::unique_ptr<SchemaContract>> built;
    const QMutexLocker lock(&mutex);
    const auto found = built.find(version);
    if (found != built.end())
        return found->second.get();
    std::unique_ptr<SchemaContract> contract(new SchemaContract(version));
    QString error;
    if (!contract->build(&error)) {
        qWarning("schema version %d cannot be built from the migrations: %s", version,
            qPrintable(error));
        contract.reset();
    }
    // A failure is kept too: the migrations do not change while the program runs.
    return built.emplace(version, std::move(contract)).first->second.get();
}

bool SchemaContract::build(QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = lastError(db);
        sqlite3_close(db);
        return false;
    }
    bool reached = false;
    const QList<SqlScriptFile> migrations = embeddedScripts(QStringLiteral(":/db/schema"));
    for (const SqlScriptFile &script : migrations) {
        if (script.version > m_version)
            break;
        *error = runSqlScript(db, script.text);
        if (!error->isEmpty()) {
            sqlite3_close(db);
            return false;
        }
        reached = script.version == m_version;
    }
    bool ok = reached && readObjects(db, &m_objects, error);
    for (const SchemaObject &object : std::as_const(m_objects)) {
        if (!ok || object.type != QLatin1String("table"))
            continue;
        QList<SchemaColumn> columns;
        ok = readColumns(db, object.name, &columns, error);
        readAllowedValues(object.sql, &columns);
        m_columns.append({object.name, columns});
    }
    sqlite3_close(db);
    if (!reached)
        *error = QCoreApplication::translate(
            "TrendScope::SchemaContract", "no migration reaches version %1")
                     .arg(m_version);
    return ok;
}

QStringList SchemaContract::tables() const
{
    QStringList names;
    for (const SchemaObject &object : m_objects)
        if (object.type == QLatin1String("table"))
            names.append(object.name);
    return names;
}

QStringList SchemaContract::views() const
{
    QStringList names;
    for (const SchemaObject &object : m_objects)
        if (object.type == QLatin1String("view") && object.name.startsWith(QLatin1String("v_")))
            names.append(object.name);
    return names;
}

QList<SchemaColumn> SchemaContract::columns(const QString &table) const
{
    for (const auto &entry : m_columns)
        if (entry.first == table)
            return entry.second;
    return {};
}

QStringList SchemaContract::differences(sqlite3 *db, QString *error) const
{
    QList<SchemaObject> found;
    if (!readObjects(db, &found, error))
        return {};
    QHash<QString, const SchemaObject *> byName;
    for (const SchemaObject &object : std::as_const(found))
        byName.insert(object.name, &object);

    // Whole objects first, then columns, then changed definitions: a message shows the first
    // few, and a missing table says more than the views that changed with it.
    QStringList objects, columnDifferences, definitions;
    QSet<QString> expected;
    for (const SchemaObject &object : m_objects) {
        expected.insert(object.name);
        const SchemaObject *actual = byName.value(object.name);
        if (!actual) {
            objects.append(findingText(Finding::Missing, object.type, shown(object.name)));
            continue;
        }
        if (actual->type != object.type) {
            objects.append(
                QCoreApplication::translate("TrendScope::SchemaContract", "%1 is a %2, not a %3")
                    .arg(shown(object.name), typeNoun(actual->type), typeNoun(object.type)));
            continue;
        }
        const qsizetype before = columnDifferences.size();
        if (object.type == QLatin1String("table")) {
            QList<SchemaColumn> columns;
            if (!readColumns(db, object.name, &columns, error))
                return {};
            const QList<SchemaColumn> wanted = this->columns(object.name);
            for (const SchemaColumn &want : wanted) {
                const auto have = std::find_if(columns.cbegin(), columns.cend(),
                    [&](const SchemaColumn &c) { return c.name == want.name; });
                if (have == columns.cend())
                    columnDifferences.append(QCoreApplication::translate(
                        "TrendScope::SchemaContract", "column %1 of table %2 missing")
                                                 .arg(shown(want.name), shown(object.name)));
                else if (have->type != want.type || have->notNull != want.notNull
                    || have->primaryKey != want.primaryKey)
                    columnDifferences.append(
                        QCoreApplication::translate("TrendScope::SchemaContract",
                            "column %1 of table %2 is declared \"%3%4\", not \"%5%6\"")
                            .arg(shown(want.name), shown(object.name), have->type,
                                have->notNull ? QStringLiteral(" NOT NULL") : QString(), want.type,
                                want.notNull ? QStringLiteral(" NOT NULL") : QString()));
            }
            for (const SchemaColumn &have : std::as_const(columns)) {
                const bool known = std::any_of(wanted.cbegin(), wanted.cend(),
                    [&](const SchemaColumn &c) { return c.name == have.name; });
                if (!known)
                    columnDifferences.append(QCoreApplication::translate(
                        "TrendScope::SchemaContract", "unknown column %1 of table %2")
                                                 .arg(shown(have.name), shown(object.name)));
            }
        }
        // Constraints, a view's query, a trigger's body: only the definition's text shows them.
        if (columnDifferences.size() == before && normalized(actual->sql) != normalized(object.sql))
            definitions.append(findingText(Finding::Differs, object.type, shown(object.name)));
    }
    // Unknown objects by what they can do, each kind by name: a trigger runs on every edit
    // and a view in every export, so among thousands of added tables they still show first.
    for (const QString &type :
        {QStringLiteral("trigger"), QStringLiteral("view"), QStringLiteral("index")})
        for (const SchemaObject &object : std::as_const(found))
            if (object.type == type && !expected.contains(object.name))
                objects.append(findingText(Finding::Unknown, object.type, shown(object.name)));
    for (const SchemaObject &object : std::as_const(found))
        if (object.type != QLatin1String("trigger") && object.type != QLatin1String("view")
            && object.type != QLatin1String("index") && !expected.contains(object.name))
            objects.append(findingText(Finding::Unknown, object.type, shown(object.name)));
    return objects + columnDifferences + definitions;
}

} // namespace TrendScope
