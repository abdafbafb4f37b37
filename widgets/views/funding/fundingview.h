#pragma once

#include "chartview.h"

class QAbstractItemModel;
class QComboBox;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class FundingChart;

// Funding shares as donuts: a selector picks the donut (domain shares, AI sub-domains,
// companies by direction or round), the table beside lists its slices.
class FundingView : public ChartView
{
    Q_OBJECT
public:
    FundingView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);
    ~FundingView() override;

    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }
    FundingChart *chart() const { return m_chart; }
    QComboBox *chartBox() const { return m_chartBox; }
    // Shows the donut whose ChartKeyRole is `key`; false if there is none.
    bool showChart(const QString &key);

private:
    void refreshCharts();
    void applyChart();

    QAbstractItemModel *m_source;
    ExplorerFilterProxy *m_proxy;  // the chart's rows: one donut, in model order
    ExplorerFilterProxy *m_sorted; // the table's rows: the chart's, sorted as asked
    QComboBox *m_chartBox;
    QTableView *m_table;
    FundingChart *m_chart;
};

} // namespace TrendScope
