#pragma once

#include "chartview.h"

#include <QList>

class QHBoxLayout;
class QSplitter;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class ModelChart;

// A page of one chart and the table of the same filtered rows, with a row of controls above:
// what every view page repeated. The page makes its source's proxy (following the shared
// filter) and its table; a subclass makes its chart over proxy(), adds its own controls, and
// hands the chart to chartAndTable. The ChartView answers all come from the chart and the
// table.
class ChartPage : public ChartView
{
    Q_OBJECT
public:
    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    // The table's rows, filtered, and the source's.
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }

protected:
    struct TableOptions
    {
        int sortColumn = -1; // -1: the model's order until a header is clicked
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        bool tableFirst = false; // the table on the left of the chart
        // The table's rows: the proxy, unless the table sorts a proxy of its own over it.
        QAbstractItemModel *rows = nullptr;
    };

    // `name` is the view's stable name; the table and splitter are named after it.
    ChartPage(const QString &name, QAbstractItemModel *source, ExplorerState *state,
        QWidget *parent = nullptr);

    QAbstractItemModel *source() const { return m_source; }
    // The source's rows under the shared filter: what the chart reads.
    ExplorerFilterProxy *proxy() const { return m_proxy; }
    // The row of controls above the chart.
    QHBoxLayout *controls() const { return m_controls; }
    // A new proxy over `model` that follows the shared filter (the page's own, or a second
    // table's).
    ExplorerFilterProxy *filteredProxy(QAbstractItemModel *model);

    // The chart and the table side by side in a splitter (chart 3 : table 2 as the page
    // grows, `chartWidth` and `tableWidth` pixels at first), the table set up as `options`
    // say and kept in step with the focus. The page places the splitter: setBody, or a tab.
    QSplitter *chartAndTable(
        ModelChart *chart, int chartWidth, int tableWidth, const TableOptions &options);
    // Puts `body` under the controls, taking the page's height.
    void setBody(QWidget *body);

private:
    QAbstractItemModel *m_source;
    ExplorerFilterProxy *m_proxy;
    QTableView *m_table;
    QHBoxLayout *m_controls;
    ModelChart *m_chart = nullptr;
};

} // namespace TrendScope
