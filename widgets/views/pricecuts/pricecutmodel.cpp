#include "pricecutmodel.h"

#include "roles.h"

#include <QLocale>

namespace TrendScope {

namespace {

QString percentText(double value)
{
    return QLocale().toString(value, 'g', 4) + QLatin1Char('%');
}

QString optionalPercent(const std::optional<double> &value)
{
    return value ? percentText(*value) : PriceCutModel::tr("not stated");
}

QString dateText(const QString &date)
{
    return date.isEmpty() ? PriceCutModel::tr("not stated") : date;
}

} // namespace

PriceCutModel::PriceCutModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString PriceCutModel::cutLabel(
    const std::optional<double> &minPercent, const std::optional<double> &maxPercent)
{
    if (minPercent && maxPercent) {
        if (qFuzzyCompare(*minPercent, *maxPercent))
            return percentText(*maxPercent);
        return QLocale().toString(*minPercent, 'g', 4) + QStringLiteral("–")
            + percentText(*maxPercent);
    }
    if (maxPercent)
        return tr("up to %1").arg(percentText(*maxPercent));
    if (minPercent)
        return tr("at least %1").arg(percentText(*minPercent));
    return tr("not stated");
}

void PriceCutModel::setRows(const PriceCutRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PriceCutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceCutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceCutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceCutRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VendorColumn:
            return row.vendor;
        case AnnouncedColumn:
            return dateText(row.announced);
        case EffectiveColumn:
            return dateText(row.effective);
        case ProductsColumn:
            return row.products.isEmpty() ? tr("not stated") : row.products;
        case MinPercentColumn:
            return optionalPercent(row.minPercent);
        case MaxPercentColumn:
            return optionalPercent(row.maxPercent);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MinPercentColumn || index.column() == MaxPercentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        switch (index.column()) {
        case MinPercentColumn:
            return row.minPercent ? *row.minPercent : -1.0;
        case MaxPercentColumn:
            return row.maxPercent ? *row.maxPercent : -1.0;
        // Undated rows sort after dated ones.
        case AnnouncedColumn:
            return row.announced.isEmpty() ? QStringLiteral("~") : row.announced;
        case EffectiveColumn:
            return row.effective.isEmpty() ? QStringLiteral("~") : row.effective;
        default:
            return data(index, Qt::DisplayRole);
        }
    case EntityRole:
        return QVariant::fromValue(EntityRef {EntityKind::PriceCut, row.id});
    case OrganizationEntityRole:
        return QVariant::fromValue(EntityRef {EntityKind::Organization, row.organizationId});
    case OrganizationNameRole:
    case GroupRole:
        return row.vendor;
    case SourceCodeRole:
        return row.provenance.sourceCode;
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
    case ProvenanceRole:
        return row.provenance.summary();
    case CitationRole:
        return QString(row.provenance.source + QStringLiteral(" · ") + row.provenance.section);
    }
    return {};
}

QVariant PriceCutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case AnnouncedColumn:
        return tr("Announced");
    case EffectiveColumn:
        return tr("Effective");
    case ProductsColumn:
        return tr("Products");
    case MinPercentColumn:
        return tr("Min %");
    case MaxPercentColumn:
        return tr("Max %");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString PriceCutModel::toolTip(const PriceCutRow &row) const
{
    QStringList lines;
    lines << row.vendor + QStringLiteral(": ")
            + tr("price cut %1").arg(cutLabel(row.minPercent, row.maxPercent));
    lines
        << tr("Announced %1 · effective %2").arg(dateText(row.announced), dateText(row.effective));
    if (!row.products.isEmpty())
        lines << tr("Products: %1").arg(row.products);
    if (!row.note.isEmpty())
        lines << row.note;
    lines << tr("Source: %1").arg(row.provenance.summary());
    if (!row.provenance.quote.isEmpty())
        lines << QStringLiteral("“") + row.provenance.quote + QStringLiteral("”");
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
