#include "chartpage.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "modelchart.h"
#include "retranslator.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

ChartPage::ChartPage(
    const QString &name, QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(name, state, parent)
    , m_source(source)
    , m_proxy(filteredProxy(source))
    , m_table(new QTableView(this))
    , m_controls(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_controls);
    // A language switch changes the collation: the page's proxies sort their text again.
    (new Retranslator(this))->add([this] {
        const auto proxies = findChildren<ExplorerFilterProxy *>(Qt::FindDirectChildrenOnly);
        for (ExplorerFilterProxy *proxy : proxies)
            proxy->updateCollation();
    });
}

ExplorerFilterProxy *ChartPage::filteredProxy(QAbstractItemModel *model)
{
    auto *proxy = new ExplorerFilterProxy(this);
    proxy->setSourceModel(model);
    proxy->setFilter(state()->filter());
    connect(state(), &ExplorerState::filterChanged, proxy, &ExplorerFilterProxy::setFilter);
    return proxy;
}

QSplitter *ChartPage::chartAndTable(
    ModelChart *chart, int chartWidth, int tableWidth, const TableOptions &options)
{
    m_chart = chart;
    QAbstractItemModel *rows = options.rows ? options.rows : m_proxy;
    setupTable(m_table, rows, viewName() + QStringLiteral("-table"));
    if (options.sortColumn >= 0)
        m_table->sortByColumn(options.sortColumn, options.sortOrder);
    else
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    linkViewToFocus(m_table, state());
    forwardRowCounts(rows, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(viewName() + QStringLiteral("-splitter"));
    const int chartIndex = options.tableFirst ? 1 : 0;
    splitter->addWidget(options.tableFirst ? static_cast<QWidget *>(m_table) : chart);
    splitter->addWidget(options.tableFirst ? static_cast<QWidget *>(chart) : m_table);
    splitter->setStretchFactor(chartIndex, 3);
    splitter->setStretchFactor(1 - chartIndex, 2);
    splitter->setSizes(options.tableFirst ? QList<int> {tableWidth, chartWidth}
                                          : QList<int> {chartWidth, tableWidth});
    return splitter;
}

void ChartPage::setBody(QWidget *body)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(body, 1);
}

QString ChartPage::title() const
{
    return m_chart->title();
}

QCustomPlot *ChartPage::plot() const
{
    return m_chart;
}

void ChartPage::setTheme(const ChartTheme &theme)
{
    m_chart->setTheme(theme);
}

int ChartPage::visibleRowCount() const
{
    return m_table->model()->rowCount();
}

int ChartPage::totalRowCount() const
{
    return m_source->rowCount();
}

QAbstractItemModel *ChartPage::tableModel() const
{
    return m_table->model();
}

} // namespace TrendScope
