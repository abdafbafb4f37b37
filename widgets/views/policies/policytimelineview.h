#pragma once

#include "chartpage.h"

namespace TrendScope {

class PolicyTimeline;

// Policies and events: the timeline and the table of the same filtered rows side by side.
// Picking an item, in the chart or the table, focuses it everywhere.
class PolicyTimelineView : public ChartPage
{
    Q_OBJECT
public:
    PolicyTimelineView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);

    PolicyTimeline *chart() const { return m_chart; }

private:
    PolicyTimeline *m_chart;
};

} // namespace TrendScope
