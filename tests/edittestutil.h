#pragma once

// Helpers for the editing tests (header-only): a dump of every table to compare databases,
// and counting change_log entries.

#include "database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace EditTestUtil {

// Every row of every table (except those in `skip`), ordered by rowid, each value with its
// SQLite type, as lines "table|rowid|type:value|...".
inline QStringList dumpTables(const TrendScope::Database &db, const QStringList &skip = {})
{
    QStringList lines;
    QSqlQuery names(db.connection());
    names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList tables;
    while (names.next())
        tables.append(names.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        if (skip.contains(table))
            continue;
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT * FROM pragma_table_info('%1')").arg(table));
        QStringList typed;
        while (count.next())
            typed.append(QStringLiteral("typeof(\"%1\") || ':' || quote(\"%1\")")
                             .arg(count.value(1).toString()));
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT rowid, %1 FROM \"%2\" ORDER BY rowid")
                   .arg(typed.join(QStringLiteral(", ")), table));
        while (q.next()) {
            QStringList cells {table};
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
    }
    return lines;
}

inline int scalar(const TrendScope::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace EditTestUtil
