#pragma once

#include <QString>

struct sqlite3;

namespace TrendScope {

// Runs a script of several SQL statements on a raw connection (QSqlQuery runs only one).
// Returns an empty string on success, SQLite's message otherwise.
QString runSqlScript(sqlite3 *db, const QString &script);

} // namespace TrendScope
