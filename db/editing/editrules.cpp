#include "editrules.h"

#include "fieldvalidator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace TrendScope {

namespace {

using Action = EditOp::Action;

const QString EditionColumn = QStringLiteral("edition_id");
const QString SourceColumn = QStringLiteral("source_id");

QString describeValues(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &v : values)
        parts.append(QStringLiteral("“%1”").arg(FieldValidator::toText(v)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

EditError editError(EditError::Kind kind, const EditOp &op, int index, const QString &message,
    const QString &column)
{
    EditError e;
    e.kind = kind;
    e.table = op.table;
    e.rowId = op.rowId;
    e.op = index;
    e.column = column;
    e.message = message;
    return e;
}

std::optional<EditError> EditRules::checkEdit(const Edit &edit) const
{
    for (int i = 0; i < edit.ops.size(); ++i) {
        const EditOp &op = edit.ops.at(i);
        auto invalid = [&](const QString &message, const QString &column = {}) {
            return editError(EditError::Kind::Invalid, op, i, message, column);
        };
        const TableInfo *table = m_schema.table(op.table);
        if (!table)
            return invalid(tr("“%1” is not a table that can be edited.").arg(op.table));
        if (op.action != Action::Insert && op.rowId <= 0)
            return invalid(tr("No row was given."));
        for (auto it = op.rowIdOf.cbegin(); it != op.rowIdOf.cend(); ++it) {
            if (it.value() < 0 || it.value() >= i
                || edit.ops.at(it.value()).action != Action::Insert || !table->column(it.key()))
                return invalid(tr("The edit refers to a row it does not create."));
        }
        for (auto it = op.values.cbegin(); it != op.values.cend(); ++it) {
            const ColumnInfo *column = table->column(it.key());
            if (!column)
                return invalid(tr("%1 has no column “%2”.")
                                   .arg(EditSchema::translated(table->label), it.key()));
            if (op.action == Action::Delete)
                continue;
            if (column->key && column->kind == ColumnKind::Integer)
                return invalid(tr("%1 is the row's number and cannot be set.")
                                   .arg(EditSchema::translated(column->label)),
                    column->name);
            if (!edit.byEditor)
                continue;
            if (!column->editable)
                return invalid(tr("%1 is set by TrendScope, not by hand.")
                                   .arg(EditSchema::translated(column->label)),
                    column->name);
            if (column->key && op.action == Action::Update)
                return invalid(tr("%1 is the key other rows refer to; add a new row instead of "
                                  "renaming it.")
                                   .arg(EditSchema::translated(column->label)),
                    column->name);
            if (op.rowIdOf.contains(column->name))
                continue;
            QString message;
            if (!FieldValidator::normalize(*column, it.value(), &message))
                return invalid(message, column->name);
        }
        if (edit.byEditor && op.action == Action::Insert) {
            for (const ColumnInfo &column : table->columns) {
                if (!column.required || !column.editable || op.values.contains(column.name)
                    || op.rowIdOf.contains(column.name) || column.defaultValue.isValid())
                    continue;
                QString message;
                FieldValidator::normalize(column, QVariant(), &message);
                return invalid(message, column.name);
            }
        }
    }
    return std::nullopt;
}

std::optional<EditError> EditRules::checkReferences(const QSqlDatabase &db, const TableInfo &table,
    const EditOp &op, int index, const QVariantMap &row, const QStringList &touched,
    const SqlError &sqlError) const
{
    for (const QString &name : touched) {
        const ColumnInfo *c = table.column(name);
        const QVariant v = row.value(name);
        if (c->kind != ColumnKind::Reference || v.isNull())
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
                      .arg(EditSchema::quoted(c->refTable), EditSchema::quoted(c->refColumn)));
        q.addBindValue(v);
        if (!q.exec())
            return sqlError(q.lastError());
        if (!q.next()) {
            const TableInfo *target = m_schema.table(c->refTable);
            return editError(EditError::Kind::Invalid, op, index,
                tr("%1: there is no %2 “%3”. Allowed: %4.")
                    .arg(EditSchema::translated(c->label),
                        target ? EditSchema::translated(target->singular) : c->refTable,
                        FieldValidator::toText(v), FieldValidator::allowed(*c)),
                name);
        }
    }
    return std::nullopt;
}

std::optional<EditError> EditRules::fillEdition(const QSqlDatabase &db, const TableInfo &table,
    const EditOp &op, int index, QVariantMap *row, const SqlError &sqlError) const
{
    if (!table.column(EditionColumn) || !table.column(SourceColumn)
        || !row->value(EditionColumn).isNull() || row->value(SourceColumn).isNull())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM edition WHERE source_id = ? LIMIT 2"));
    q.addBindValue(row->value(SourceColumn));
    if (!q.exec())
        return sqlError(q.lastError());
    QVariantList editions;
    while (q.next())
        editions.append(q.value(0));
    if (editions.size() == 1) {
        row->insert(EditionColumn, editions.constFirst());
        return std::nullopt;
    }
    return editError(EditError::Kind::Invalid, op, index,
        editions.isEmpty()
            ? tr("Edition: the source “%1” has no edition yet. Allowed: add its edition first "
                 "(Editions table), then the row.")
                  .arg(FieldValidator::toText(row->value(SourceColumn)))
            : tr("Edition: the source “%1” has several editions. Allowed: the edition this row "
                 "comes from.")
                  .arg(FieldValidator::toText(row->value(SourceColumn))),
        EditionColumn);
}

std::optional<EditError> EditRules::checkEditionSource(const QSqlDatabase &db,
    const TableInfo &table, const EditOp &op, int index, const QVariantMap &row,
    const QStringList &touched, const SqlError &sqlError) const
{
    if (!table.column(EditionColumn) || !table.column(SourceColumn)
        || !(touched.contains(EditionColumn) || touched.contains(SourceColumn))
        || row.value(EditionColumn).isNull())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT source_id FROM edition WHERE id = ?"));
    q.addBindValue(row.value(EditionColumn));
    if (!q.exec())
        return sqlError(q.lastError());
    if (!q.next() || FieldValidator::sameValue(q.value(0), row.value(SourceColumn)))
        return std::nullopt; // a missing edition is the reference check's to report
    return editError(EditError::Kind::Invalid, op, index,
        tr("Edition: edition “%1” belongs to source “%2”, not to this row's source “%3”. "
           "Allowed: an edition of the row's own source.")
            .arg(FieldValidator::toText(row.value(EditionColumn)),
                FieldValidator::toText(q.value(0)),
                FieldValidator::toText(row.value(SourceColumn))),
        EditionColumn);
}

std::optional<EditError> EditRules::checkAgainstData(const QSqlDatabase &db, const TableInfo &table,
    const EditOp &op, int index, const QVariantMap &row, const QStringList &touched,
    qint64 selfRowId, const SqlError &sqlError) const
{
    if (auto problem = checkReferences(db, table, op, index, row, touched, sqlError))
        return problem;
    if (auto problem = checkEditionSource(db, table, op, index, row, touched, sqlError))
        return problem;
    for (const QStringList &key : table.uniqueKeys) {
        bool touches = false;
        bool hasNull = false;
        for (const QString &k : key) {
            touches = touches || touched.contains(k);
            hasNull = hasNull || row.value(k).isNull();
        }
        if (!touches || hasNull)
            continue;
        QStringList where;
        for (const QString &k : key)
            where.append(EditSchema::quoted(k) + QStringLiteral(" = ?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND %3 <> ? LIMIT 1")
                      .arg(EditSchema::quoted(table.name), where.join(QStringLiteral(" AND ")),
                          m_schema.rowKey()));
        QVariantList values;
        QStringList labels;
        for (const QString &k : key) {
            q.addBindValue(row.value(k));
            values.append(row.value(k));
            labels.append(EditSchema::translated(table.column(k)->label));
        }
        q.addBindValue(selfRowId);
        if (!q.exec())
            return sqlError(q.lastError());
        if (q.next())
            return editError(EditError::Kind::Invalid, op, index,
                tr("%1: another %2 has %3 already. Allowed: a value no other %2 has.")
                    .arg(labels.join(QStringLiteral(" + ")), EditSchema::translated(table.singular),
                        describeValues(values)),
                key.constLast());
    }
    return std::nullopt;
}

} // namespace TrendScope
