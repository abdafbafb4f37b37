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
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

// The rows of one donut (ChartKeyRole equal to the key), in model order.
class ChartKeyProxy : public QSortFilterProxyModel
{
public:
    explicit ChartKeyProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    { }

    void setKey(const QString &key)
    {
        if (key == m_key)
            return;
        m_key = key;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceModel()->index(sourceRow, 0, sourceParent).data(ChartKeyRole).toString()
            == m_key;
    }

private:
    QString m_key;
};

FundingView::FundingView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("funding"), state, parent)
    , m_source(source)
    , m_proxy(new ExplorerFilterProxy(this))
    , m_chartRows(new ChartKeyProxy(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_chartBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_chartRows->setSourceModel(m_proxy);
    // The chart keeps the model's slice order; only the table sorts.
    m_sorted->setSourceModel(m_chartRows);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortLocaleAware(true);
    m_chart = new FundingChart(m_chartRows, state, this);

    m_chartBox->setObjectName(QStringLiteral("funding-chart-box"));
    m_chartBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartBox->setMinimumContentsLength(24);

    m_table->setObjectName(QStringLiteral("funding-table"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // model order until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    QSet<QString> keys; // a set: findData per row made this quadratic (PERFORMANCE.md)
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const QModelIndex index = m_source->index(row, 0);
        const QString key = index.data(ChartKeyRole).toString();
        if (!keys.contains(key)) {
            keys.insert(key);
            m_chartBox->addItem(index.data(ChartTitleRole).toString(), key);
        }
    }
    const int index = m_chartBox->findData(current);
    m_chartBox->setCurrentIndex(index >= 0 ? index : 0);
    applyChart();
}

void FundingView::applyChart()
{
    m_chartRows->setKey(m_chartBox->currentData().toString());
}

} // namespace TrendScope
