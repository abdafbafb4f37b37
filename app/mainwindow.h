#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace TrendScope {

class ChartView;
class DataEditor;
class DetailsPanel;
class ExplorerState;
class FilterBar;
class Retranslator;
class Workspace;

// Composes the views it is given into one window with menus, shortcuts and a status bar.
// Owns no data: the workspace and the state come from main.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace *workspace, ExplorerState *state, const QList<ChartView *> &views,
        QWidget *parent = nullptr);

    // Opens the dataset the window starts with, in the background: `requested` (--db), else
    // the last file opened, else the user's own copy. A file that cannot be opened is
    // reported, and the user's own copy opens instead.
    void openStartupDataset(const QString &requested);
    // The window's size, docks, view and filters as the last session left them (the GUI
    // calls it; a window the command line drives keeps the filters it was given).
    void restoreSession();

    ChartView *currentView() const;
    void showView(const QString &name);
    QList<ChartView *> views() const { return m_views; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *detailsPanel() const { return m_details; }
    DataEditor *dataEditor() const { return m_dataEditor; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void switchLanguage(const QString &language);
    // After a language change reached every child: the tab and view-menu titles (the charts'
    // titles), the status bar, the details and every page's tables.
    void retranslateViews();
    void buildEditMenu(QMenu *edit);
    void editFocusedEntity();
    void askEditorName();
    bool confirmUnwrittenEdits();
    void openFile();
    void openServerDataset();
    void importFile();
    void loadFailed(const QString &message);
    void updateStatus();
    void saveState() const;

    Workspace *m_workspace;
    ExplorerState *m_state;
    QList<ChartView *> m_views;
    QTabWidget *m_tabs;
    FilterBar *m_filterBar;
    DetailsPanel *m_details;
    DataEditor *m_dataEditor;
    QLabel *m_fileLabel;
    QLabel *m_rowsLabel;
    Retranslator *m_texts;
    QList<QAction *> m_viewActions; // View > one per view, titled as the view's chart
    bool m_fallBackToOwnCopy = false; // a failed start-up open opens the user's own copy
    bool m_rememberFile = false; // the file being opened becomes the one to start with
};

} // namespace TrendScope
