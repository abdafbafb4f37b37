#include "editwording.h"

#include "annotation.h"
#include "editqueries.h"
#include "editschema.h"
#include "fieldvalidator.h"
#include "format.h"
#include "historydiff.h"
#include "inferred.h"

namespace TrendScope {

QString EditWording::inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower()
        && !label.startsWith(QLatin1String("English")))
        return label.at(0).toLower() + label.mid(1);
    return label;
}

QString EditWording::fieldInSentence(const QString &table, const QString &column)
{
    return inSentence(EditSchema::translated(EditSchema::columnLabel(table, column)));
}

QString EditWording::historySummary(const HistoryPoint &point)
{
    if (!point.isOneRow()) {
        QStringList parts;
        for (auto it = point.tables.cbegin(); it != point.tables.cend(); ++it)
            parts.append(QStringLiteral("%1 × %2")
                             .arg(EditSchema::translated(EditSchema::tableLabel(it.key())))
                             .arg(it.value()));
        return tr("%n entries: %1", nullptr, point.entries).arg(Format::list(parts));
    }
    const QString table = EditSchema::translated(EditSchema::tableLabel(point.table));
    QString text;
    if (point.action == QLatin1String("insert"))
        text = tr("added row %1 to %2").arg(point.rowId).arg(table);
    else if (point.action == QLatin1String("delete"))
        text = tr("deleted row %1 of %2").arg(point.rowId).arg(table);
    else
        text = tr("changed row %1 of %2").arg(point.rowId).arg(table);
    if (point.fields.isEmpty())
        return text;
    QStringList fields;
    for (const QString &field : point.fields)
        fields.append(fieldInSentence(point.table, field));
    return tr("%1: %2").arg(text, Format::list(fields));
}

QString EditWording::inferredText(const QString &table, const QString &inferred)
{
    const InferredFields parsed = parseInferred(inferred);
    QStringList parts;
    for (const InferredField &f : parsed.fields)
        parts.append(tr("%1: %2").arg(
            schemaLabel(EditSchema::columnLabel(table, f.field)), Annotation::shown(f.reason)));
    parts.append(parsed.unexplained);
    //: Between the reasons of the fields a row's dataset inferred
    return parts.join(tr("; "));
}

QString EditWording::schemaLabel(const QString &label)
{
    return EditSchema::translated(label);
}

QString EditWording::tableLabel(const TableInfo &table)
{
    return schemaLabel(table.label);
}

QString EditWording::singular(const TableInfo &table)
{
    return schemaLabel(table.singular);
}

QString EditWording::columnLabel(const ColumnInfo &column)
{
    return schemaLabel(column.label);
}

QString EditWording::valueText(const ColumnInfo &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (column.kind == ColumnKind::Flag)
        return Format::yesNo(value.toLongLong() != 0);
    const QString text = FieldValidator::toText(value);
    if (column.kind != ColumnKind::Choice)
        return text;
    if (column.name == QLatin1String("status"))
        return Format::status(text);
    if (column.name == QLatin1String("category"))
        return Format::category(text);
    if (column.name == QLatin1String("qualifier"))
        return Format::qualifierName(text);
    // The other fixed lists' codes (kinds, units) as words; a code without one as it is.
    static const QHash<QString, const char *> words {
        {QStringLiteral("company"), QT_TR_NOOP("company")},
        {QStringLiteral("government"), QT_TR_NOOP("government")},
        {QStringLiteral("research"), QT_TR_NOOP("research")},
        {QStringLiteral("community"), QT_TR_NOOP("community")},
        {QStringLiteral("investor"), QT_TR_NOOP("investor")},
        {QStringLiteral("other"), QT_TR_NOOP("other")},
        {QStringLiteral("general"), QT_TR_NOOP("general")},
        {QStringLiteral("industry"), QT_TR_NOOP("industry")},
        {QStringLiteral("multimodal"), QT_TR_NOOP("multimodal")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("count"), QT_TR_NOOP("count")},
        {QStringLiteral("yuan"), QT_TR_NOOP("yuan")},
        {QStringLiteral("rank"), QT_TR_NOOP("rank")},
        {QStringLiteral("parameters"), QT_TR_NOOP("parameters")},
        {QStringLiteral("CNY per USD"), QT_TR_NOOP("CNY per USD")},
        {QStringLiteral("percentage points"), QT_TR_NOOP("percentage points")},
        {QStringLiteral("times"), QT_TR_NOOP("times")},
        {QStringLiteral("fold"), QT_TR_NOOP("fold")},
        {QStringLiteral("top N"), QT_TR_NOOP("top N")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
    };
    const char *word = words.value(text);
    return word ? tr(word) : text;
}

QString EditWording::formTitle(const TableInfo &table, const QString &rowLabel, int selected)
{
    const QString title = selected > 1
        ? tr("%1 %2 (and %3 more selected rows: Apply changes the edited fields in all of them)")
              .arg(singular(table), rowLabel)
              .arg(selected - 1)
        : tr("%1 %2").arg(singular(table), rowLabel);
    return title.at(0).toUpper() + title.mid(1);
}

Edit EditWording::formEdit(const TableInfo &table, const QVariantMap &values, bool draft,
    const QList<qint64> &rowIds, const QString &firstRowLabel,
    const QHash<qint64, QVariantMap> &originals)
{
    Edit edit;
    if (draft) {
        edit.ops.append(EditOp::insert(table.name, values));
        QStringList parts;
        for (const QString &name : table.labelColumns)
            if (!values.value(name).isNull() && table.column(name)->kind != ColumnKind::Reference)
                parts.append(FieldValidator::toText(values.value(name)));
        edit.text = tr("add %1 %2").arg(singular(table), parts.join(QLatin1Char(' '))).trimmed();
        return edit;
    }
    for (qint64 id : rowIds) {
        EditOp op = EditOp::update(table.name, id, values);
        const auto original = originals.constFind(id);
        if (original != originals.cend())
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                op.expected.insert(it.key(), original->value(it.key()));
        edit.ops.append(op);
    }
    const QString what = values.size() == 1
        ? inSentence(columnLabel(*table.column(values.firstKey())))
        : tr("%1 fields").arg(values.size());
    const QString of = rowIds.size() == 1 ? firstRowLabel : tr("%1 rows").arg(rowIds.size());
    edit.text = tr("set %1 of %2").arg(what, of);
    return edit;
}

const FieldConflict *EditWording::newestChange(const EditError &error)
{
    const FieldConflict *newest = nullptr;
    for (const FieldConflict &c : error.conflicts)
        if (!c.author.isEmpty() && (!newest || c.at > newest->at))
            newest = &c;
    return newest;
}

QString EditWording::conflictFields(const EditError &error, const TableInfo &table)
{
    QStringList labels;
    for (const FieldConflict &c : error.conflicts) {
        const ColumnInfo *column = table.column(c.column);
        labels.append(inSentence(column ? columnLabel(*column) : c.column));
    }
    return labels.join(tr(", "));
}

QString EditWording::refusedStep(
    const EditError &error, const TableInfo &table, const QString &rowLabel, bool redo)
{
    if (error.conflicts.isEmpty())
        return error.message;
    const QString what
        = tr("%1 of %2 %3").arg(conflictFields(error, table), singular(table), rowLabel).trimmed();
    const FieldConflict *newest = newestChange(error);
    QString text;
    if (!newest)
        text = redo ? tr("%1 was changed by another program since; redo refused, nothing was "
                         "overwritten.")
                          .arg(what)
                    : tr("%1 was changed by another program since; undo refused, nothing was "
                         "overwritten.")
                          .arg(what);
    else
        text = redo ? tr("%1 was changed by %2 at %3 since; redo refused, nothing was "
                         "overwritten.")
                          .arg(what, newest->author, Format::changeTime(newest->at))
                    : tr("%1 was changed by %2 at %3 since; undo refused, nothing was "
                         "overwritten.")
                          .arg(what, newest->author, Format::changeTime(newest->at));
    return text.at(0).toUpper() + text.mid(1);
}

QString EditWording::deleteQuestion(const Edit &edit, const TableInfo &table,
    const QList<qint64> &rowIds, const EditSchema &schema, const EditQueries &queries)
{
    if (edit.ops.size() <= rowIds.size())
        return {};
    QStringList lines;
    const int shown = 12;
    for (const EditOp &op : edit.ops) {
        if (op.table == table.name && rowIds.contains(op.rowId))
            continue;
        if (lines.size() == shown) {
            lines.append(tr("… and %1 more").arg(edit.ops.size() - rowIds.size() - shown));
            break;
        }
        const TableInfo *t = schema.table(op.table);
        lines.append(QStringLiteral("• %1 %2").arg(
            t ? singular(*t) : op.table, queries.rowLabel(op.table, op.rowId)));
    }
    const QString what = rowIds.size() == 1
        ? tr("%1 %2").arg(singular(table), queries.rowLabel(table.name, rowIds.first()))
        : tr("%1 %2 rows").arg(rowIds.size()).arg(singular(table));
    return tr("%1 other rows refer to %2 and would be deleted with it:\n\n%3\n\n"
              "Delete them all? (Undo brings them back.)")
        .arg(edit.ops.size() - rowIds.size())
        .arg(what, lines.join(QLatin1Char('\n')));
}

} // namespace TrendScope
