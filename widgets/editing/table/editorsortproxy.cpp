#include "editorsortproxy.h"

#include "sortorder.h"

namespace TrendScope {

EditorSortProxy::EditorSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void EditorSortProxy::setSourceModel(QAbstractItemModel *source)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    // Connected before QSortFilterProxyModel's own handlers, so that the order is marked
    // stale before they sort the changed rows again.
    if (source) {
        auto stale = [this] { m_stale = true; };
        connect(source, &QAbstractItemModel::modelReset, this, stale);
        connect(source, &QAbstractItemModel::layoutChanged, this, stale);
        connect(source, &QAbstractItemModel::rowsInserted, this, stale);
        connect(source, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(source, &QAbstractItemModel::rowsMoved, this, stale);
        connect(source, &QAbstractItemModel::dataChanged, this, stale);
    }
    m_stale = true;
    QSortFilterProxyModel::setSourceModel(source);
}

bool EditorSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_stale || left.column() != m_rankedColumn || m_collation != QLocale())
        rankRows(left.column());
    const auto place = [this](const QModelIndex &index) {
        return size_t(index.row()) < m_place.size() ? m_place[size_t(index.row())] : -1;
    };
    return place(left) < place(right);
}

void EditorSortProxy::rankRows(int column) const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    const std::vector<int> order = sortedRows(
        rows, [&](int row) { return source->index(row, column).data(sortRole()); },
        Qt::AscendingOrder);
    m_place.assign(size_t(rows), 0);
    for (size_t i = 0; i < order.size(); ++i)
        m_place[size_t(order[i])] = int(i);
    m_rankedColumn = column;
    m_collation = QLocale();
    m_stale = false;
}

} // namespace TrendScope
