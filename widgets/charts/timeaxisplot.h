#pragma once

#include "chartplot.h"

namespace TrendScope {

// A plot whose horizontal axis is time (UTC date keys) and whose vertical axis holds lanes.
// Shared by the timelines: the date axis and its labels, zoom and pan on the time axis only
// (mouse drag and wheel; keys + and - zoom, arrows pan, 0 resets), and telling a click from
// a drag.
class TimeAxisPlot : public ChartPlot
{
    Q_OBJECT
public:
    explicit TimeAxisPlot(QWidget *parent = nullptr);

    // The range that shows all data; the view returns to it with resetRange() or key 0.
    void setFullRange(const QCPRange &range);
    QCPRange fullRange() const { return m_fullRange; }
    void resetRange();
    // factor < 1 zooms in around the centre of the visible range.
    void zoomBy(double factor);
    // Moves the visible range by this fraction of its width (negative: to the past).
    void panBy(double fraction);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    // A press and release at (almost) the same place, in widget coordinates.
    virtual void handleClick(const QPointF &pos) = 0;

private:
    void updateTickFormat(const QCPRange &range);

    QCPRange m_fullRange;
    QPointF m_pressPos;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
};

} // namespace TrendScope
