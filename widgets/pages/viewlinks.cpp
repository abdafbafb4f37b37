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

// Set on a view while showFocus changes its selection: the selectionChanged that causes
// needs no second pass.
constexpr char ShowingFocus[] = "trendscope-showing-focus";

void showFocus(QAbstractItemView *view, EntityRef focus, int role)
{
    if (view->property(ShowingFocus).toBool())
        return;
    QAbstractItemModel *model = view->model();
    QItemSelectionModel *selection = view->selectionModel();
    // The matching rows as runs of consecutive rows: an organization's rows in a large table
    // are thousands, and a range per row made every select and isRowSelected call slow.
    QItemSelection wanted;
    QList<int> rows;
    if (focus.isValid()) {
        const int lastColumn = model->columnCount() - 1;
        int runStart = -1;
        const int rowCount = model->rowCount();
        for (int row = 0; row <= rowCount; ++row) {
            const bool match
                = row < rowCount && model->index(row, 0).data(role).value<EntityRef>() == focus;
            if (match) {
                rows.append(row);
                if (runStart < 0)
                    runStart = row;
            } else if (runStart >= 0) {
                wanted.append(QItemSelectionRange(
                    model->index(runStart, 0), model->index(row - 1, lastColumn)));
                runStart = -1;
            }
        }
    }
    if (rows.isEmpty()) {
        if (selection->hasSelection())
            selection->clearSelection();
        return;
    }
    const int currentRow = selection->currentIndex().row();
    const bool currentMatches = std::binary_search(rows.cbegin(), rows.cend(), currentRow);
    if (currentMatches && selection->selection() == wanted)
        return;
    // The current row stays where the user put it when it is one of the matching rows.
    const QModelIndex current = model->index(currentMatches ? currentRow : rows.constFirst(), 0);
    view->setProperty(ShowingFocus, true);
    if (currentRow != current.row())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(wanted, QItemSelectionModel::ClearAndSelect);
    view->setProperty(ShowingFocus, false);
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
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::selectionChanged, view, [view, state, role] {
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
