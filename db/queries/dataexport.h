#pragma once

#include "queries.h"

#include <QByteArray>

#include <functional>

namespace TrendScope {

struct CsvOptions
{
    bool byteOrderMark = false; // helps spreadsheet programs read UTF-8 Chinese
};

// RFC 4180 CSV with a header row. Cells a spreadsheet would run as a formula are
// neutralised with a leading apostrophe.
QByteArray toCsv(const Table &table, const CsvOptions &options = {});

// One JSON object: each table's name -> array of row objects (column -> value).
QByteArray toJson(const QList<Table> &tables);

// Streamed exports: each piece of the output, in order; false stops the export.
using ExportSink = std::function<bool(const char *data, qsizetype size)>;
// The header a table's column is written under. Without one, its SQL name (what scripts
// read); export-data --headers readable gives the label people read. Two columns of one
// table given the same header keep their SQL names after it: "Date (date)".
using ColumnHeader = std::function<QString(const QString &table, const QString &column)>;

// Whether every name is a table or view the schema lets users export (else `error` names it).
bool areExportable(const Database &db, const QStringList &names, QString *error);
// The same bytes as toJson(Queries::tables(names)), read in one snapshot through the sqlite3
// C API and handed to `sink` a piece at a time through one reused buffer, so that memory
// stays flat whatever the size of the tables. Every name is checked before the first byte.
// False when reading failed (`error` says why, worded as Queries::table's) or the sink
// refused (`error` left empty).
bool streamJson(const Database &db, const QStringList &names, const ExportSink &sink,
    QString *error, const ColumnHeader &header = {});
// The same bytes as toCsv(Queries::table(name)), streamed likewise.
bool streamCsv(const Database &db, const QString &name, const CsvOptions &options,
    const ExportSink &sink, QString *error, const ColumnHeader &header = {});

// The cell text as written to CSV, quoted and neutralised as needed.
QString csvCell(const QVariant &value);

// File names for exporting the tables `names` into one folder, each with `suffix` (".csv").
// Names come from the dataset, which anyone may have written: a file name never leaves the
// folder and is valid on every common file system (no separators, no leading dots, no
// control, format or Windows-reserved characters, no Windows device names such as CON,
// at most MaxFileNameBytes bytes of UTF-8), and no two are the same, compared as Windows and
// macOS compare (case and Unicode normalisation ignored): a clash gets "-2", "-3", ...
QStringList exportFileNames(const QStringList &names, const QString &suffix);
constexpr int MaxFileNameBytes = 150;

} // namespace TrendScope
