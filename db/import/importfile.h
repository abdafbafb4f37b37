#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

// One record of an import file: its cells in header order and where it starts in the file
// (1-based line, counting the header), so every message can name the line.
struct ImportRecord
{
    int line = 0;
    QStringList cells;
};

// A file to import, read whole and parsed into a header and records (issue 15). Nothing in
// it is trusted yet: ImportPlan types and checks every cell.
struct ImportFile
{
    enum class Format
    {
        Csv,
        Tsv,
        Json,
    };

    QString path;
    QString fileName; // without folders, for change_log and messages
    Format format = Format::Csv;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030"
    QByteArray sha256; // hex, of the bytes read
    QStringList headers;
    QList<ImportRecord> records;

    static QString formatName(Format format);
};

// Reading and parsing. Each function returns nullopt and a message for people when the file
// cannot be imported as a whole (unreadable, not text, broken quoting, not JSON, a
// spreadsheet); a message names the line where it can.
namespace ImportReader {

// The largest file read (bytes); larger ones are refused before they fill the memory.
constexpr qint64 MaxBytes = 256LL * 1024 * 1024;

// Reads `path`. The format comes from the extension (.csv, .tsv/.tab, .json), else from the
// content (a JSON array, tabs in the first line).
std::optional<ImportFile> read(const QString &path, QString *error);
// Parses bytes that were read elsewhere; `fileName` names them in messages.
std::optional<ImportFile> parse(const QByteArray &bytes, const QString &fileName,
    std::optional<ImportFile::Format> format, QString *error);

// The text of `bytes`: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which
// covers GBK) when the bytes are not UTF-8. `encoding` gets the name used.
std::optional<QString> decode(const QByteArray &bytes, QString *encoding, QString *error);

} // namespace ImportReader

} // namespace TrendScope
