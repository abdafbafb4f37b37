#pragma once

#include "modelchart.h"

class QLabel;

namespace TrendScope {

// A model chart whose horizontal axis is time (UTC date keys) and whose vertical axis holds
// lanes. Shared by the timelines: the date axis and its labels, zoom and pan on the time axis
// only (mouse drag and wheel; keys + and - zoom, arrows pan, 0 resets). It sits between
// ModelChart and the timelines, in one line of descent: every time-axis chart reads a model,
// and ModelChart's click-versus-drag test is what keeps a pan from focusing a row.
class TimeAxisPlot : public ModelChart
{
    Q_OBJECT
public:
    TimeAxisPlot(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);

    // How to move through time, for the page to show above the chart.
    static QString usageHint();
    // A label showing usageHint(), set again on every language change (the page outlives it).
    static QLabel *usageHintLabel(QWidget *parent);

    // The range that shows all data; the view returns to it with resetRange() or key 0.
    void setFullRange(const QCPRange &range);
    QCPRange fullRange() const { return m_fullRange; }
    void resetRange();
    // factor < 1 zooms in around the centre of the visible range.
    void zoomBy(double factor);
    // Moves the visible range by this fraction of its width (negative: to the past).
    void panBy(double fraction);

protected:
    // As many date ticks as fit their labels with air between them, at every size.
    void updateLayout() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateTickFormat(const QCPRange &range);

    QCPRange m_fullRange;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
};

} // namespace TrendScope
