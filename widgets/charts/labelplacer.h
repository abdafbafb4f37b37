#pragma once

#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace TrendScope {

// Places text labels next to points so that no label covers another label, a point, a line
// or leaves `bounds`. Works in pixels and is re-run whenever the chart is drawn, at the size
// it is drawn (screen or export).
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds);

    // Areas labels must not cover (markers, other text).
    void addObstacle(const QRectF &rect);
    // Lines labels must not cross (the curve, arrows).
    void addObstacle(const QPolygonF &polyline);
    void addObstacle(const QLineF &line);

    // The rect for a label of `size` near `anchor`, nearest first among free places; the
    // placed rect becomes an obstacle for later labels. When no place is free the least bad
    // one is returned and `*clean` is set to false.
    QRectF place(
        const QPointF &anchor, const QSizeF &size, double anchorRadius, bool *clean = nullptr);
    // The nearest free rect, which becomes an obstacle; none (and nothing added) when no
    // place is free: the caller leaves that label out.
    std::optional<QRectF> placeFree(const QPointF &anchor, const QSizeF &size, double anchorRadius);

    bool isFree(const QRectF &rect) const;

private:
    // Places near `anchor`, nearest first.
    QList<QRectF> candidates(const QPointF &anchor, const QSizeF &size, double anchorRadius) const;

    QRectF m_bounds;
    QList<QRectF> m_rects;
    QList<QLineF> m_lines;
};

// True when `line` crosses or lies inside `rect`.
bool lineIntersectsRect(const QLineF &line, const QRectF &rect);

} // namespace TrendScope
