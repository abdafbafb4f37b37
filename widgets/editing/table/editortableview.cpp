#include "editortableview.h"

#include "editorfilterbar.h"
#include "editortablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace TrendScope {

EditorTableView::EditorTableView(EditorTableModel *model, EditorFilterBar *filter, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("editor-table"));
    setModel(m_filter->filtered());
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(120);
}

int EditorTableView::currentSourceRow() const
{
    QModelIndex index = selectionModel()->currentIndex();
    if (!index.isValid() || !selectionModel()->isRowSelected(index.row(), {})) {
        const QModelIndexList rows = selectionModel()->selectedRows();
        if (rows.isEmpty())
            return -1;
        index = rows.first();
    }
    return m_filter->mapToSource(index).row();
}

QList<qint64> EditorTableView::selectedRowIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->rowId(m_filter->mapToSource(index).row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool EditorTableView::selectRowId(qint64 rowId)
{
    const int row = m_model->rowOf(rowId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void EditorTableView::restoreSelection(const QList<qint64> &rowIds, qint64 currentId)
{
    QItemSelection selection;
    for (qint64 id : rowIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_model->columnCount() - 1));
    }
    const QSignalBlocker block(selectionModel());
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (currentId > 0 && m_model->rowOf(currentId) >= 0) {
        const QModelIndex index
            = m_filter->mapFromSource(m_model->index(m_model->rowOf(currentId), 0));
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

} // namespace TrendScope
