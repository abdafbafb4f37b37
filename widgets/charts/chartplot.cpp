#include "chartplot.h"

namespace TrendScope {

ChartPlot::ChartPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    // Any replot (QCustomPlot's own on a resize, an export's) leaves the buffers fresh.
    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_stale = false; });
}

void ChartPlot::queueReplot()
{
    if (isVisible()) {
        replot(rpQueuedReplot);
        return;
    }
    m_stale = true;
}

void ChartPlot::paintEvent(QPaintEvent *event)
{
    // Shown or grabbed: draw the buffers before they are put on screen.
    if (m_stale)
        replot(rpQueuedRefresh);
    QCustomPlot::paintEvent(event);
}

} // namespace TrendScope
