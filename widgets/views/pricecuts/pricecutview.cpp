#include "pricecutview.h"

#include "explorerfilterproxy.h"
#include "pricecutmodel.h"
#include "pricecuttimeline.h"
#include "roles.h"

#include <QHBoxLayout>

namespace TrendScope {

PriceCutView::PriceCutView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("price-cuts"), source, state, parent)
    , m_chart(new PriceCutTimeline(proxy(), state, this))
{
    m_chart->setProductsColumn(PriceCutModel::ProductsColumn);
    controls()->addWidget(TimeAxisPlot::usageHintLabel(this));
    TableOptions table;
    table.sortColumn = PriceCutModel::AnnouncedColumn;
    setBody(chartAndTable(m_chart, 760, 520, table));
}

} // namespace TrendScope
