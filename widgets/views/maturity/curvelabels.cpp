#include "curvelabels.h"

#include "chartstyle.h"
#include "labelplacer.h"

namespace TrendScope {

void CurveLabels::draw(QCPPainter *painter)
{
    QCPAxis *x = parentPlot()->xAxis;
    QCPAxis *y = parentPlot()->yAxis;
    auto pixel = [x, y](const QPointF &c) {
        return QPointF(x->coordToPixel(c.x()), y->coordToPixel(c.y()));
    };

    LabelPlacer placer(QRectF(clipRect()).adjusted(4, 4, -4, -4));
    lastCurve.clear();
    for (const QPointF &c : std::as_const(curve))
        lastCurve.append(pixel(c));
    placer.addObstacle(lastCurve);
    for (const QCPItemLine *arrow : std::as_const(arrows))
        placer.addObstacle(QLineF(arrow->start->pixelPosition(), arrow->end->pixelPosition()));
    const double r = MarkerSize / 2 + 1;
    for (const QPointF &c : std::as_const(markers)) {
        const QPointF p = pixel(c);
        placer.addObstacle(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
    }

    painter->setRenderHint(QPainter::Antialiasing);
    // Larger text on larger canvases (slide exports), never smaller than on screen.
    const QRectF area = clipRect();
    const double scale
        = std::clamp(std::min(area.width() / 900.0, area.height() / 560.0), 1.0, 1.6);
    const QFont noteFont = chartFont(8.5 * scale);
    painter->setFont(noteFont);
    painter->setPen(muted);
    const QFontMetricsF noteMetrics(noteFont, painter->device());
    for (const Note &note : std::as_const(notes)) {
        const QPointF p = pixel(note.coords);
        QRectF rect = noteMetrics.boundingRect(note.text);
        rect.moveCenter(QPointF(p.x(), p.y() + rect.height() / 2 + 4));
        painter->drawText(rect, Qt::AlignCenter, note.text);
        placer.addObstacle(rect);
    }

    lastRects.clear();
    for (const Label &label : std::as_const(labels)) {
        const bool focused = focus.isValid() && label.entity == focus;
        const QFont font = chartFont(9.5 * scale, focused);
        const QFontMetricsF metrics(font, painter->device());
        const QSizeF size = metrics.boundingRect(label.text).size() + QSizeF(8, 2);
        const QPointF anchor = pixel(label.coords);
        const QRectF rect = placer.place(anchor, size, MarkerSize / 2);
        lastRects.append(rect);

        // A leader line when the label had to move away from its point.
        const QPointF nearest(std::clamp(anchor.x(), rect.left(), rect.right()),
            std::clamp(anchor.y(), rect.top(), rect.bottom()));
        if (QLineF(anchor, nearest).length() > MarkerSize / 2 + 8) {
            painter->setPen(QPen(leader, 1));
            QLineF line(anchor, nearest);
            line.setP1(line.pointAt((MarkerSize / 2 + 1) / line.length()));
            painter->drawLine(line);
        }
        QColor fill = background;
        fill.setAlpha(225);
        painter->setPen(focused ? QPen(highlight, 1.5) : QPen(Qt::NoPen));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, 3, 3);
        painter->setFont(font);
        painter->setPen(focused ? highlight : (label.muted ? muted : text));
        painter->drawText(rect, Qt::AlignCenter, label.text);
    }
}

} // namespace TrendScope
