#include "importfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <iconv.h>

#include <cerrno>

namespace TrendScope {

QString ImportFile::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("CSV");
    case Format::Tsv:
        return QStringLiteral("TSV");
    case Format::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

namespace ImportReader {

namespace {

// GB18030 (a superset of GBK and GB2312) through glibc's iconv, which every Debian system
// has, so the result does not depend on how Qt was built.
std::optional<QString> fromGb18030(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t done = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (done == size_t(-1) || inLeft != 0)
        return std::nullopt;
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

// Where `offset` (in characters of `text`) is, as a 1-based line.
int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

// RFC 4180 with `separator`: quoted cells may hold separators, quotes ("") and line breaks;
// CRLF and LF both end a record. Blank lines are skipped.
bool parseDelimited(
    const QString &text, QChar separator, ImportFile *file, const QString &name, QString *error)
{
    QList<ImportRecord> records;
    ImportRecord record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    auto endCell = [&] {
        record.cells.append(cellWasQuoted ? cell : cell.trimmed());
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRecord = [&] {
        endCell();
        const bool blank = record.cells.size() == 1 && record.cells.constFirst().isEmpty();
        if (!blank)
            records.append(record);
        record = ImportRecord();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            quoteLine = line;
            cell.clear();
        } else if (c == separator) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else if (cellWasQuoted && !c.isSpace()) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "%1, line %2: text after a closing quote (a quote inside "
                "a quoted cell is written twice: \"\").")
                         .arg(name)
                         .arg(line);
            return false;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1, line %2: a quote opened here is never closed.")
                     .arg(name)
                     .arg(quoteLine);
        return false;
    }
    endRecord();
    if (records.isEmpty()) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 is empty: it has no header line and no rows.")
                     .arg(name);
        return false;
    }
    file->headers = records.takeFirst().cells;
    file->records = records;
    return true;
}

QString jsonCell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(value.isArray()
                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

// An array of objects (or {"rows": [...]}, the shape `export-data --format json` writes).
// The header is every key in the order first seen; a record's line is its object's line.
bool parseJson(const QByteArray &utf8, const QString &text, ImportFile *file, const QString &name,
    QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = QString::fromUtf8(utf8.left(parseError.offset)).size();
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1, line %2: not valid JSON (%3).")
                     .arg(name)
                     .arg(lineAt(text, offset))
                     .arg(parseError.errorString());
        return false;
    }
    QJsonArray rows;
    if (doc.isArray())
        rows = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("rows")).isArray())
        rows = doc.object().value(QStringLiteral("rows")).toArray();
    else {
        *error = QCoreApplication::translate("TrendScope::ImportPlan",
            "%1: the JSON holds no rows; expected an array of objects, one "
            "per row, or {\"rows\": [...]}.")
                     .arg(name);
        return false;
    }
    // Lines of each object: the n-th '{' at nesting depth 1 (or 2 under "rows").
    QList<int> lines;
    int depth = 0;
    bool inString = false;
    const int rowDepth = doc.isArray() ? 1 : 2;
    for (qsizetype i = 0, line = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            if (c == QLatin1Char('{') && depth == rowDepth)
                lines.append(int(line));
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue row = rows.at(i);
        const int line = lines.value(i, 0);
        if (!row.isObject()) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "%1, row %2 (line %3): each row must be an object of "
                "\"field\": value pairs.")
                         .arg(name)
                         .arg(i + 1)
                         .arg(line);
            return false;
        }
        const QJsonObject object = row.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!file->headers.contains(it.key()))
                file->headers.append(it.key());
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject object = rows.at(i).toObject();
        ImportRecord record;
        record.line = lines.value(i, 0);
        for (const QString &header : std::as_const(file->headers))
            record.cells.append(jsonCell(object.value(header)));
        file->records.append(record);
    }
    return true;
}

} // namespace

std::optional<QString> decode(const QByteArray &bytes, QString *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes.mid(3));
        if (!utf8.hasError())
            return text;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        *encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder utf16(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = utf16(bytes.mid(2));
        if (!utf16.hasError())
            return text;
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (!utf8.hasError()) {
            *encoding = QStringLiteral("UTF-8");
            return text;
        }
        if (auto gb = fromGb18030(bytes)) {
            *encoding = QStringLiteral("GB18030");
            return gb;
        }
    }
    *error = QCoreApplication::translate("TrendScope::ImportPlan",
        "The file is not text in UTF-8, UTF-16 or GB18030/GBK; save it as "
        "UTF-8 and import it again.");
    return std::nullopt;
}

std::optional<ImportFile> parse(const QByteArray &bytes, const QString &fileName,
    std::optional<ImportFile::Format> format, QString *error)
{
    ImportFile file;
    file.fileName = fileName;
    file.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (bytes.startsWith("PK\x03\x04")) {
        *error = QCoreApplication::translate("TrendScope::ImportPlan",
            "%1 is a spreadsheet (XLSX) or another ZIP file. TrendScope "
            "reads CSV, TSV and JSON: Debian packages no library that "
            "reads XLSX well, so save the sheet as CSV (UTF-8) and import "
            "that.")
                     .arg(fileName);
        return std::nullopt;
    }
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 is not a text file (it holds NUL bytes).")
                     .arg(fileName);
        return std::nullopt;
    }
    QString decodeError;
    const std::optional<QString> text = decode(bytes, &file.encoding, &decodeError);
    if (!text) {
        *error = QStringLiteral("%1: %2").arg(fileName, decodeError);
        return std::nullopt;
    }
    if (!format) {
        const QString start = text->left(4096).trimmed();
        if (start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{')))
            format = ImportFile::Format::Json;
        else if (start.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('\t')))
            format = ImportFile::Format::Tsv;
        else
            format = ImportFile::Format::Csv;
    }
    file.format = *format;
    const bool ok = file.format == ImportFile::Format::Json
        ? parseJson(text->toUtf8(), *text, &file, fileName, error)
        : parseDelimited(*text,
            file.format == ImportFile::Format::Tsv ? QLatin1Char('\t') : QLatin1Char(','), &file,
            fileName, error);
    if (!ok)
        return std::nullopt;
    if (file.headers.isEmpty() || file.records.isEmpty()) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 has a header but no rows to import.")
                     .arg(fileName);
        return std::nullopt;
    }
    return file;
}

std::optional<ImportFile> read(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile f(path);
    if (!info.exists()) {
        *error
            = QCoreApplication::translate("TrendScope::ImportPlan", "%1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error
            = QCoreApplication::translate("TrendScope::ImportPlan", "%1 is a folder, not a file.")
                  .arg(path);
        return std::nullopt;
    }
    if (info.size() > MaxBytes) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 is %2 MiB; files up to %3 MiB are imported.")
                     .arg(name)
                     .arg(info.size() / (1024 * 1024))
                     .arg(MaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TrendScope::ImportPlan", "%1 cannot be read: %2")
                     .arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.read(MaxBytes + 1);
    const QString suffix = info.suffix().toLower();
    std::optional<ImportFile::Format> format;
    if (suffix == QLatin1String("csv"))
        format = ImportFile::Format::Csv;
    else if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        format = ImportFile::Format::Tsv;
    else if (suffix == QLatin1String("json"))
        format = ImportFile::Format::Json;
    auto file = parse(bytes, name, format, error);
    if (file)
        file->path = info.absoluteFilePath();
    return file;
}

} // namespace ImportReader

} // namespace TrendScope
