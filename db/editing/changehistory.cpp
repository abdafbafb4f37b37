#include "changehistory.h"

#include "database.h"
#include "fieldvalidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace TrendScope {

ChangeHistory::ChangeHistory(const Database &database, const EditSchema &schema)
    : m_db(database)
    , m_schema(schema)
    , m_queries(database, schema)
{ }

namespace {

// The columns every read of change_log selects, in the order entryAt() reads them.
constexpr QLatin1String entryColumns(
    "id, at, author, action, table_name, row_id, column_name, old_value, new_value, reason");

ChangeEntry entryAt(const QSqlQuery &q)
{
    ChangeEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.author = q.value(2).toString();
    e.action = q.value(3).toString();
    e.table = q.value(4).toString();
    e.rowId = q.value(5).toLongLong();
    e.column = q.value(6).toString();
    e.oldValue = q.value(7);
    e.newValue = q.value(8);
    e.reason = q.value(9).toString();
    return e;
}

} // namespace

QList<ChangeEntry> ChangeHistory::entries(const QString &table, qint64 rowId) const
{
    QList<ChangeEntry> entries;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? "
                             "AND (? = 0 OR row_id = ?) ORDER BY id DESC")
                  .arg(entryColumns));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(rowId);
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append(entryAt(q));
    return entries;
}

std::optional<ChangeEntry> ChangeHistory::latestChange(
    const QString &table, qint64 rowId, const QString &column) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? AND row_id = ? "
                             "AND column_name = ? ORDER BY id DESC LIMIT 1")
                  .arg(entryColumns));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(column);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryAt(q);
}

// change_log keeps values as text; the column's kind says what they were.
QVariant ChangeHistory::typedValue(const ColumnInfo &column, const QVariant &text) const
{
    if (text.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Integer:
    case ColumnKind::Count:
    case ColumnKind::Year:
    case ColumnKind::Flag:
        return text.toString().toLongLong();
    case ColumnKind::Reference:
        if (column.refColumn == QLatin1String("id"))
            return text.toString().toLongLong();
        return text.toString();
    case ColumnKind::Number:
    case ColumnKind::Percent:
    case ColumnKind::Money:
        return text.toString().toDouble();
    default:
        return text.toString();
    }
}

std::optional<Edit> ChangeHistory::revert(qint64 changeLogId, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<Edit> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT action, table_name, row_id, column_name, old_value, new_value "
                             "FROM change_log WHERE id = ?"));
    q.addBindValue(changeLogId);
    if (!q.exec() || !q.next())
        return fail(tr("There is no change number %1.").arg(changeLogId));
    const QString action = q.value(0).toString();
    const QString table = q.value(1).toString();
    const qint64 rowId = q.value(2).toLongLong();
    const QString columnName = q.value(3).toString();
    const QVariant oldText = q.value(4);
    const QVariant newText = q.value(5);
    const TableInfo *info = m_schema.table(table);
    if (!info)
        return fail(tr("“%1” is not a table that can be edited.").arg(table));

    auto rowFromJson = [&](const QVariant &json) {
        const QJsonObject row = QJsonDocument::fromJson(json.toString().toUtf8()).object();
        QVariantMap values;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            const ColumnInfo *c = info->column(it.key());
            if (!c || (c->key && c->kind == ColumnKind::Integer))
                continue;
            if (it.value().isNull())
                values.insert(c->name, QVariant());
            else if (it.value().isString())
                values.insert(c->name, typedValue(*c, it.value().toString()));
            else
                values.insert(
                    c->name, typedValue(*c, FieldValidator::toText(it.value().toDouble())));
        }
        return values;
    };

    Edit edit;
    edit.byEditor = false; // restores exactly what the entry recorded
    const QString label = m_queries.rowLabel(table, rowId);
    if (action == QLatin1String("update")) {
        const ColumnInfo *c = info->column(columnName);
        if (!c)
            return fail(
                tr("%1 has no column “%2”.").arg(EditSchema::translated(info->label), columnName));
        EditOp op = EditOp::update(table, rowId, {{c->name, typedValue(*c, oldText)}});
        op.expected.insert(c->name, typedValue(*c, newText));
        edit.ops.append(op);
        edit.text = tr("revert %1 of %2").arg(EditSchema::translated(c->label).toLower(), label);
    } else if (action == QLatin1String("insert")) {
        // Taking back an insert deletes the row, and what has come to depend on it since.
        edit = m_queries.deleteRows(table, {rowId});
        edit.byEditor = false;
        edit.ops.last().expected = rowFromJson(newText);
        edit.text = tr("revert adding %1 %2").arg(EditSchema::translated(info->singular), label);
    } else if (action == QLatin1String("delete")) {
        EditOp op = EditOp::insert(table, rowFromJson(oldText));
        op.rowId = rowId;
        edit.ops.append(op);
        const QVariantMap values = op.values;
        QStringList parts;
        for (const QString &name : info->labelColumns)
            parts.append(FieldValidator::toText(values.value(name)));
        edit.text = tr("revert deleting %1 %2")
                        .arg(EditSchema::translated(info->singular), parts.join(QLatin1Char(' ')));
    } else {
        return fail(tr("Unknown change “%1”.").arg(action));
    }
    edit.reason = QStringLiteral("revert change %1").arg(changeLogId);
    return edit;
}

} // namespace TrendScope
