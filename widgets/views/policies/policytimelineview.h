#pragma once

#include "chartview.h"

class QAbstractItemModel;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class PolicyTimeline;

// Policies and events: the timeline and the table of the same filtered rows side by side.
// Picking an item, in the chart or the table, focuses it everywhere.
class PolicyTimelineView : public ChartView
{
    Q_OBJECT
public:
    PolicyTimelineView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);

    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }
    PolicyTimeline *chart() const { return m_chart; }

private:
    QAbstractItemModel *m_source;
    ExplorerFilterProxy *m_proxy;
    QTableView *m_table;
    PolicyTimeline *m_chart;
};

} // namespace TrendScope
