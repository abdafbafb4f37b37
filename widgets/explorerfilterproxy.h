#pragma once

#include "explorerstate.h"

#include <QSortFilterProxyModel>

namespace TrendScope {

// Narrows any TrendScope model by the shared Filter, through the roles in roles.h. Each
// view owns one over the shared source model.
class ExplorerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ExplorerFilterProxy(QObject *parent = nullptr);

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
};

} // namespace TrendScope
