#include "changesmodel.h"

#include "editschema.h"
#include "editwording.h"
#include "format.h"

#include <QLocale>

namespace TrendScope {

namespace {

// The field as the data editor names it, in the interface language ("amount", "金额").
QString fieldText(const FactChange &change)
{
    const QString name = EditWording::fieldInSentence(change.table, change.field);
    return change.derivedField ? ChangesModel::tr("%1 (derived)").arg(name) : name;
}

// The table as the data editor names it, in the interface language ("Events", "事件").
QString tableText(const FactChange &change)
{
    return EditSchema::translated(change.tableLabel);
}

QString placeText(const FactChange &change)
{
    if (change.placeA.isEmpty())
        return change.placeB;
    if (change.placeB.isEmpty() || change.placeA == change.placeB)
        return change.placeA;
    return change.placeA + QStringLiteral(" → ") + change.placeB;
}

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString ChangesModel::kindText(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Added:
        return tr("added");
    case FactChange::Kind::Removed:
        return tr("removed");
    case FactChange::Kind::Changed:
        break;
    }
    return tr("changed");
}

QString ChangesModel::valueText(const FactChange &change, const QVariant &value)
{
    if (value.isNull())
        return Format::notStated();
    const QString &field = change.field;
    if (field == QLatin1String("amount_yuan"))
        return Format::yi(value.toDouble());
    if (field.endsWith(QLatin1String("percent")))
        return Format::percent(value.toDouble());
    if (field == QLatin1String("score"))
        return Format::score(value.toDouble());
    if (field == QLatin1String("is_new"))
        return value.toInt() ? tr("new") : tr("not new");
    // Every stated digit, grouped, never "1.8e+10".
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString();
}

QVariant ChangesModel::cell(const FactChange &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ChangeColumn:
            return kindText(row.kind);
        case TableColumn:
            return tableText(row);
        case KeyColumn:
            return row.key;
        case FieldColumn:
            return fieldText(row);
        case BeforeColumn:
            return row.kind == FactChange::Kind::Added ? QString() : valueText(row, row.before);
        case AfterColumn:
            return row.kind == FactChange::Kind::Removed ? QString() : valueText(row, row.after);
        case PlaceColumn:
            return placeText(row);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case SortRole:
        if (column == BeforeColumn || column == AfterColumn) {
            const QVariant &v = column == BeforeColumn ? row.before : row.after;
            bool number = false;
            const double d = v.toDouble(&number);
            return number ? QVariant(d) : QVariant(v.toString());
        }
        break;
    case OrganizationNameRole:
        return QString();
    case SearchTextRole:
        return QStringList {row.key, tableText(row), fieldText(row), kindText(row.kind)}.join(
            QLatin1Char('\n'));
    case DateRole:
        return row.placeB.isEmpty() ? row.placeA : row.placeB;
    case GroupRole:
        return tableText(row);
    case LabelRole:
        return row.key;
    case ChangeKindRole:
        return int(row.kind);
    case EntityRole:
        return QVariant::fromValue(EntityRef {});
    }
    return {};
}

QString ChangesModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Change"), QT_TR_NOOP("Table"), QT_TR_NOOP("About"), QT_TR_NOOP("Field"),
            QT_TR_NOOP("Before"), QT_TR_NOOP("After"), QT_TR_NOOP("Where"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString ChangesModel::toolTip(const FactChange &row, int /*column*/) const
{
    QStringList lines;
    lines << QStringLiteral("%1 · %2 · %3").arg(kindText(row.kind), tableText(row), row.key);
    if (row.kind == FactChange::Kind::Changed)
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(fieldText(row), valueText(row, row.before), valueText(row, row.after));
    else
        lines << QStringLiteral("%1: %2").arg(fieldText(row),
            valueText(row, row.kind == FactChange::Kind::Added ? row.after : row.before));
    if (row.rowA) {
        lines << tr("Before (edition %1):").arg(row.provenanceA.edition);
        lines << Format::sourceLines(row.provenanceA);
    }
    if (row.rowB) {
        lines << tr("After (edition %1):").arg(row.provenance.edition);
        lines << Format::sourceLines(row.provenance);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
