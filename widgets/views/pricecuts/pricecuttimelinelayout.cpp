// PriceCutTimeline's layout and hit testing: where its labels fit for the pixel size it is
// drawn at, and which cut lies under a point.

#include "pricecuttimeline.h"

#include <QFontMetricsF>

namespace TrendScope {

void PriceCutTimeline::updateLayout()
{
    TimeAxisPlot::updateLayout();
    if (m_cuts.isEmpty())
        return;
    const QRectF area = axisRect()->rect();
    const double laneHeight = area.height() / double(std::max<qsizetype>(m_lanes.size(), 1));
    const double room = laneHeight / 2 - PointRadius - 3; // above or below the marks
    double points = 13;
    while (points > 9 && QFontMetricsF(chartFont(points, true)).height() > room)
        points -= 0.5;
    const QFont sizeFont = chartFont(points, true);
    const QFontMetricsF sizeMetrics(sizeFont);
    const bool above = sizeMetrics.height() <= room;
    const bool dates = above && QFontMetricsF(chartFont(8.5)).height() <= room;

    QList<QRectF> kept;
    int hidden = 0;
    // Shows `text` in `rect` (pixels) if it is inside the plot and clear of the labels kept.
    auto fit = [&](QCPItemText *text, QRectF rect) {
        rect.moveLeft(std::clamp(rect.left(), area.left() + 1, area.right() - 1 - rect.width()));
        const bool free = rect.left() >= area.left() && rect.top() >= area.top()
            && rect.bottom() <= area.bottom()
            && std::none_of(kept.cbegin(), kept.cend(),
                [&](const QRectF &other) { return other.intersects(rect.adjusted(-4, -1, 4, 1)); });
        text->setVisible(free);
        if (!free) {
            ++hidden;
            return;
        }
        kept.append(rect);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->position->setCoords(
            xAxis->pixelToCoord(rect.left()), yAxis->pixelToCoord(rect.top()));
    };
    for (Cut &cut : m_cuts) {
        const double y = yAxis->coordToPixel(cut.lane);
        const DateSpan &first = cut.announced.isValid() ? cut.announced : cut.effective;
        const DateSpan &last = cut.effective.isValid() ? cut.effective : cut.announced;
        cut.text->setFont(sizeFont);
        const double w = sizeMetrics.horizontalAdvance(cut.text->text());
        const double h = sizeMetrics.height();
        // A cut new in the edition compared wears a ring wider than its mark.
        const double radius = cut.mark == EditionMark::NewInB ? RingRadius : PointRadius;
        // Beside the marks: right of the last, or left of the first where the plot ends (the
        // clamp in fit() would otherwise push the label back over its own mark).
        double besideLeft = xAxis->coordToPixel(last.end) + radius + 6;
        if (besideLeft + w > area.right() - 1)
            besideLeft = xAxis->coordToPixel(first.start) - radius - 6 - w;
        fit(cut.text,
            above ? QRectF(xAxis->coordToPixel(first.center()) - w / 2, y - radius - 3 - h, w, h)
                  : QRectF(besideLeft, y - h / 2, w, h));
        for (const auto &[label, span] : {std::pair {cut.announcedText, cut.announced},
                 std::pair {cut.effectiveText, cut.effective}}) {
            if (!label)
                continue;
            if (!dates) { // no room in any lane: the tooltip has the dates
                label->setVisible(false);
                continue;
            }
            const QFontMetricsF metrics(label->font());
            const double dw = metrics.horizontalAdvance(label->text());
            fit(label,
                QRectF(xAxis->coordToPixel(span.center()) - dw / 2, y + PointRadius + 3, dw,
                    metrics.height()));
        }
    }
    const int left = !dates ? std::max(hidden, 1) : hidden;
    const bool noteChanged = (left > 0) != (m_hiddenLabels > 0);
    m_hiddenLabels = left;
    // The note may take the subtitle onto another line: lay out once more (once only).
    static int depth = 0;
    if (noteChanged && depth == 0) {
        updateSubtitle();
        ++depth;
        updateLayout();
        --depth;
    }
}

DateSpan PriceCutTimeline::markerSpan(int row, Marker marker) const
{
    for (const Cut &cut : m_cuts) {
        if (cut.row == row)
            return marker == Marker::Announced ? cut.announced : cut.effective;
    }
    return {};
}

QPointF PriceCutTimeline::markerCenter(int row, Marker marker) const
{
    for (const Cut &cut : m_cuts) {
        if (cut.row != row)
            continue;
        const DateSpan &span = marker == Marker::Announced ? cut.announced : cut.effective;
        if (!span.isValid())
            return {};
        return {xAxis->coordToPixel(span.center()), yAxis->coordToPixel(cut.lane)};
    }
    return {};
}

bool PriceCutTimeline::hitsMarker(const DateSpan &span, int lane, const QPointF &pos) const
{
    if (!span.isValid())
        return false;
    const double y = yAxis->coordToPixel(lane);
    if (span.isPoint())
        return QLineF(QPointF(xAxis->coordToPixel(span.start), y), pos).length() <= PointRadius + 3;
    const double halfHeight = std::abs(yAxis->coordToPixel(lane + SpanHalfHeight) - y);
    return pos.x() >= xAxis->coordToPixel(span.start) - 3
        && pos.x() <= xAxis->coordToPixel(span.end) + 3 && std::abs(pos.y() - y) <= halfHeight + 3;
}

int PriceCutTimeline::rowAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    for (const Cut &cut : m_cuts) {
        if (hitsMarker(cut.announced, cut.lane, pos) || hitsMarker(cut.effective, cut.lane, pos))
            return cut.row;
    }
    for (const Cut &cut : m_cuts) {
        if (!cut.text->visible())
            continue;
        const double d = cut.text->selectTest(pos, false);
        if (d >= 0 && d < 1)
            return cut.row;
    }
    return -1;
}

} // namespace TrendScope
