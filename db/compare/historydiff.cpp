#include "historydiff.h"

#include "database.h"
#include "editqueries.h"
#include "editschema.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace TrendScope::HistoryDiff {

namespace {

// What the trail says of one row between the two points.
struct RowTrail
{
    bool addedInRange = false; // its first entry in the range is its insert
    bool removedAtEnd = false; // its last entry in the range is its delete
    QString insertedJson; // the row as the insert wrote it
    QString deletedJson; // the row as the delete found it
    // column → first old value, last new value (text, as change_log holds them)
    QMap<QString, std::pair<QVariant, QVariant>> fields;
};

// A row named by its label columns from a change_log JSON image: for rows no longer in the
// dataset, whose label the editor's queries cannot give.
QString labelFromJson(const TableInfo *table, const QString &json, qint64 rowId)
{
    const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    if (table)
        for (const QString &c : table->labelColumns)
            if (!row.value(c).isNull() && !row.value(c).isUndefined())
                parts.append(row.value(c).toVariant().toString());
    return parts.isEmpty() ? QStringLiteral("#%1").arg(rowId) : parts.join(QLatin1Char(' '));
}

} // namespace

QList<HistoryPoint> points(const Database &database, QString *error)
{
    QList<HistoryPoint> result;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, author, reason, action, table_name, row_id, "
                               "column_name FROM change_log ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    QMap<QString, int> tables; // of the current point: table → entries
    while (q.next()) {
        const QString at = q.value(1).toString();
        const QString author = q.value(2).toString();
        const QString reason = q.value(3).toString();
        if (result.isEmpty() || result.last().at != at || result.last().author != author
            || result.last().reason != reason) {
            HistoryPoint point;
            point.firstId = q.value(0).toLongLong();
            point.at = at;
            point.author = author;
            point.reason = reason;
            point.action = q.value(4).toString();
            point.table = q.value(5).toString();
            point.rowId = q.value(6).toLongLong();
            result.append(point);
            tables.clear();
        }
        HistoryPoint &p = result.last();
        p.lastId = q.value(0).toLongLong();
        ++p.entries;
        const QString table = q.value(5).toString();
        ++tables[table];
        if (p.isOneRow() && p.action == q.value(4).toString() && p.table == table
            && p.rowId == q.value(6).toLongLong()) {
            // Still one row: gather its fields.
            if (!q.value(7).isNull())
                p.fields.append(q.value(7).toString());
        } else {
            // Several rows: count them per table.
            p.action.clear();
            p.table.clear();
            p.rowId = 0;
            p.fields.clear();
            p.tables = tables;
        }
    }
    return result;
}

FactChanges between(
    const Database &database, const EditSchema &schema, qint64 since, qint64 until, QString *error)
{
    FactChanges changes;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT action, table_name, row_id, column_name, old_value, "
                             "new_value FROM change_log WHERE id > ? AND (? = 0 OR id <= ?) "
                             "ORDER BY id"));
    q.addBindValue(since);
    q.addBindValue(until);
    q.addBindValue(until);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return changes;
    }
    // table → row → its trail, in the order rows first appear
    QMap<QString, QMap<qint64, RowTrail>> trails;
    while (q.next()) {
        const QString action = q.value(0).toString();
        RowTrail &t = trails[q.value(1).toString()][q.value(2).toLongLong()];
        const bool first
            = !t.addedInRange && t.fields.isEmpty() && t.deletedJson.isEmpty() && !t.removedAtEnd;
        if (action == QLatin1String("insert")) {
            if (first)
                t.addedInRange = true;
            t.removedAtEnd = false;
            t.insertedJson = q.value(5).toString();
        } else if (action == QLatin1String("delete")) {
            t.removedAtEnd = true;
            t.deletedJson = q.value(4).toString();
        } else {
            const QString column = q.value(3).toString();
            auto it = t.fields.find(column);
            if (it == t.fields.end())
                t.fields.insert(column, {q.value(4), q.value(5)});
            else
                it->second = q.value(5);
        }
    }
    const EditQueries queries(database, schema);
    for (auto table = trails.cbegin(); table != trails.cend(); ++table) {
        const TableInfo *info = schema.table(table.key());
        const QHash<QString, QString> labels = queries.labels(table.key());
        const QString tableLabel = info ? info->label : table.key();
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            const RowTrail &t = row.value();
            if (t.addedInRange && t.removedAtEnd)
                continue; // made and taken back in between
            FactChange c;
            c.table = table.key();
            c.tableLabel = tableLabel;
            c.key = t.removedAtEnd
                ? labelFromJson(info, t.deletedJson, row.key())
                : labels.value(QString::number(row.key()), QStringLiteral("#%1").arg(row.key()));
            if (t.addedInRange || t.removedAtEnd) {
                // As in the edition comparison: an added or removed fact shows its main value
                // (a score, an amount); a row without one (a model) shows its name.
                c.kind = t.addedInRange ? FactChange::Kind::Added : FactChange::Kind::Removed;
                const QJsonObject image = QJsonDocument::fromJson(
                    (t.addedInRange ? t.insertedJson : t.deletedJson).toUtf8())
                                              .object();
                const QString main = EditionDiff::fields(table.key()).value(0);
                const bool hasMain = !main.isEmpty() && image.contains(main);
                c.field = hasMain ? main : QStringLiteral("row");
                (t.addedInRange ? c.rowB : c.rowA) = row.key();
                (t.addedInRange ? c.after : c.before)
                    = hasMain ? image.value(main).toVariant() : QVariant(c.key);
                changes.append(c);
                continue;
            }
            for (auto f = t.fields.cbegin(); f != t.fields.cend(); ++f) {
                if (f->first == f->second)
                    continue; // changed and changed back
                FactChange field = c;
                field.kind = FactChange::Kind::Changed;
                field.field = f.key();
                field.derivedField = false;
                field.before = f->first;
                field.after = f->second;
                field.rowA = field.rowB = row.key();
                changes.append(field);
            }
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const FactChange &a, const FactChange &b) {
        return a.table != b.table ? a.table < b.table : a.key < b.key;
    });
    return changes;
}

} // namespace TrendScope::HistoryDiff
