#include "policytimelineview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "policytimeline.h"
#include "timelinemodel.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

PolicyTimelineView::PolicyTimelineView(
    QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("policies"), state, parent)
    , m_source(source)
    , m_proxy(new ExplorerFilterProxy(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_chart = new PolicyTimeline(m_proxy, state, this);

    setupTable(m_table, m_proxy, QStringLiteral("policies-table"));
    m_table->sortByColumn(TimelineModel::DateColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(
        TimelineModel::TitleColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(TimelineModel::TitleColumn, 260);
    linkViewToFocus(m_table, state);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(
        tr("Drag or wheel to pan and zoom the time axis; keys + − ← → and 0 on the chart"), this));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("policies-splitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(state, &ExplorerState::filterChanged, this, [this](const Filter &filter) {
        m_proxy->setFilter(filter);
    });
    forwardRowCounts(m_proxy, this);
}

QString PolicyTimelineView::title() const
{
    return m_chart->title();
}
QCustomPlot *PolicyTimelineView::plot() const
{
    return m_chart;
}
void PolicyTimelineView::setTheme(const ChartTheme &theme)
{
    m_chart->setTheme(theme);
}
int PolicyTimelineView::visibleRowCount() const
{
    return m_proxy->rowCount();
}
int PolicyTimelineView::totalRowCount() const
{
    return m_source->rowCount();
}

QAbstractItemModel *PolicyTimelineView::tableModel() const
{
    return m_proxy;
}

} // namespace TrendScope
