#include "fundingview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "fundingchart.h"
#include "fundingcompare.h"
#include "retranslator.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QSet>

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
    auto *chartLabel = new QLabel(this);
    (new Retranslator(this))->add([chartLabel] { chartLabel->setText(tr("Chart:")); });
    controls()->addWidget(chartLabel);
    controls()->addWidget(m_chartBox, 2);
    controls()->addStretch(1);

    TableOptions table; // model order until a header is clicked
    table.rows = m_sorted;
    setBody(chartAndTable(m_chart, 820, 460, table));

    connect(m_chartBox, &QComboBox::activated, this, &FundingView::applyChart);
    connect(source, &QAbstractItemModel::modelReset, this, &FundingView::refreshCharts);
    connect(state, &ExplorerState::comparisonChanged, this, &FundingView::pickComparableChart);

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
    pickComparableChart();
}

void FundingView::applyChart()
{
    const QString key = m_chartBox->currentData().toString();
    if (!state()->comparison().isActive()) {
        proxy()->setRoleFilter(ChartKeyRole, {key});
        return;
    }
    // Comparing editions: the donuts of the chosen kind in every edition; the chart draws
    // A's beside B's.
    const QString kind = fundingChartKind(key);
    QStringList keys;
    for (const auto &[value, row] : proxy()->roleValueRows()) {
        if (fundingChartKind(value) == kind)
            keys.append(value);
    }
    proxy()->setRoleFilter(ChartKeyRole, keys);
}

// Comparing editions, a donut both editions have is shown: the one chosen if it is, else
// the first that is (none: the chart says which edition lacks it).
void FundingView::pickComparableChart()
{
    const Comparison &comparison = state()->comparison();
    if (comparison.isActive()) {
        QHash<QString, QSet<qint64>> editionsOfKind;
        for (const auto &[key, row] : proxy()->roleValueRows())
            editionsOfKind[fundingChartKind(key)].insert(
                source()->index(row, 0).data(EditionRole).toLongLong());
        auto comparable = [&](int item) {
            const QSet<qint64> editions
                = editionsOfKind.value(fundingChartKind(m_chartBox->itemData(item).toString()));
            return editions.contains(comparison.editionA) && editions.contains(comparison.editionB);
        };
        if (!comparable(m_chartBox->currentIndex())) {
            for (int item = 0; item < m_chartBox->count(); ++item) {
                if (comparable(item)) {
                    m_chartBox->setCurrentIndex(item);
                    break;
                }
            }
        }
    }
    applyChart();
}

} // namespace TrendScope
