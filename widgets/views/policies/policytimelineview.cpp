#include "policytimelineview.h"

#include "explorerfilterproxy.h"
#include "policytimeline.h"
#include "timelinemodel.h"

#include <QHBoxLayout>

namespace TrendScope {

PolicyTimelineView::PolicyTimelineView(
    QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("policies"), source, state, parent)
    , m_chart(new PolicyTimeline(proxy(), state, this))
{
    controls()->addWidget(TimeAxisPlot::usageHintLabel(this));
    TableOptions table;
    table.sortColumn = TimelineModel::DateColumn;
    setBody(chartAndTable(m_chart, 900, 380, table));
}

} // namespace TrendScope
