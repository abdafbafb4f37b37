#include "fundingsharemodel.h"

#include "format.h"

#include <QFont>

namespace TrendScope {

namespace {

QString amountText(const FundingShare &row)
{
    if (!row.amountYuan)
        return Format::notStated();
    const QString text = Format::yi(*row.amountYuan);
    return row.amountFormula.isEmpty() ? text : QStringLiteral("≈") + text;
}

} // namespace

// A company slice's name in the chosen order; other slices (domains, "Other") as built.
QString FundingShareModel::sliceName(const FundingShare &row) const
{
    return row.organization.isEmpty() || row.label != row.organization
        ? row.label
        : shownName(row.organization, row.organizationEn);
}

FundingShareModel::FundingShareModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QVariant FundingShareModel::cell(const FundingShare &row, int column, int role) const
{
    const bool inner = row.ring == FundingShare::Ring::Inner;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SliceColumn:
            return inner ? tr("%1 (group total)").arg(row.label) : sliceName(row);
        case GroupColumn:
            return row.group;
        case ShareColumn:
            return Format::percent(row.percent);
        case AmountColumn:
            return amountText(row);
        case StatusColumn:
            return Format::status(row.provenance.status);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ShareColumn || column == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (inner && column == SliceColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SortRole:
        switch (column) {
        case ShareColumn:
            return row.percent ? QVariant(*row.percent) : QVariant(-1.0);
        case AmountColumn:
            return row.amountYuan ? QVariant(*row.amountYuan) : QVariant(-1.0);
        }
        break;
    case EntityRole:
        return QVariant::fromValue(row.entity);
    case OrganizationEntityRole:
        return row.organizationId
            ? QVariant::fromValue(EntityRef {EntityKind::Organization, row.organizationId})
            : QVariant();
    case OrganizationNameRole:
        return row.organization;
    case DateRole:
        return row.period;
    case SearchTextRole:
        return QStringList {row.label, row.group, row.domain, row.organization, row.organizationEn}
            .join(QLatin1Char('\n'));
    case ValueRole:
        return row.percent ? QVariant(*row.percent) : QVariant();
    case LabelRole:
        return sliceName(row);
    case DomainRole:
        return row.domain;
    case DerivedRole:
        return row.isDerived();
    case ChartKeyRole:
        return row.chartKey;
    case ChartTitleRole:
        return row.chartTitle;
    case GroupRole:
        return row.group;
    case InnerRingRole:
        return inner;
    case AmountRole:
        return row.amountYuan ? QVariant(*row.amountYuan) : QVariant();
    case AmountDerivedRole:
        return !row.amountFormula.isEmpty();
    }
    return {};
}

QString FundingShareModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount] = {QT_TR_NOOP("Slice"), QT_TR_NOOP("Group"),
        QT_TR_NOOP("Share"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Status"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString FundingShareModel::toolTip(const FundingShare &row, int /*column*/) const
{
    QString text = row.organization.isEmpty() || row.label != row.organization
        ? row.label
        : bothNames(row.organization, row.organizationEn, row.organizationEnIsDatasets);
    if (!row.group.isEmpty() && row.group != row.label)
        text += QStringLiteral(" — ") + row.group;
    text += QLatin1Char('\n') + tr("Share: %1").arg(Format::percent(row.percent));
    text += QLatin1Char('\n') + tr("Amount: %1").arg(amountText(row));
    if (!row.amountFormula.isEmpty())
        text += tr(" (derived: %1)").arg(row.amountFormula);
    text += QLatin1Char('\n') + Format::sourceLines(row.provenance);
    return text;
}

} // namespace TrendScope
