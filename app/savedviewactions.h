#pragma once

#include "savedview.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace TrendScope {

class ChartView;
class ExplorerState;
class Workspace;

// File → Save View… and File → Saved Views: names the current view with the shared state
// (filters, focus, editions compared) and the export settings, keeps it in the open dataset,
// and opens it again. Presenter mode steps through the same list.
class SavedViewActions : public QObject
{
    Q_OBJECT
public:
    SavedViewActions(Workspace *workspace, ExplorerState *state,
        std::function<ChartView *()> currentView, std::function<void(const QString &)> showView,
        QWidget *window);

    void addTo(QMenu *fileMenu);

    // The open dataset's saved views (empty without one, or on error: reported).
    QList<SavedView> savedViews();
    // The current view and state as a saved view named `name` (not yet saved).
    SavedView capture(const QString &name) const;
    // Writes `view` into the dataset; false after telling the user why not.
    bool save(const SavedView &view);
    // Shows the saved view's view with its filters, focus and editions; its export settings
    // become the ones the export dialogs start from. Editions the dataset no longer has
    // leave compare off, and say so.
    void open(const SavedView &view);

signals:
    // One line for the status bar.
    void message(const QString &text);

private:
    void saveCurrentView();
    void fillMenu(QMenu *menu);
    void removeView(const QString &name);

    Workspace *m_workspace;
    ExplorerState *m_state;
    std::function<ChartView *()> m_currentView;
    std::function<void(const QString &)> m_showView;
    QWidget *m_window;
};

} // namespace TrendScope
