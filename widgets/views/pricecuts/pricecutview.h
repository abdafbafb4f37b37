#pragma once

#include "chartview.h"

class QAbstractItemModel;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class PriceCutTimeline;

// Cloud price cuts: the vendor timeline and the table of the same filtered rows side by
// side. Picking a cut, in the chart or the table, focuses its vendor.
class PriceCutView : public ChartView
{
    Q_OBJECT
public:
    PriceCutView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);

    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }
    PriceCutTimeline *chart() const { return m_chart; }

private:
    QAbstractItemModel *m_source;
    ExplorerFilterProxy *m_proxy;
    QTableView *m_table;
    PriceCutTimeline *m_chart;
};

} // namespace TrendScope
