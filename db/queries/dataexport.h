#pragma once

#include "queries.h"

#include <QByteArray>

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

// The cell text as written to CSV, quoted and neutralised as needed.
QString csvCell(const QVariant &value);

} // namespace TrendScope
