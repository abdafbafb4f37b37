#include "fundingview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "fundingchart.h"
#include "fundingsharemodel.h"
#include "roles.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

FundingView::FundingView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("funding"), state, parent)
    , m_source(source)
    , m_proxy(new ExplorerFilterProxy(this))
    , m_sorted(new ExplorerFilterProxy(this))
    , m_chartBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_proxy->setRoleFilter(ChartKeyRole, {}); // one donut, once one is chosen
    // The chart keeps the model's slice order; only the table sorts, the chart's rows.
    m_sorted->setSourceModel(m_proxy);
    m_chart = new FundingChart(m_proxy, state, this);

    m_chartBox->setObjectName(QStringLiteral("funding-chart-box"));
    m_chartBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartBox->setMinimumContentsLength(24);

    setupTable(m_table, m_sorted, QStringLiteral("funding-table"));
    m_table->horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // model order until asked
    linkViewToFocus(m_table, state);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Chart:"), this));
    controls->addWidget(m_chartBox, 2);
    controls->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("funding-splitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 460});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_chartBox, &QComboBox::activated, this, &FundingView::applyChart);
    connect(state, &ExplorerState::filterChanged, this, [this](const Filter &filter) {
        m_proxy->setFilter(filter);
    });
    connect(m_source, &QAbstractItemModel::modelReset, this, &FundingView::refreshCharts);
    forwardRowCounts(m_sorted, this);

    refreshCharts();
}

FundingView::~FundingView() = default;

QString FundingView::title() const
{
    return m_chart->title();
}
QCustomPlot *FundingView::plot() const
{
    return m_chart;
}
void FundingView::setTheme(const ChartTheme &theme)
{
    m_chart->setTheme(theme);
}
int FundingView::visibleRowCount() const
{
    return m_sorted->rowCount();
}
int FundingView::totalRowCount() const
{
    return m_source->rowCount();
}

QAbstractItemModel *FundingView::tableModel() const
{
    return m_sorted;
}

bool FundingView::showChart(const QString &key)
{
    const int index = m_chartBox->findData(key);
    if (index < 0)
        return false;
    m_chartBox->setCurrentIndex(index);
    applyChart();
    return true;
}

// One entry per donut in the model, in model order; the current one is kept when it remains.
void FundingView::refreshCharts()
{
    const QString current = m_chartBox->currentData().toString();
    m_chartBox->clear();
    // The proxy has read every row's donut once already (PERFORMANCE.md, fix 12).
    for (const auto &[key, row] : m_proxy->roleValueRows())
        m_chartBox->addItem(m_source->index(row, 0).data(ChartTitleRole).toString(), key);
    const int index = m_chartBox->findData(current);
    m_chartBox->setCurrentIndex(index >= 0 ? index : 0);
    applyChart();
}

void FundingView::applyChart()
{
    m_proxy->setRoleFilter(ChartKeyRole, {m_chartBox->currentData().toString()});
}

} // namespace TrendScope
