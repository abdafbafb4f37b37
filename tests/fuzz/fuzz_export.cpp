// Fuzzes CSV and JSON export of arbitrary cell values. The bytes describe a table: a column
// count, then cells (null, integer, double including NaN and infinities, or text that may be
// invalid UTF-8). Properties: the CSV parses back (RFC 4180) into the same number of rows and
// columns with no text cell a spreadsheet would run as a formula, and the JSON is valid with
// one object per row.

#include "dataexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <cstring>

using namespace TrendScope;

namespace {

struct Reader
{
    const uint8_t *data;
    size_t size;
    size_t at = 0;
    bool atEnd() const { return at >= size; }
    uint8_t byte() { return at < size ? data[at++] : 0; }
    QByteArray take(size_t n)
    {
        n = std::min(n, size - std::min(at, size));
        const QByteArray bytes(reinterpret_cast<const char *>(data + at), qsizetype(n));
        at += n;
        return bytes;
    }
};

// RFC 4180 records; false when the text is not valid CSV.
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString cell;
    bool quoted = false, inQuotes = false, cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            if (cellStarted)
                return false; // a quote inside an unquoted cell
            inQuotes = quoted = cellStarted = true;
        } else if (c == u',') {
            record.append(cell);
            cell.clear();
            quoted = cellStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(cell);
            records->append(record);
            record.clear();
            cell.clear();
            quoted = cellStarted = false;
            ++i;
        } else {
            if (quoted)
                return false; // text after a closing quote
            if (c == u'\r' || c == u'\n')
                return false; // a line break outside quotes
            cell += c;
            cellStarted = true;
        }
    }
    return !inQuotes && record.isEmpty() && cell.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reader in {data, size};
    Table table;
    table.name = QStringLiteral("t");
    const int columns = 1 + in.byte() % 6;
    for (int c = 0; c < columns; ++c)
        table.columns.append(QString::fromUtf8(in.take(in.byte() % 8)));
    while (!in.atEnd() && table.rows.size() < 200) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            const uint8_t kind = in.byte() % 4;
            if (kind == 0) {
                row.append(QVariant());
            } else if (kind == 1) {
                qint64 v = 0;
                const QByteArray b = in.take(sizeof v);
                std::memcpy(&v, b.constData(), size_t(b.size()));
                row.append(QVariant(v));
            } else if (kind == 2) {
                double v = 0;
                const QByteArray b = in.take(sizeof v);
                std::memcpy(&v, b.constData(), size_t(b.size()));
                row.append(QVariant(v));
            } else {
                row.append(QVariant(QString::fromUtf8(in.take(in.byte() % 64))));
            }
        }
        table.rows.append(row);
    }

    const QByteArray csv = toCsv(table);
    QList<QStringList> records;
    if (!parseCsv(QString::fromUtf8(csv), &records))
        std::abort();
    if (records.size() != table.rows.size() + 1)
        std::abort();
    for (int r = 0; r < records.size(); ++r) {
        if (records.at(r).size() != columns)
            std::abort();
        if (r == 0)
            continue;
        for (int c = 0; c < columns; ++c) {
            const QVariant &value = table.rows.at(r - 1).at(c);
            const QString cell = records.at(r).at(c);
            // Spreadsheets skip leading whitespace before a formula.
            const QString start = cell.trimmed();
            if (value.typeId() == QMetaType::QString
                && ((!cell.isEmpty() && QStringLiteral("\t\r").contains(cell.front()))
                    || (!start.isEmpty() && QStringLiteral("=+-@").contains(start.front()))))
                std::abort(); // a formula reached the spreadsheet
        }
    }

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson({table}), &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();
    if (doc.object().value(QStringLiteral("t")).toArray().size() != table.rows.size())
        std::abort();
    return 0;
}
