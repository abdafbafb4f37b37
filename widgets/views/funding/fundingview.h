#pragma once

#include "chartpage.h"

class QComboBox;

namespace TrendScope {

class ExplorerFilterProxy;
class FundingChart;

// Funding shares as donuts: a selector picks the donut (domain shares, AI sub-domains,
// companies by direction or round), the table beside lists its slices.
class FundingView : public ChartPage
{
    Q_OBJECT
public:
    FundingView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);
    ~FundingView() override;

    FundingChart *chart() const { return m_chart; }
    QComboBox *chartBox() const { return m_chartBox; }
    // Shows the donut whose ChartKeyRole is `key`; false if there is none.
    bool showChart(const QString &key);

private:
    void refreshCharts();
    void applyChart();
    void pickComparableChart();

    ExplorerFilterProxy *m_sorted; // the table's rows: the chart's (proxy()), sorted as asked
    QComboBox *m_chartBox;
    FundingChart *m_chart;
};

} // namespace TrendScope
