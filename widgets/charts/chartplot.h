#pragma once

#include <qcustomplot.h>

namespace TrendScope {

// The base of every TrendScope chart: a QCustomPlot that draws its on-screen pixel buffers
// only when they can be seen. A chart on a hidden tab still rebuilds its plottables and items
// on every change, but leaves the buffers stale until it is shown or painted (a grab), so one
// filter change does not render five charts (PERFORMANCE.md, fix 11). Exports render through
// toPainter / savePdf and never use these buffers.
class ChartPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ChartPlot(QWidget *parent = nullptr);

    // replot(rpQueuedReplot) when visible; otherwise when next painted (shown or grabbed).
    void queueReplot();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_stale = false;
};

} // namespace TrendScope
