#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace TrendScope {

// Runs a script of several SQL statements on a raw connection (QSqlQuery runs only one).
// Returns an empty string on success, SQLite's message otherwise.
QString runSqlScript(sqlite3 *db, const QString &script);

// One numbered SQL file embedded in the binary: "003_organization_groups.sql" is version 3.
struct SqlScriptFile
{
    int version = 0;
    QString name;
    QString text;
};

// The *.sql files of an embedded folder (":/db/schema"), by file name.
QList<SqlScriptFile> embeddedScripts(const QString &folder);

} // namespace TrendScope
