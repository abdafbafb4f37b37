#pragma once

#include <qcustomplot.h>

namespace TrendScope {

// Horizontal bars of a change, one row each: the name on the left, a bar from a zero line
// (right for an increase, left for a decrease) and its value at the bar's end. Drawn as one
// item whose geometry follows its clip axis rect at draw time, like PieItem, so the screen
// and every export size lay out the same way: rows that do not fit the height are left out,
// the smallest changes first, and shownCount() says how many were drawn.
class DeltaBarsItem : public QCPAbstractItem
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; // as shown at the bar's end, e.g. "+9亿元"
        QColor color;
    };

    explicit DeltaBarsItem(QCustomPlot *plot);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setColors(const QColor &text, const QColor &axis);

    // After a draw: how many bars were drawn, and where (indexes into bars()).
    int shownCount() const { return int(m_shown.size()); }
    QList<int> shown() const { return m_shown; }
    QList<QRectF> barRects() const { return m_barRects; }

    double selectTest(
        const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    QList<Bar> m_bars;
    QColor m_text, m_axis;
    QList<int> m_shown;
    QList<QRectF> m_barRects;
};

} // namespace TrendScope
