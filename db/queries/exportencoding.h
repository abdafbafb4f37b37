#pragma once

#include <string>

class QString;
struct sqlite3_stmt;

// How the streamed data export writes one value, byte for byte as toJson / toCsv over
// Queries::table write it (QJsonDocument's escapes, QVariant's numbers, csvCell's quoting and
// formula guard): valid UTF-8 from SQLite is copied as it is, anything else takes the QString
// path QSQLITE would have taken.
namespace TrendScope::ExportEncoding {

// A JSON string from any QString, as QJsonDocument writes it: a lone surrogate as \uXXXX.
void appendJsonString(std::string &out, const QString &text);
// Column `column` of the current row of `stmt` as a JSON value.
void appendJsonValue(std::string &out, sqlite3_stmt *stmt, int column);
// Column `column` of the current row of `stmt` as a CSV cell.
void appendCsvValue(std::string &out, sqlite3_stmt *stmt, int column);

} // namespace TrendScope::ExportEncoding
