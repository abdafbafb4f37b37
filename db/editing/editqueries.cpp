#include "editqueries.h"

#include "database.h"
#include "fieldvalidator.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace TrendScope {

namespace {

QString keyText(const QVariant &v)
{
    return FieldValidator::toText(v);
}

} // namespace

EditQueries::EditQueries(const Database &database, const EditSchema &schema)
    : m_db(database)
    , m_schema(schema)
{ }

std::optional<EditableRows> EditQueries::rows(const QString &table, QString *error) const
{
    const TableInfo *info = m_schema.table(table);
    if (!info) {
        if (error)
            *error = QStringLiteral("no editable table named \"%1\"").arg(table);
        return std::nullopt;
    }
    QStringList columns;
    for (const ColumnInfo &c : info->columns)
        columns.append(EditSchema::quoted(c.name));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %3, %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), EditSchema::quoted(table),
                        m_schema.rowKey()))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    EditableRows rows;
    rows.table = table;
    while (q.next()) {
        rows.rowIds.append(q.value(0).toLongLong());
        QVariantList values;
        values.reserve(info->columns.size());
        for (int i = 0; i < info->columns.size(); ++i)
            values.append(q.value(i + 1));
        rows.values.append(values);
    }
    return rows;
}

QHash<QString, QString> EditQueries::labels(const QString &table) const
{
    QHash<QString, QString> result;
    const TableInfo *info = m_schema.table(table);
    if (!info)
        return result;
    // Labels of referenced tables, one level down (a leaderboard entry is named by its model).
    QHash<QString, QHash<QString, QString>> nested;
    for (const QString &name : info->labelColumns) {
        const ColumnInfo *c = info->column(name);
        if (c && c->kind == ColumnKind::Reference && c->refTable != table
            && !nested.contains(c->refTable))
            nested.insert(c->refTable, labels(c->refTable));
    }
    const auto rows = this->rows(table);
    if (!rows)
        return result;
    // The key other tables use: the integer primary key (rowid) or a text key.
    int keyIndex = -1;
    for (int i = 0; i < info->columns.size(); ++i)
        if (info->columns.at(i).key)
            keyIndex = i;
    for (int r = 0; r < rows->rowIds.size(); ++r) {
        const QVariantList &values = rows->values.at(r);
        QStringList parts;
        for (const QString &name : info->labelColumns) {
            const int index = info->columnIndex(name);
            if (index < 0)
                continue;
            const ColumnInfo &c = info->columns.at(index);
            const QVariant v = values.at(index);
            if (v.isNull())
                continue;
            if (c.kind == ColumnKind::Reference)
                parts.append(nested.value(c.refTable).value(keyText(v), keyText(v)));
            else
                parts.append(keyText(v));
        }
        QString label = parts.join(QLatin1Char(' '));
        if (label.isEmpty())
            label = QStringLiteral("#%1").arg(rows->rowIds.at(r));
        const QString key = keyIndex >= 0 && info->columns.at(keyIndex).kind != ColumnKind::Integer
            ? keyText(values.at(keyIndex))
            : QString::number(rows->rowIds.at(r));
        result.insert(key, label);
    }
    return result;
}

QString EditQueries::rowLabel(const QString &table, qint64 rowId) const
{
    const TableInfo *info = m_schema.table(table);
    if (!info)
        return {};
    const QHash<QString, QString> all = labels(table);
    // Text-keyed tables: find the key of that rowid.
    for (const ColumnInfo &c : info->columns) {
        if (c.key && c.kind != ColumnKind::Integer) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                    .arg(EditSchema::quoted(c.name), EditSchema::quoted(table), m_schema.rowKey()));
            q.addBindValue(rowId);
            if (q.exec() && q.next())
                return all.value(keyText(q.value(0)));
            return {};
        }
    }
    return all.value(QString::number(rowId));
}

QList<PickerChoice> EditQueries::choices(const ColumnInfo &column) const
{
    QList<PickerChoice> result;
    if (column.kind != ColumnKind::Reference)
        return result;
    const QHash<QString, QString> all = labels(column.refTable);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QVariant key = column.refColumn == QLatin1String("id") ? QVariant(it.key().toLongLong())
                                                               : QVariant(it.key());
        result.append({key, it.value()});
    }
    std::sort(result.begin(), result.end(), [](const PickerChoice &a, const PickerChoice &b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return result;
}

QList<DependentRow> EditQueries::dependents(const QString &table, qint64 rowId) const
{
    QList<DependentRow> result;
    QSet<QString> seen;
    // Depth first, so that a row's own dependents come before it in the result.
    std::function<void(const QString &, qint64)> visit
        = [&](const QString &parent, qint64 parentRow) {
              const TableInfo *info = m_schema.table(parent);
              if (!info)
                  return;
              for (const auto &[child, column] : m_schema.referencesTo(parent)) {
                  const ColumnInfo *c = m_schema.table(child)->column(column);
                  QVariant key = parentRow;
                  if (c->refColumn != QLatin1String("id")) {
                      QSqlQuery k(m_db.connection());
                      k.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                    .arg(EditSchema::quoted(c->refColumn),
                                        EditSchema::quoted(parent), m_schema.rowKey()));
                      k.addBindValue(parentRow);
                      if (!k.exec() || !k.next())
                          continue;
                      key = k.value(0);
                  }
                  const auto ids = rowIdsWhere(child, column, key);
                  if (!ids)
                      continue;
                  for (qint64 id : *ids) {
                      const QString mark = child + QLatin1Char(':') + QString::number(id);
                      if (seen.contains(mark))
                          continue;
                      seen.insert(mark);
                      visit(child, id);
                      result.append({child, id, rowLabel(child, id)});
                  }
              }
          };
    visit(table, rowId);
    return result;
}

Edit EditQueries::deleteRows(const QString &table, const QList<qint64> &rowIds) const
{
    Edit edit;
    QSet<QString> seen;
    for (qint64 rowId : rowIds) {
        for (const DependentRow &d : dependents(table, rowId)) {
            const QString mark = d.table + QLatin1Char(':') + QString::number(d.rowId);
            if (!seen.contains(mark)) {
                seen.insert(mark);
                edit.ops.append(EditOp::remove(d.table, d.rowId));
            }
        }
        const QString mark = table + QLatin1Char(':') + QString::number(rowId);
        if (!seen.contains(mark)) {
            seen.insert(mark);
            edit.ops.append(EditOp::remove(table, rowId));
        }
    }
    const TableInfo *info = m_schema.table(table);
    const QString what = info ? EditSchema::translated(info->singular) : table;
    if (rowIds.size() == 1)
        edit.text = tr("delete %1 %2").arg(what, rowLabel(table, rowIds.first()));
    else
        edit.text = tr("delete %1 %2 rows").arg(rowIds.size()).arg(what);
    return edit;
}

QVariantMap EditQueries::rowValues(const QString &table, qint64 rowId) const
{
    QVariantMap values;
    const TableInfo *info = m_schema.table(table);
    if (!info)
        return values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?")
                  .arg(EditSchema::quoted(table), m_schema.rowKey()));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return values;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const ColumnInfo *c = info->column(record.fieldName(i));
        if (c && c->editable)
            values.insert(c->name, q.value(i));
    }
    return values;
}

QHash<QString, QList<PickerChoice>> EditQueries::referenceChoices(const TableInfo &table) const
{
    QHash<QString, QList<PickerChoice>> choices;
    for (const ColumnInfo &c : table.columns)
        if (c.kind == ColumnKind::Reference)
            choices.insert(c.name, this->choices(c));
    return choices;
}

QHash<QString, QHash<QString, QString>> EditQueries::referenceLabels(const TableInfo &table) const
{
    QHash<QString, QHash<QString, QString>> references;
    for (const ColumnInfo &c : table.columns)
        if (c.kind == ColumnKind::Reference && !references.contains(c.refTable))
            references.insert(c.refTable, labels(c.refTable));
    return references;
}

QVariantList EditQueries::distinctValues(const QString &table, const QString &column) const
{
    QVariantList values;
    const TableInfo *info = m_schema.table(table);
    if (!info || !info->column(column))
        return values;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 ORDER BY 1")
                    .arg(EditSchema::quoted(column), EditSchema::quoted(table))))
        return values;
    while (q.next())
        values.append(q.value(0));
    return values;
}

std::optional<QList<qint64>> EditQueries::rowIdsWhere(
    const QString &table, const QString &column, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3")
                  .arg(EditSchema::quoted(table), EditSchema::quoted(column), m_schema.rowKey()));
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<Edit> EditQueries::newSnapshot(
    const QString &table, qint64 rowId, const QVariant &newValue, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<Edit> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const TableInfo *info = m_schema.table(table);
    if (!info || info->snapshot.kind == SnapshotSpec::Kind::None)
        return fail(tr("%1 have no snapshots to copy.")
                        .arg(info ? EditSchema::translated(info->label) : table));
    const ColumnInfo *column = info->column(info->snapshot.column);
    QString message;
    const auto value = FieldValidator::normalize(*column, newValue, &message);
    if (!value || value->isNull())
        return fail(message.isEmpty()
                ? tr("%1: a value is required.").arg(EditSchema::translated(column->label))
                : message);
    const QVariantMap source = rowValues(table, rowId);
    if (source.isEmpty())
        return fail(tr("The row to copy from no longer exists."));
    const QVariant oldValue = source.value(column->name);
    if (FieldValidator::sameValue(oldValue, *value))
        return fail(
            tr("%1: the new snapshot needs another value than “%2”.")
                .arg(EditSchema::translated(column->label), FieldValidator::toText(oldValue)));

    Edit edit;
    const QString shown = FieldValidator::toText(*value);
    if (info->snapshot.kind == SnapshotSpec::Kind::RowWithChildren) {
        QVariantMap copy = source;
        copy.insert(column->name, *value);
        edit.ops.append(EditOp::insert(table, copy));
        // Children owned by the row (deleted with it) come along, pointed at the copy.
        for (const auto &[child, ref] : m_schema.referencesTo(table)) {
            if (!m_schema.cascades(child, ref))
                continue;
            const auto ids = rowIdsWhere(child, ref, rowId, &message);
            if (!ids)
                return fail(message);
            for (qint64 id : *ids) {
                EditOp op = EditOp::insert(child, rowValues(child, id));
                op.values.remove(ref);
                op.rowIdOf.insert(ref, 0);
                edit.ops.append(op);
            }
        }
        edit.text = tr("add %1 %2 with %3 entries")
                        .arg(EditSchema::translated(info->singular),
                            rowLabel(table, rowId).replace(FieldValidator::toText(oldValue), shown))
                        .arg(edit.ops.size() - 1);
    } else {
        const auto ids = rowIdsWhere(table, column->name, oldValue, &message);
        if (!ids)
            return fail(message);
        for (qint64 id : *ids) {
            QVariantMap copy = rowValues(table, id);
            copy.insert(column->name, *value);
            edit.ops.append(EditOp::insert(table, copy));
        }
        edit.text = tr("copy %1 %2 rows of %3 to %4")
                        .arg(ids->size())
                        .arg(EditSchema::translated(info->singular),
                            FieldValidator::toText(oldValue), shown);
    }
    return edit;
}

} // namespace TrendScope
