#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCustomPlot;

namespace TrendScope {

class ExplorerState;
struct ChartTheme;

// A page of the main window: one chart with its table and controls. The common face every
// view shows to the main window, the exporter and the command line.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    // `name` is the view's stable name: "leaderboard", "maturity-curve", ...
    ChartView(const QString &name, ExplorerState *state, QWidget *parent = nullptr);

    QString viewName() const { return objectName(); }
    virtual QString title() const = 0;
    // The view's name in the window's tabs and menu, in the interface language: the text
    // setTabTitle() gave (a registered view's), else the chart's title.
    QString tabTitle() const;
    // `source` translated in `context` (both kept: string literals marked for lupdate).
    void setTabTitle(const char *context, const char *source);
    virtual QCustomPlot *plot() const = 0;
    virtual void setTheme(const ChartTheme &theme) = 0;
    // Rows the view shows after filtering, and in all.
    virtual int visibleRowCount() const = 0;
    virtual int totalRowCount() const = 0;
    // The rows the view's main table shows, filtered and sorted as on screen.
    virtual QAbstractItemModel *tableModel() const = 0;

signals:
    void rowCountsChanged();

protected:
    ExplorerState *state() const { return m_state; }

private:
    ExplorerState *m_state;
    const char *m_tabTitleContext = nullptr;
    const char *m_tabTitle = nullptr;
};

} // namespace TrendScope
