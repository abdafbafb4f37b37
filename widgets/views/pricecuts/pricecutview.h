#pragma once

#include "chartpage.h"

namespace TrendScope {

class PriceCutTimeline;

// Cloud price cuts: the vendor timeline and the table of the same filtered rows side by
// side. Picking a cut, in the chart or the table, focuses its vendor.
class PriceCutView : public ChartPage
{
    Q_OBJECT
public:
    PriceCutView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);

    PriceCutTimeline *chart() const { return m_chart; }

private:
    PriceCutTimeline *m_chart;
};

} // namespace TrendScope
