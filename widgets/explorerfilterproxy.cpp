#include "explorerfilterproxy.h"

#include "roles.h"

namespace TrendScope {

ExplorerFilterProxy::ExplorerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ExplorerFilterProxy::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    // One reset instead of invalidateRowsFilter(): that announces every run of rows that
    // comes or goes as its own signal, and a search that keeps every tenth row of a large
    // table sent thousands, each redrawing every chart (PERFORMANCE.md). Views re-select
    // the focused row on reset (linkViewToFocus).
    beginResetModel();
    m_filter = filter;
    endResetModel();
}

bool ExplorerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_filter.search.isEmpty()
        && !index.data(SearchTextRole).toString().contains(m_filter.search, Qt::CaseInsensitive))
        return false;
    if (!m_filter.organization.isEmpty()
        && index.data(OrganizationNameRole).toString() != m_filter.organization)
        return false;
    if (!m_filter.sourceCode.isEmpty() && index.data(SourceCodeRole).toString() != m_filter.sourceCode)
        return false;
    return m_filter.acceptsDate(index.data(DateRole).toString());
}

} // namespace TrendScope
