#include "leaderboardview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "roles.h"
#include "viewlinks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

LeaderboardView::LeaderboardView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("leaderboard"), state, parent), m_source(source),
      m_proxy(new ExplorerFilterProxy(this)), m_organization(new QComboBox(this)), m_table(new QTableView(this)), m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_chart = new LeaderboardChart(m_proxy, state, this);

    m_organization->setObjectName(QStringLiteral("leaderboard-organization"));
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setObjectName(QStringLiteral("leaderboard-table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    linkViewToFocus(m_table, state);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Organization:"), this));
    filters->addWidget(m_organization);
    filters->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("leaderboard-splitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_organization, &QComboBox::activated, this,
            [this] { this->state()->setOrganization(m_organization->currentData().toString()); });
    connect(state, &ExplorerState::filterChanged, this, [this](const Filter &filter) {
        m_proxy->setFilter(filter);
        showFilter();
    });
    connect(m_source, &QAbstractItemModel::modelReset, this, &LeaderboardView::refreshOrganizations);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChartView::rowCountsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChartView::rowCountsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChartView::rowCountsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChartView::rowCountsChanged);

    refreshOrganizations();
}

QString LeaderboardView::title() const { return m_chart->title(); }
QCustomPlot *LeaderboardView::plot() const { return m_chart; }
void LeaderboardView::setTheme(const ChartTheme &theme) { m_chart->setTheme(theme); }
int LeaderboardView::visibleRowCount() const { return m_proxy->rowCount(); }
int LeaderboardView::totalRowCount() const { return m_source->rowCount(); }
QAbstractItemModel *LeaderboardView::tableModel() const { return m_proxy; }

void LeaderboardView::refreshOrganizations()
{
    QSet<QString> unique; // a set: a list's contains() made this quadratic on large datasets
    const int rows = m_source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString name = m_source->index(row, 0).data(OrganizationNameRole).toString();
        if (!name.isEmpty())
            unique.insert(name);
    }
    QStringList names(unique.cbegin(), unique.cend());
    names.sort();
    m_organization->clear();
    m_organization->addItem(tr("All organizations"), QString());
    for (const QString &name : std::as_const(names))
        m_organization->addItem(name, name);
    showFilter();
}

// Mirrors the shared filter in this view's own controls (it may come from another view).
void LeaderboardView::showFilter()
{
    const Filter &filter = state()->filter();
    int index = m_organization->findData(filter.organization);
    if (index < 0) {
        // An organization this leaderboard does not list: show it rather than hide the filter.
        m_organization->addItem(filter.organization, filter.organization);
        index = m_organization->count() - 1;
    }
    m_organization->setCurrentIndex(index);
}

} // namespace TrendScope
