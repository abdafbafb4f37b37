#include "fundingsharemodel.h"

#include "roles.h"

#include <QFont>
#include <QLocale>

namespace TrendScope {

QString yiText(double yuan)
{
    // Two decimals below 100亿, one above; trailing zeros dropped (25亿元, 409.5亿元).
    QString text = QString::number(yuan / 1e8, 'f', yuan >= 1e10 ? 1 : 2);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return QLocale().toString(text.toDouble(), 'g', 15) + QStringLiteral("亿元");
}

namespace {

QString percentText(const std::optional<double> &percent)
{
    return percent ? QLocale().toString(*percent, 'f', 2) + QLatin1Char('%')
                   : FundingShareModel::tr("not stated");
}

QString amountText(const FundingShare &row)
{
    if (!row.amountYuan)
        return FundingShareModel::tr("not stated");
    const QString text = yiText(*row.amountYuan);
    return row.amountFormula.isEmpty() ? text : QStringLiteral("≈") + text;
}

} // namespace

FundingShareModel::FundingShareModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FundingShareModel::setRows(const FundingShares &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FundingShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FundingShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundingShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingShare &row = m_rows.at(index.row());
    const bool inner = row.ring == FundingShare::Ring::Inner;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SliceColumn:
            return inner ? tr("%1 (group total)").arg(row.label) : row.label;
        case GroupColumn:
            return row.group;
        case ShareColumn:
            return percentText(row.percent);
        case AmountColumn:
            return amountText(row);
        case StatusColumn:
            return row.provenance.status;
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ShareColumn || index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (inner && index.column() == SliceColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        switch (index.column()) {
        case ShareColumn:
            return row.percent ? QVariant(*row.percent) : QVariant(-1.0);
        case AmountColumn:
            return row.amountYuan ? QVariant(*row.amountYuan) : QVariant(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case EntityRole:
        return QVariant::fromValue(row.entity);
    case OrganizationEntityRole:
        return row.organization.isEmpty() ? QVariant() : QVariant::fromValue(row.entity);
    case OrganizationNameRole:
        return row.organization;
    case SourceCodeRole:
        return row.provenance.sourceCode;
    case DateRole:
        return row.period;
    case SearchTextRole:
        return QStringList {row.label, row.group, row.domain, row.organization}.join(
            QLatin1Char('\n'));
    case ValueRole:
        return row.percent ? QVariant(*row.percent) : QVariant();
    case LabelRole:
        return row.label;
    case ProvenanceRole:
        return row.provenance.summary();
    case CitationRole:
        return QString(row.provenance.source + QStringLiteral(" · ") + row.provenance.section);
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

QVariant FundingShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SliceColumn:
        return tr("Slice");
    case GroupColumn:
        return tr("Group");
    case ShareColumn:
        return tr("Share");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString FundingShareModel::toolTip(const FundingShare &row) const
{
    QString text = row.label;
    if (!row.group.isEmpty() && row.group != row.label)
        text += QStringLiteral(" — ") + row.group;
    text += QLatin1Char('\n') + tr("Share: %1").arg(percentText(row.percent));
    text += QLatin1Char('\n') + tr("Amount: %1").arg(amountText(row));
    if (!row.amountFormula.isEmpty())
        text += tr(" (derived: %1)").arg(row.amountFormula);
    text += QLatin1Char('\n') + tr("Source: %1").arg(row.provenance.summary());
    if (!row.provenance.quote.isEmpty())
        text += QLatin1Char('\n') + tr("“%1”").arg(row.provenance.quote);
    return text;
}

} // namespace TrendScope
