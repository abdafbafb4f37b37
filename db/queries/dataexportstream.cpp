// Data export streamed from SQLite: rows are stepped through the sqlite3 C API and written
// into one reused buffer, never held as a table or a document. The bytes are those of
// toJson / toCsv over Queries::table, which read the same rows through QSQLITE (text through
// sqlite3_column_text16, blobs as bytes, NULL as a null QVariant): valid UTF-8 is written as
// it is, anything else takes the QString path those functions take.
#include "dataexport.h"

#include "database.h"
#include "exportencoding.h"
#include "readsnapshot.h"
#include "rowcursor.h"

#include <QJsonObject>

#include <string>

namespace TrendScope {

using namespace ExportEncoding;

namespace {

// The buffer is handed over when it holds this much; it keeps its capacity.
constexpr size_t FlushBytes = 256 * 1024;

class Output
{
public:
    explicit Output(const ExportSink &sink)
        : m_sink(sink)
    {
        m_buffer.reserve(FlushBytes * 2);
    }
    std::string &buffer() { return m_buffer; }
    bool rowDone() { return m_buffer.size() < FlushBytes || flush(); }
    bool flush()
    {
        const bool ok = m_buffer.empty() || m_sink(m_buffer.data(), qsizetype(m_buffer.size()));
        m_buffer.clear();
        return ok;
    }

private:
    const ExportSink &m_sink;
    std::string m_buffer;
};

// One exportable table or view being read, on a dataset file.
class TableReader
{
public:
    TableReader(const Database &db, const QString &name)
        : m_db(db)
        , m_name(name)
        , m_cursor(db, selectAll(name))
    { }

    sqlite3_stmt *statement() const { return m_cursor.statement(); }
    int columnCount() const { return m_cursor.columnCount(); }
    QString columnName(int i) const { return m_cursor.columnName(i); }
    // The next row, false at the end or on failure (failed() tells which).
    bool next() { return m_cursor.next(); }
    bool failed() const { return !m_cursor.error().isEmpty(); }
    // Worded as Queries::table words it.
    QString error() const
    {
        if (m_db.timeLimitReached())
            return m_db.timeLimitMessage(QStringLiteral("reading \"%1\"").arg(m_name));
        return QStringLiteral("reading \"%1\" failed: %2").arg(m_name, m_cursor.error());
    }

private:
    static QString selectAll(QString name)
    {
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QStringLiteral("SELECT * FROM \"%1\"").arg(name);
    }

    const Database &m_db;
    QString m_name;
    RowCursor m_cursor;
};

// Each column's header: its SQL name, or what `header` makes of it, a header two columns
// share followed by each one's SQL name.
QStringList columnHeaders(
    const TableReader &reader, const QString &table, const ColumnHeader &header)
{
    QStringList names, headers;
    for (int i = 0; i < reader.columnCount(); ++i) {
        names.append(reader.columnName(i));
        headers.append(header ? header(table, names.constLast()) : names.constLast());
    }
    if (!header)
        return headers;
    QStringList unique = headers;
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (headers.count(headers.at(i)) > 1)
            unique[i] = QStringLiteral("%1 (%2)").arg(headers.at(i), names.at(i));
    return unique;
}

// One table's array of row objects, as QJsonDocument indents it at the second level.
bool writeJsonRows(const Database &db, const QString &name, Output &out, QString *error,
    const ColumnHeader &header)
{
    TableReader reader(db, name);
    // Members in QJsonObject's key order; a repeated column name keeps its last value.
    QJsonObject order;
    const QStringList headers = columnHeaders(reader, name, header);
    for (int i = 0; i < reader.columnCount(); ++i)
        order.insert(headers.at(i), i);
    QList<int> columns;
    std::vector<std::string> keys;
    for (auto it = order.constBegin(); it != order.constEnd(); ++it) {
        columns.append(it.value().toInt());
        std::string key = "            ";
        appendJsonString(key, it.key());
        keys.push_back(key + ": ");
    }
    std::string &buffer = out.buffer();
    buffer += "[\n";
    bool first = true;
    while (reader.next()) {
        buffer += first ? "        {\n" : ",\n        {\n";
        first = false;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            if (k > 0)
                buffer += ",\n";
            buffer += keys[size_t(k)];
            appendJsonValue(buffer, reader.statement(), columns.at(k));
        }
        buffer += "\n        }";
        if (!out.rowDone())
            return false;
    }
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return false;
    }
    buffer += first ? "    ]" : "\n    ]";
    return true;
}

// A server dataset's rows come through QPSQL, not the sqlite3 C API: read whole, in one
// snapshot, and encoded by the same functions, so the bytes are those a file gives.
bool sinkWhole(const QByteArray &bytes, const ExportSink &sink, QString *error)
{
    if (error)
        error->clear();
    return bytes.isEmpty() || sink(bytes.constData(), bytes.size());
}

} // namespace

bool areExportable(const Database &db, const QStringList &names, QString *error)
{
    const QStringList exportable = Queries(db).exportableNames();
    for (const QString &name : names) {
        if (!exportable.contains(name)) {
            if (error)
                *error = QStringLiteral("no table or view named \"%1\"").arg(name);
            return false;
        }
    }
    return true;
}

bool streamJson(const Database &db, const QStringList &names, const ExportSink &sink,
    QString *error, const ColumnHeader &header)
{
    if (!areExportable(db, names, error))
        return false;
    if (db.isServer()) {
        const auto tables = Queries(db).tables(names, error);
        return tables && sinkWhole(toJson(*tables), sink, error);
    }
    const ReadSnapshot snapshot(db);
    if (!snapshot.isValid()) {
        if (error)
            *error = snapshot.error();
        return false;
    }
    // The document's members in QJsonObject's order, each name once.
    QJsonObject unique;
    for (const QString &name : names)
        unique.insert(name, true);
    const QStringList tables = unique.keys();
    Output out(sink);
    out.buffer() += "{\n";
    for (qsizetype t = 0; t < tables.size(); ++t) {
        out.buffer() += "    ";
        appendJsonString(out.buffer(), tables.at(t));
        out.buffer() += ": ";
        if (!writeJsonRows(db, tables.at(t), out, error, header))
            return false;
        out.buffer() += t + 1 < tables.size() ? ",\n" : "\n";
    }
    out.buffer() += "}\n";
    return out.flush();
}

bool streamCsv(const Database &db, const QString &name, const CsvOptions &options,
    const ExportSink &sink, QString *error, const ColumnHeader &header)
{
    if (!areExportable(db, {name}, error))
        return false;
    if (db.isServer()) {
        const auto table = Queries(db).table(name, error);
        return table && sinkWhole(toCsv(*table, options), sink, error);
    }
    const ReadSnapshot snapshot(db);
    if (!snapshot.isValid()) {
        if (error)
            *error = snapshot.error();
        return false;
    }
    TableReader reader(db, name);
    Output out(sink);
    std::string &buffer = out.buffer();
    if (options.byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    const int columns = reader.columnCount();
    const QStringList headers = columnHeaders(reader, name, header);
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            buffer += ',';
        buffer += csvCell(headers.at(i)).toUtf8().toStdString();
    }
    buffer += "\r\n";
    while (reader.next()) {
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                buffer += ',';
            appendCsvValue(buffer, reader.statement(), i);
        }
        buffer += "\r\n";
        if (!out.rowDone())
            return false;
    }
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return false;
    }
    return out.flush();
}

} // namespace TrendScope
