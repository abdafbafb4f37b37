#include "labelplacer.h"

#include <cmath>

namespace TrendScope {

bool lineIntersectsRect(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[]
        = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

LabelPlacer::LabelPlacer(const QRectF &bounds)
    : m_bounds(bounds)
{ }

void LabelPlacer::addObstacle(const QRectF &rect)
{
    m_rects.append(rect);
}

void LabelPlacer::addObstacle(const QPolygonF &polyline)
{
    for (int i = 1; i < polyline.size(); ++i)
        m_lines.append(QLineF(polyline.at(i - 1), polyline.at(i)));
}

void LabelPlacer::addObstacle(const QLineF &line)
{
    m_lines.append(line);
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.contains(rect))
        return false;
    // A little air around every label.
    const QRectF padded = rect.adjusted(-2, -1, 2, 1);
    for (const QRectF &other : m_rects) {
        if (padded.intersects(other))
            return false;
    }
    for (const QLineF &line : m_lines) {
        if (lineIntersectsRect(line, padded))
            return false;
    }
    return true;
}

QList<QRectF> LabelPlacer::candidates(
    const QPointF &anchor, const QSizeF &size, double anchorRadius) const
{
    // Beside the point, then above and below at growing distances, centred or shifted
    // left/right; sorted by distance so the nearest free place wins.
    struct Candidate
    {
        QRectF rect;
        double distance;
    };
    QList<Candidate> candidates;
    const double gap = anchorRadius + 4;
    const double w = size.width();
    const double h = size.height();
    auto add = [&](const QRectF &rect) {
        const double dx = std::max({rect.left() - anchor.x(), anchor.x() - rect.right(), 0.0});
        const double dy = std::max({rect.top() - anchor.y(), anchor.y() - rect.bottom(), 0.0});
        candidates.append({rect, std::hypot(dx, dy)});
    };
    add(QRectF(anchor.x() + gap, anchor.y() - h / 2, w, h));
    add(QRectF(anchor.x() - gap - w, anchor.y() - h / 2, w, h));
    for (int step = 0; step < 14; ++step) {
        const double dy = gap + step * (h * 0.75);
        for (const double shift : {-w / 2, -w + 6.0, -6.0, -w - gap, gap}) {
            add(QRectF(anchor.x() + shift, anchor.y() - dy - h, w, h));
            add(QRectF(anchor.x() + shift, anchor.y() + dy, w, h));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.distance < b.distance; });
    QList<QRectF> rects;
    for (const Candidate &c : std::as_const(candidates))
        rects.append(c.rect);
    return rects;
}

std::optional<QRectF> LabelPlacer::placeFree(
    const QPointF &anchor, const QSizeF &size, double anchorRadius)
{
    const QList<QRectF> rects = candidates(anchor, size, anchorRadius);
    for (const QRectF &rect : rects) {
        if (isFree(rect)) {
            m_rects.append(rect);
            return rect;
        }
    }
    return std::nullopt;
}

QRectF LabelPlacer::place(
    const QPointF &anchor, const QSizeF &size, double anchorRadius, bool *clean)
{
    if (const std::optional<QRectF> free = placeFree(anchor, size, anchorRadius)) {
        if (clean)
            *clean = true;
        return *free;
    }
    // Nothing free (a crowded chart): stay inside the bounds at least.
    QRectF chosen = candidates(anchor, size, anchorRadius).constFirst();
    chosen.moveLeft(std::clamp(chosen.left(), m_bounds.left(),
        std::max(m_bounds.left(), m_bounds.right() - size.width())));
    chosen.moveTop(std::clamp(
        chosen.top(), m_bounds.top(), std::max(m_bounds.top(), m_bounds.bottom() - size.height())));
    if (clean)
        *clean = false;
    m_rects.append(chosen);
    return chosen;
}

} // namespace TrendScope
