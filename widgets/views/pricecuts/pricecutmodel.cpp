#include "pricecutmodel.h"

#include "annotation.h"
#include "format.h"
#include "qualifier.h"

namespace TrendScope {

PriceCutModel::PriceCutModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString PriceCutModel::cutLabel(
    const std::optional<double> &minPercent, const std::optional<double> &maxPercent)
{
    if (minPercent && maxPercent) {
        if (qFuzzyCompare(*minPercent, *maxPercent))
            return Format::percent(*maxPercent);
        return Format::number(*minPercent) + QStringLiteral("–") + Format::percent(*maxPercent);
    }
    // Only a largest cut ("最高降幅达40%") or only a smallest: bounds, as Format shows them.
    if (maxPercent)
        return Format::qualified(Format::percent(*maxPercent), Qualifier::UpTo);
    if (minPercent)
        return Format::qualified(Format::percent(*minPercent), Qualifier::AtLeast);
    return Format::notStated();
}

QVariant PriceCutModel::cell(const PriceCutRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VendorColumn:
            return shownName(row.vendor, row.vendorEn);
        case AnnouncedColumn:
            return Format::date(row.announced);
        case EffectiveColumn:
            return Format::date(row.effective);
        case ProductsColumn:
            return Format::text(row.products);
        case MinPercentColumn:
            return Format::percent(row.minPercent);
        case MaxPercentColumn:
            return Format::percent(row.maxPercent);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == MinPercentColumn || column == MaxPercentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case MinPercentColumn:
            return row.minPercent ? *row.minPercent : -1.0;
        case MaxPercentColumn:
            return row.maxPercent ? *row.maxPercent : -1.0;
        // Undated rows: "not stated", which every language's collation puts after the digits
        // of a date (a placeholder such as "~" it may not).
        case AnnouncedColumn:
            return row.announced.isEmpty() ? Format::notStated() : row.announced;
        case EffectiveColumn:
            return row.effective.isEmpty() ? Format::notStated() : row.effective;
        }
        break;
    case EntityRole:
    case OrganizationEntityRole:
        return entityData(role, {EntityKind::PriceCut, row.id}, row.organizationId);
    case OrganizationNameRole:
        return row.vendor;
    case GroupRole:
    case OrganizationLabelRole:
        return shownName(row.vendor, row.vendorEn);
    case DateRole:
        return row.announced;
    case SecondDateRole:
        return row.effective;
    case SearchTextRole:
        return QStringList {row.vendor, row.vendorEn, row.products, row.note}.join(
            QLatin1Char('\n'));
    case ValueRole:
        return row.maxPercent ? QVariant(*row.maxPercent) : QVariant();
    case LabelRole:
        return cutLabel(row.minPercent, row.maxPercent);
    }
    return {};
}

QString PriceCutModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Vendor"), QT_TR_NOOP("Announced"), QT_TR_NOOP("Effective"),
            QT_TR_NOOP("Products"), QT_TR_NOOP("Min %"), QT_TR_NOOP("Max %"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString PriceCutModel::toolTip(const PriceCutRow &row, int /*column*/) const
{
    QStringList lines;
    lines << tr("%1: price cut %2")
                 .arg(bothNames(row.vendor, row.vendorEn, row.vendorEnIsDatasets),
                     cutLabel(row.minPercent, row.maxPercent));
    lines << tr("Announced %1 · effective %2")
                 .arg(Format::date(row.announced), Format::date(row.effective));
    if (!row.products.isEmpty())
        lines << tr("Products: %1").arg(row.products);
    if (!row.note.isEmpty())
        lines << Annotation::shown(row.note);
    lines << Format::sourceLines(row.provenance);
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
