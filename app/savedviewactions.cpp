#include "savedviewactions.h"

#include "chartview.h"
#include "database.h"
#include "exportactions.h"
#include "retranslator.h"
#include "workspace.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace TrendScope {

SavedViewActions::SavedViewActions(Workspace *workspace, ExplorerState *state,
    std::function<ChartView *()> currentView, std::function<void(const QString &)> showView,
    QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_state(state)
    , m_currentView(std::move(currentView))
    , m_showView(std::move(showView))
    , m_window(window)
{ }

void SavedViewActions::addTo(QMenu *file)
{
    auto *texts = new Retranslator(m_window);
    const char *context = "TrendScope::SavedViewActions";
    texts->setText(file->addAction(QString(), QKeySequence(tr("Ctrl+Shift+S")), this,
                       &SavedViewActions::saveCurrentView),
        context, QT_TR_NOOP("Save &View…"));
    QMenu *saved = file->addMenu(QString());
    saved->setObjectName(QStringLiteral("saved-views-menu"));
    texts->setText(saved->menuAction(), context, QT_TR_NOOP("Saved Vie&ws"));
    // Read when opened: the list is the open dataset's, and another program may add to it.
    connect(saved, &QMenu::aboutToShow, this, [this, saved] { fillMenu(saved); });
}

QList<SavedView> SavedViewActions::savedViews()
{
    const Database *db = m_workspace->database();
    if (!db)
        return {};
    QString error;
    const QList<SavedView> views = SavedViews::list(*db, &error);
    if (!error.isEmpty())
        emit message(tr("The saved views could not be read: %1").arg(error));
    return views;
}

void SavedViewActions::fillMenu(QMenu *menu)
{
    menu->clear();
    const QList<SavedView> views = savedViews();
    if (views.isEmpty()) {
        menu->addAction(tr("No saved views in this dataset"))->setEnabled(false);
        return;
    }
    for (const SavedView &view : views) {
        QAction *action = menu->addAction(view.name, this, [this, view] { open(view); });
        action->setToolTip(tr("Saved %1").arg(view.saved));
    }
    menu->addSeparator();
    QMenu *remove = menu->addMenu(tr("&Delete"));
    remove->setEnabled(!m_workspace->database()->isReadOnly());
    for (const SavedView &view : views)
        remove->addAction(view.name, this, [this, name = view.name] { removeView(name); });
}

SavedView SavedViewActions::capture(const QString &name) const
{
    SavedView view;
    view.name = name.trimmed();
    if (ChartView *current = m_currentView())
        view.view = current->viewName();
    view.filter = m_state->filter();
    view.focus = m_state->focus();
    if (m_state->comparison().isActive()) {
        view.editionA = m_state->comparison().editionA;
        view.editionB = m_state->comparison().editionB;
    }
    view.exportSettings = ExportActions::lastOptions().toJson();
    view.nameOrder = m_state->nameOrder();
    view.savedBy = m_workspace->editorName();
    return view;
}

bool SavedViewActions::save(const SavedView &view)
{
    const Database *db = m_workspace->database();
    QString error;
    if (!db)
        error = tr("No dataset is open.");
    else if (SavedViews::save(*db, view, &error))
        return true;
    QMessageBox::warning(m_window, tr("Save View"), error);
    return false;
}

void SavedViewActions::saveCurrentView()
{
    const Database *db = m_workspace->database();
    if (!db || db->isReadOnly()) {
        QMessageBox::information(m_window, tr("Save View"),
            db ? tr("The dataset is open read-only: a view cannot be saved into it.")
               : tr("No dataset is open."));
        return;
    }
    const ChartView *current = m_currentView();
    QString name = current ? current->tabTitle() : QString();
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("Save View"),
            tr("Name for this view with its filters, focus, compare setting, name order and "
               "export settings (kept in the dataset):"),
            QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString problem = SavedView::validateName(name);
        if (problem.isEmpty())
            break;
        QMessageBox::warning(m_window, tr("Save View"), problem);
    }
    QString error;
    if (SavedViews::find(*db, name.trimmed(), &error)
        && QMessageBox::question(m_window, tr("Save View"),
               tr("A saved view named “%1” exists. Replace it?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    const SavedView view = capture(name);
    if (save(view))
        emit message(tr("Saved the view “%1” in the dataset").arg(view.name));
}

void SavedViewActions::open(const SavedView &view)
{
    m_showView(view.view);
    m_state->setFilter(view.filter);
    m_state->setFocus(view.focus);
    if (view.nameOrder)
        m_state->setNameOrder(*view.nameOrder);
    ExportActions::rememberOptions(ChartExportOptions::fromJson(view.exportSettings));
    const QList<SourceInfo> &sources = m_workspace->sources();
    const EditionInfo *a = findEdition(sources, view.editionA);
    const EditionInfo *b = findEdition(sources, view.editionB);
    if (a && b && a->id != b->id) {
        m_state->setComparison({a->id, b->id, a->label, b->label});
    } else {
        m_state->clearComparison();
        if (view.editionA > 0 || view.editionB > 0) {
            emit message(tr("“%1” compared editions this dataset no longer has: compare is off")
                             .arg(view.name));
            return;
        }
    }
    emit message(tr("Showing the saved view “%1”").arg(view.name));
}

void SavedViewActions::removeView(const QString &name)
{
    if (QMessageBox::question(m_window, tr("Delete Saved View"),
            tr("Delete the saved view “%1” from the dataset?").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!SavedViews::remove(*m_workspace->database(), name, &error)) {
        QMessageBox::warning(m_window, tr("Delete Saved View"), error);
        return;
    }
    emit message(tr("Deleted the saved view “%1”").arg(name));
}

} // namespace TrendScope
