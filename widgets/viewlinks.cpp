#include "viewlinks.h"

#include "explorerstate.h"
#include "roles.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace TrendScope {

int rowOfEntity(const QAbstractItemModel *model, EntityRef entity)
{
    if (!model || !entity.isValid())
        return -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EntityRole).value<EntityRef>() == entity)
            return row;
    }
    return -1;
}

namespace {

void showFocus(QAbstractItemView *view, EntityRef focus, int role)
{
    QAbstractItemModel *model = view->model();
    QList<int> rows;
    if (focus.isValid()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(role).value<EntityRef>() == focus)
                rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        view->selectionModel()->clearSelection();
        return;
    }
    QItemSelectionModel *selection = view->selectionModel();
    const bool allSelected = std::all_of(rows.cbegin(), rows.cend(),
                                         [selection](int row) { return selection->isRowSelected(row); });
    if (allSelected && selection->selectedRows().size() == rows.size() && rows.contains(selection->currentIndex().row()))
        return;
    // The current row stays where the user put it when it is one of the matching rows.
    const int currentRow = selection->currentIndex().row();
    const QModelIndex current
        = model->index(rows.contains(currentRow) ? currentRow : rows.constFirst(), 0);
    QItemSelection wanted;
    for (const int row : std::as_const(rows))
        wanted.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    if (selection->currentIndex().row() != current.row())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(wanted, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(current);
}

} // namespace

void linkViewToFocus(QAbstractItemView *view, ExplorerState *state, int focusRole)
{
    const int role = focusRole < 0 ? int(EntityRole) : focusRole;
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, state,
        [state, role](const QModelIndex &current) {
            if (current.isValid())
                state->setFocus(current.siblingAtColumn(0).data(role).value<EntityRef>());
        });
    QObject::connect(state, &ExplorerState::focusChanged, view,
        [view, role](EntityRef focus) { showFocus(view, focus, role); });
    // A click selects its own row after the current row (and so the focus) changed: when the
    // focus stands for several rows, select them all again.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view,
                     [view, state, role] {
                         if (state->focus().isValid())
                             showFocus(view, state->focus(), role);
                     });
    // After filtering or sorting, the focused row may have moved or come back.
    auto reapply = [view, state, role] { showFocus(view, state->focus(), role); };
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, reapply);
}

} // namespace TrendScope
