#pragma once

#include "types.h"

#include <qcustomplot.h>

namespace TrendScope {

// Technology labels, and notes on stages without technologies, laid out each time the chart
// is drawn (at the size it is drawn, on screen or in an export) so that no label covers
// another label, a point, the curve or an arrow. A label with no free place is left out (the
// focused one is placed first) and a line in the corner counts them: the point's tooltip
// names it. Not selectable: clicks go to the points.
class CurveLabels : public QCPAbstractItem
{
public:
    struct Label
    {
        QPointF coords;
        QString text;
        EntityRef entity;
        bool muted = false;
    };
    struct Note
    {
        QPointF coords; // top centre
        QString text;
    };

    explicit CurveLabels(QCustomPlot *plot)
        : QCPAbstractItem(plot)
    {
        setSelectable(false);
    }

    QList<Label> labels;
    QList<Note> notes;
    QList<QPointF> markers;
    QPolygonF curve;
    QList<QCPItemLine *> arrows;
    EntityRef focus;
    QColor text;
    QColor muted;
    QColor highlight;
    QColor background;
    QColor leader;

    QList<QRectF> lastRects;
    int lastLeftOut = 0;
    QPolygonF lastCurve;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

    // Diameter of a technology's point, in pixels: labels keep clear of it.
    static constexpr double MarkerSize = 13;

protected:
    void draw(QCPPainter *painter) override;
};

} // namespace TrendScope
