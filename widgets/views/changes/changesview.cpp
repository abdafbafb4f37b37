#include "changesview.h"

#include "changeschart.h"
#include "changesmodel.h"
#include "explorerfilterproxy.h"

#include <QHBoxLayout>
#include <QLabel>

namespace TrendScope {

ChangesView::ChangesView(ChangesModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("changes"), source, state, parent)
    , m_chart(new ChangesChart(proxy(), state, this))
{
    auto *hint = new QLabel(
        tr("Facts matched by what they are about (a model on a benchmark, a company, a "
           "technology); hover a row for both sides' sources."),
        this);
    hint->setWordWrap(true);
    controls()->addWidget(hint, 1);
    m_chart->setNotCompared(source->notCompared());
    connect(source, &QAbstractItemModel::modelReset, m_chart,
        [this, source] { m_chart->setNotCompared(source->notCompared()); });
    TableOptions table;
    table.wideColumn = ChangesModel::KeyColumn;
    table.wideColumnWidth = 200;
    setBody(chartAndTable(m_chart, 560, 720, table));
}

} // namespace TrendScope
