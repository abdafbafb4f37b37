#include "viewlinks.h"

#include "explorerstate.h"
#include "roles.h"

#include <QAbstractItemView>
#include <QFocusEvent>
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
// Set on a view while its current row changes without the user picking it.
constexpr char NotPicked[] = "trendscope-not-picked";

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

// QAbstractItemView::focusInEvent makes the first row current when none is (tabbing into a
// table, or a view's page shown by Ctrl+4): that row was never picked, and must not take the
// shared focus. The filter sets that current row itself, first, with the link muted.
class FocusInGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *view = static_cast<QAbstractItemView *>(watched);
        if (event->type() == QEvent::FocusIn && view->selectionModel()
            && !view->currentIndex().isValid()
            && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
            const QModelIndex first = view->model()->index(0, 0);
            if (first.isValid()) {
                view->setProperty(NotPicked, true);
                view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
                view->setProperty(NotPicked, false);
            }
        }
        return false;
    }
};

} // namespace

void linkViewToFocus(QAbstractItemView *view, ExplorerState *state, int focusRole)
{
    const int role = focusRole < 0 ? int(EntityRole) : focusRole;
    view->installEventFilter(new FocusInGuard(view));
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, state,
        [view, state, role](const QModelIndex &current) {
            if (current.isValid() && !view->property(NotPicked).toBool())
                state->setFocus(current.siblingAtColumn(0).data(role).value<EntityRef>());
        });
    // A press on the row Qt made current by itself (FocusInGuard) picks it: the current row
    // does not change, so currentRowChanged does not tell.
    QObject::connect(
        view, &QAbstractItemView::pressed, state, [state, role](const QModelIndex &index) {
            const auto entity = index.siblingAtColumn(0).data(role).value<EntityRef>();
            if (entity.isValid() && entity != state->focus())
                state->setFocus(entity);
        });
    QObject::connect(state, &ExplorerState::focusChanged, view,
        [view, role](EntityRef focus) { showFocus(view, focus, role); });
    // A click selects its own row after the current row (and so the focus) changed: when the
    // focus stands for several rows, select them all again. A key press selects the new row
    // before making it current: then the current row is not yet the focus's, and the
    // focus follows when the current row changes.
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::selectionChanged, view, [view, state, role] {
            const QModelIndex current = view->selectionModel()->currentIndex();
            if (state->focus().isValid() && current.isValid()
                && current.siblingAtColumn(0).data(role).value<EntityRef>() == state->focus())
                showFocus(view, state->focus(), role);
        });
    // After filtering or sorting, the focused row may have moved or come back.
    auto reapply = [view, state, role] { showFocus(view, state->focus(), role); };
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, reapply);
}

} // namespace TrendScope
