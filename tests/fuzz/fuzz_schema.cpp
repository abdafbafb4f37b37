// Fuzzes schema drift: the embedded dataset (written once) gets extra or changed schema
// objects decoded from the input — tables, views (endless recursive ones, huge values, deep
// expressions), triggers, indexes, dropped, renamed and added columns, renamed tables — then
// is validated, opened read-only without validation (the second line of defence), checked
// and exported under a time limit. Properties beyond "no crash, no sanitizer report, no
// hang": a file whose schema changed is refused with one line naming it, a refusal never
// happens for an unchanged schema, and nothing reading it changes the file.

#include "database.h"
#include "datasetchecker.h"
#include "queries.h"
#include "schemacontract.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdlib>

using namespace TrendScope;

namespace {

QTemporaryDir *workDir = nullptr;
QByteArray *baseBytes = nullptr;

// Reads the input as a stream of small choices.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    bool atEnd() const { return m_pos >= m_size; }
    int pick(int count) { return count <= 0 ? 0 : (atEnd() ? 0 : m_data[m_pos++]) % count; }
    // A short identifier, any bytes (quoted where used).
    QByteArray name()
    {
        const int length = 1 + pick(12);
        QByteArray text;
        for (int i = 0; i < length && !atEnd(); ++i)
            text += char(m_data[m_pos++]);
        return text.isEmpty() ? QByteArray("x") : text;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

QByteArray quoted(QByteArray identifier)
{
    identifier.replace('\0', "_");
    identifier.replace('"', "\"\"");
    return '"' + identifier + '"';
}

QByteArray pickOf(Input &in, const QStringList &names)
{
    return names.isEmpty() ? QByteArray("model") : names.at(in.pick(int(names.size()))).toUtf8();
}

// A query a file's author might put in a view.
QByteArray hostileSelect(Input &in, const QStringList &tables)
{
    switch (in.pick(6)) {
    case 0:
        return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS id "
               "FROM n";
    case 1:
        return "SELECT zeroblob(" + QByteArray::number(qint64(1) << (20 + in.pick(16))) + ") AS id";
    case 2: {
        QByteArray expression = "1";
        const int depth = 1 + in.pick(250);
        for (int i = 0; i < depth; ++i)
            expression = "(" + expression + "+1)";
        return "SELECT " + expression + " AS id";
    }
    case 3:
        return "SELECT a.* FROM " + quoted(pickOf(in, tables)) + " a, " + quoted(pickOf(in, tables))
            + " b, " + quoted(pickOf(in, tables)) + " c";
    case 4:
        return "SELECT * FROM " + quoted(pickOf(in, tables));
    default:
        return "SELECT 1 AS id UNION SELECT 2 UNION SELECT 3";
    }
}

QByteArray operation(Input &in, const SchemaContract &contract)
{
    const QStringList tables = contract.tables();
    const QStringList views = contract.views();
    const QByteArray table = pickOf(in, tables);
    QStringList columns;
    for (const SchemaColumn &c : contract.columns(QString::fromUtf8(table)))
        columns.append(c.name);
    const QByteArray column = pickOf(in, columns);
    switch (in.pick(11)) {
    case 0:
        return "CREATE TABLE " + quoted(in.name()) + "(x, y TEXT)";
    case 1:
        return "CREATE VIEW " + quoted("v_" + in.name()) + " AS " + hostileSelect(in, tables);
    case 2:
        return "CREATE TRIGGER " + quoted(in.name()) + " AFTER UPDATE ON " + quoted(table)
            + " BEGIN DELETE FROM " + quoted(pickOf(in, tables)) + "; END";
    case 3:
        return "CREATE INDEX " + quoted(in.name()) + " ON " + quoted(table) + "(" + quoted(column)
            + ")";
    case 4:
        return "DROP TABLE " + quoted(table);
    case 5:
        return "DROP VIEW " + quoted(pickOf(in, views));
    case 6:
        return "ALTER TABLE " + quoted(table) + " RENAME COLUMN " + quoted(column) + " TO "
            + quoted(in.name());
    case 7:
        return "ALTER TABLE " + quoted(table) + " DROP COLUMN " + quoted(column);
    case 8:
        return "ALTER TABLE " + quoted(table) + " ADD COLUMN " + quoted(in.name()) + " INTEGER";
    case 9:
        return "ALTER TABLE " + quoted(table) + " RENAME TO " + quoted(in.name());
    default: {
        // One of the schema's own views, redefined.
        const QByteArray view = quoted(pickOf(in, views));
        return "DROP VIEW " + view + "; CREATE VIEW " + view + " AS " + hostileSelect(in, tables);
    }
    }
}

QByteArray schemaDump(sqlite3 *db)
{
    QByteArray dump;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name",
            -1, &statement, nullptr)
        != SQLITE_OK)
        return "unreadable";
    while (sqlite3_step(statement) == SQLITE_ROW)
        for (int i = 0; i < 4; ++i)
            dump += QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)))
                + '\x1f';
    sqlite3_finalize(statement);
    return dump;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    workDir = new QTemporaryDir;
    const QString base = workDir->filePath(QStringLiteral("base.sqlite"));
    {
        DatabaseError error;
        if (!Database::createFromEmbedded(base, &error))
            std::abort();
    }
    // One file, no journal beside it: each input starts from exactly these bytes.
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(base).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    baseBytes = new QByteArray(readAll(base));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("input.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*baseBytes) != baseBytes->size())
            std::abort();
    }
    const SchemaContract *contract = SchemaContract::forVersion(Database::latestSchemaVersion());
    if (!contract)
        std::abort();

    // The other program: plain SQLite, no hardening, foreign keys off like most tools.
    bool changed = false;
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            std::abort();
        const QByteArray before = schemaDump(db);
        Input in(data, size);
        for (int i = 0; i < 12 && !in.atEnd(); ++i)
            sqlite3_exec(db, operation(in, *contract).constData(), nullptr, nullptr, nullptr);
        changed = schemaDump(db) != before;
        sqlite3_close(db);
    }
    const QByteArray bytes = readAll(path);

    const auto problem = Database::validateFile(path);
    if (problem) {
        const QString message = problem->message();
        if (message.contains(u'\n') || !message.contains(path))
            std::abort();
    }
    // Drift is refused; an unchanged schema is not.
    if (changed != problem.has_value())
        std::abort();

    {
        DatabaseError error;
        auto db
            = Database::open(path, &error, Database::Access::ReadOnly, Database::Validation::Done);
        if (db) {
            db->setTimeLimit(1);
            const Queries queries(*db);
            QString tableError;
            queries.tables(queries.exportableNames(), &tableError);
            if (tableError.contains(u'\n'))
                std::abort();
            db->setTimeLimit(1);
            DatasetChecker(*db).run();
        }
    }
    if (readAll(path) != bytes)
        std::abort(); // reading changed the file
    if (QFileInfo::exists(path + QStringLiteral("-wal"))
        || QFileInfo::exists(path + QStringLiteral("-shm")))
        std::abort(); // a read-only reader left a journal beside it
    return 0;
}
