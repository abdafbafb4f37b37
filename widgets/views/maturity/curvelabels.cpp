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
        QRectF rect = noteMetrics.boundingRect(QRectF(), Qt::AlignCenter, note.text);
        rect.moveCenter(QPointF(p.x(), p.y() + rect.height() / 2 + 4));
        if (!placer.isFree(rect))
            continue; // a narrow stage: its band shows it is empty
        painter->drawText(rect, Qt::AlignCenter, note.text);
        placer.addObstacle(rect);
    }

    lastRects.clear();
    lastLeftOut = 0;
    QList<const Label *> order;
    for (const Label &label : std::as_const(labels))
        order.append(&label);
    std::stable_partition(order.begin(), order.end(),
        [this](const Label *label) { return focus.isValid() && label->entity == focus; });
    for (const Label *label : std::as_const(order)) {
        const bool focused = focus.isValid() && label->entity == focus;
        const QFont font = chartFont(9.5 * scale, focused);
        const QFontMetricsF metrics(font, painter->device());
        // The box drawText() lays the text out in (advances, not ink: a full-width "）" is
        // wider than its ink), so Chinese labels fit their boxes too.
        const QSizeF size
            = metrics.boundingRect(QRectF(), Qt::AlignCenter, label->text).size() + QSizeF(8, 2);
        const QPointF anchor = pixel(label->coords);
        const std::optional<QRectF> placed = placer.placeFree(anchor, size, MarkerSize / 2);
        if (!placed) {
            ++lastLeftOut;
            continue;
        }
        const QRectF rect = *placed;
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
        painter->setPen(focused ? highlight : (label->muted ? muted : text));
        painter->drawText(rect, Qt::AlignCenter, label->text);
    }
    if (lastLeftOut > 0) {
        // Said where there is room: the top right corner, else the bottom right.
        const QString note = QCoreApplication::translate("TrendScope::CurveLabels",
            "+%n label(s) without room: hover the points", nullptr, lastLeftOut);
        painter->setFont(noteFont);
        const QSizeF size
            = noteMetrics.boundingRect(QRectF(), Qt::AlignCenter, note).size() + QSizeF(8, 2);
        const QRectF bounds = QRectF(clipRect()).adjusted(4, 4, -4, -4);
        for (const QPointF &corner : {bounds.topRight(), bounds.bottomRight()}) {
            const QRectF rect(corner.y() == bounds.top()
                    ? QPointF(corner.x() - size.width(), corner.y())
                    : QPointF(corner.x() - size.width(), corner.y() - size.height()),
                size);
            if (placer.isFree(rect)) {
                painter->setPen(muted);
                painter->drawText(rect, Qt::AlignCenter, note);
                break;
            }
        }
    }
}

} // namespace TrendScope
