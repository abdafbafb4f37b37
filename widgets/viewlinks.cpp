#include "viewlinks.h"

#include "explorerstate.h"
#include "roles.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

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

void showFocus(QAbstractItemView *view, EntityRef focus)
{
    QAbstractItemModel *model = view->model();
    const int row = rowOfEntity(model, focus);
    if (row < 0) {
        view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace

void linkViewToFocus(QAbstractItemView *view, ExplorerState *state)
{
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, state,
                     [state](const QModelIndex &current) {
                         if (current.isValid())
                             state->setFocus(current.siblingAtColumn(0).data(EntityRole).value<EntityRef>());
                     });
    QObject::connect(state, &ExplorerState::focusChanged, view,
                     [view](EntityRef focus) { showFocus(view, focus); });
    // After filtering or sorting, the focused row may have moved or come back.
    auto reapply = [view, state] { showFocus(view, state->focus()); };
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, reapply);
}

} // namespace TrendScope
