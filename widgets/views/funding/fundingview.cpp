#include "fundingview.h"

#include "explorerfilterproxy.h"
#include "fundingchart.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace TrendScope {

FundingView::FundingView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("funding"), source, state, parent)
    , m_sorted(new ExplorerFilterProxy(this))
    , m_chartBox(new QComboBox(this))
    , m_chart(nullptr)
{
    proxy()->setRoleFilter(ChartKeyRole, {}); // one donut, once one is chosen
    // The chart keeps the model's slice order; only the table sorts, the chart's rows.
    m_sorted->setSourceModel(proxy());
    m_chart = new FundingChart(proxy(), state, this);

    m_chartBox->setObjectName(QStringLiteral("funding-chart-box"));
    m_chartBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartBox->setMinimumContentsLength(24);
    controls()->addWidget(new QLabel(tr("Chart:"), this));
    controls()->addWidget(m_chartBox, 2);
    controls()->addStretch(1);

    TableOptions table; // model order until a header is clicked
    table.rows = m_sorted;
    setBody(chartAndTable(m_chart, 820, 460, table));

    connect(m_chartBox, &QComboBox::activated, this, &FundingView::applyChart);
    connect(source, &QAbstractItemModel::modelReset, this, &FundingView::refreshCharts);

    refreshCharts();
}

FundingView::~FundingView() = default;

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
    for (const auto &[key, row] : proxy()->roleValueRows())
        m_chartBox->addItem(source()->index(row, 0).data(ChartTitleRole).toString(), key);
    const int index = m_chartBox->findData(current);
    m_chartBox->setCurrentIndex(index >= 0 ? index : 0);
    applyChart();
}

void FundingView::applyChart()
{
    proxy()->setRoleFilter(ChartKeyRole, {m_chartBox->currentData().toString()});
}

} // namespace TrendScope
