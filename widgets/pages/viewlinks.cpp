#include "viewlinks.h"

#include "explorerfilterproxy.h"
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

// A row shows the focus when it stands for the focused entity, is part of it (a model's
// score entries), or belongs to the focused organization (a vendor's price cuts, a company's
// funding rows, a maker's models).
bool showsFocus(const QModelIndex &index, EntityRef focus)
{
    const QModelIndex first = index.siblingAtColumn(0);
    return ExplorerFilterProxy::shows(first.data(EntityRole).value<EntityRef>(),
        first.data(ParentEntityRole).value<EntityRef>(),
        first.data(OrganizationEntityRole).value<EntityRef>(), focus);
}

// The rows of `model` that show `focus`, in order; through the filter proxy's entities read
// once per load where the view has one.
QList<int> rowsShowing(const QAbstractItemModel *model, EntityRef focus)
{
    if (const auto *proxy = qobject_cast<const ExplorerFilterProxy *>(model))
        return proxy->rowsShowing(focus);
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (showsFocus(model->index(row, 0), focus))
            rows.append(row);
    return rows;
}

EntityRef entityOf(const QModelIndex &index)
{
    return index.siblingAtColumn(0).data(EntityRole).value<EntityRef>();
}

void showFocus(QAbstractItemView *view, EntityRef focus)
{
    if (view->property(ShowingFocus).toBool())
        return;
    QAbstractItemModel *model = view->model();
    QItemSelectionModel *selection = view->selectionModel();
    // The matching rows as runs of consecutive rows: an organization's rows in a large table
    // are thousands, and a range per row made every select and isRowSelected call slow.
    QItemSelection wanted;
    const QList<int> rows = focus.isValid() ? rowsShowing(model, focus) : QList<int>();
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i + 1; // past the run of consecutive rows starting at rows[i]
        while (end < rows.size() && rows.at(end) == rows.at(end - 1) + 1)
            ++end;
        wanted.append(QItemSelectionRange(
            model->index(rows.at(i), 0), model->index(rows.at(end - 1), lastColumn)));
        i = end;
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
        if (event->type() != QEvent::FocusIn)
            return false;
        // Only the view it is installed on; never cast blindly (events still arrive while
        // the view is being destroyed).
        auto *view = qobject_cast<QAbstractItemView *>(watched);
        if (view && view->selectionModel() && !view->currentIndex().isValid()
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

void linkViewToFocus(QAbstractItemView *view, ExplorerState *state)
{
    view->installEventFilter(new FocusInGuard(view));
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, state,
        [view, state](const QModelIndex &current) {
            // Rows selected to show a focus (an organization's) do not take it over.
            if (current.isValid() && !view->property(NotPicked).toBool()
                && !view->property(ShowingFocus).toBool())
                state->setFocus(entityOf(current));
        });
    // A press on the row Qt made current by itself (FocusInGuard) picks it: the current row
    // does not change, so currentRowChanged does not tell.
    QObject::connect(view, &QAbstractItemView::pressed, state, [state](const QModelIndex &index) {
        const EntityRef entity = entityOf(index);
        if (entity.isValid() && entity != state->focus())
            state->setFocus(entity);
    });
    QObject::connect(state, &ExplorerState::focusChanged, view,
        [view](EntityRef focus) { showFocus(view, focus); });
    // A click selects its own row after the current row (and so the focus) changed: when the
    // focus stands for several rows, select them all again. A key press selects the new row
    // before making it current: then the current row does not yet show the focus, and the
    // focus follows when the current row changes.
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::selectionChanged, view, [view, state] {
            const QModelIndex current = view->selectionModel()->currentIndex();
            if (state->focus().isValid() && current.isValid()
                && showsFocus(current, state->focus()))
                showFocus(view, state->focus());
        });
    // After filtering or sorting, the focused row may have moved or come back.
    auto reapply = [view, state] { showFocus(view, state->focus()); };
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, reapply);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, reapply);
}

} // namespace TrendScope
