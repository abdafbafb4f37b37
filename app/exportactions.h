#pragma once

#include "chartexporter.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace TrendScope {

class ChartView;
class ExplorerState;
class Workspace;

// The presenter's commands: export the current chart (dialog with preview), all charts in
// one go, a PDF report, the rows a view shows or the whole dataset, and clipboard copies.
// Kept apart from MainWindow so that it only composes.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(Workspace *workspace, ExplorerState *state, QList<ChartView *> views,
        std::function<ChartView *()> currentView, QWidget *window);

    void addTo(QMenu *fileMenu, QMenu *editMenu);

    // The export settings the dialogs start from: the last ones used (or a saved view's).
    static ChartExportOptions lastOptions();
    static void rememberOptions(const ChartExportOptions &options);

private:
    void exportChart();
    void exportAllCharts();
    void exportReport();
    void exportViewRows(const QString &format);
    void exportDataset();
    void copyChart();
    void copySelection();
    // A file name from the user that is not the open dataset, or empty.
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter);
    void report(const QString &message);

    Workspace *m_workspace;
    ExplorerState *m_state;
    QList<ChartView *> m_views;
    std::function<ChartView *()> m_currentView;
    QWidget *m_window;
};

} // namespace TrendScope
