#include "pricecutview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "pricecutmodel.h"
#include "pricecuttimeline.h"
#include "roles.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

PriceCutView::PriceCutView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("price-cuts"), state, parent)
    , m_source(source)
    , m_proxy(new ExplorerFilterProxy(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_chart = new PriceCutTimeline(m_proxy, state, this);

    setupTable(m_table, m_proxy, QStringLiteral("price-cuts-table"));
    m_table->sortByColumn(PriceCutModel::AnnouncedColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(
        PriceCutModel::ProductsColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(PriceCutModel::ProductsColumn, 220);
    // A row stands for its vendor: picking it focuses the vendor, like a click on the chart.
    linkViewToFocus(m_table, state, OrganizationEntityRole);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(
        tr("Drag or wheel to pan and zoom the time axis; keys + − ← → and 0 on the chart"), this));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("price-cuts-splitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(state, &ExplorerState::filterChanged, this, [this](const Filter &filter) {
        m_proxy->setFilter(filter);
    });
    forwardRowCounts(m_proxy, this);
}

QString PriceCutView::title() const
{
    return m_chart->title();
}
QCustomPlot *PriceCutView::plot() const
{
    return m_chart;
}
void PriceCutView::setTheme(const ChartTheme &theme)
{
    m_chart->setTheme(theme);
}
int PriceCutView::visibleRowCount() const
{
    return m_proxy->rowCount();
}
int PriceCutView::totalRowCount() const
{
    return m_source->rowCount();
}

QAbstractItemModel *PriceCutView::tableModel() const
{
    return m_proxy;
}

} // namespace TrendScope
