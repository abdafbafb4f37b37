#include "rowtablemodel.h"

#include "format.h"

namespace TrendScope {

RowTableModelBase::RowTableModelBase(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{ }

int RowTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant RowTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columnCount) {
        if (role == Qt::DisplayRole)
            return headerText(section);
        if (role == Qt::ToolTipRole) {
            if (const QString tip = headerToolTip(section); !tip.isEmpty())
                return tip;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RowTableModelBase::retranslate()
{
    beginResetModel();
    rederive();
    endResetModel();
}

void RowTableModelBase::setNameOrder(NameOrder order)
{
    if (order == m_nameOrder)
        return;
    beginResetModel();
    m_nameOrder = order;
    rederive();
    endResetModel();
}

QString RowTableModelBase::bothNames(
    const QString &name, const QString &nameEn, bool englishIsDatasets) const
{
    const QString first = shownName(name, nameEn);
    const QString second = secondName(name, nameEn, m_nameOrder);
    if (second.isEmpty())
        return first == nameEn && englishIsDatasets
            ? tr("%1 (the dataset's English name)").arg(first)
            : first;
    if (!englishIsDatasets)
        return first + QStringLiteral(" (") + second + QLatin1Char(')');
    if (second == nameEn)
        return tr("%1 (%2, the dataset's English name)").arg(first, second);
    return tr("%1 (the dataset's English name; the report writes %2)").arg(first, second);
}

QVariant RowTableModelBase::provenanceData(const Provenance &provenance, int role)
{
    switch (role) {
    case SourceCodeRole:
        return provenance.sourceCode;
    case ProvenanceRole:
        return provenance.summary();
    case CitationRole:
        return Format::citation(provenance);
    case EditionRole:
        return provenance.editionId;
    }
    return {};
}

QVariant RowTableModelBase::entityData(int role, EntityRef self, qint64 organizationId)
{
    if (role == EntityRole)
        return QVariant::fromValue(self);
    if (role == OrganizationEntityRole)
        return QVariant::fromValue(
            organizationId ? EntityRef {EntityKind::Organization, organizationId} : EntityRef {});
    return {};
}

} // namespace TrendScope
