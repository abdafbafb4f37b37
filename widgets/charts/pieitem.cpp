#include "pieitem.h"

#include "chartstyle.h"

#include <cmath>

namespace TrendScope {

namespace {

constexpr double LabelGap = 26; // from the ring to the label column
constexpr double LabelSpacing = 4; // between stacked labels

QFont labelFont(double scale)
{
    return chartFont(10 * scale, true);
}
QFont detailFont(double scale)
{
    return chartFont(9 * scale);
}

// Qt arc angles: degrees counter-clockwise from 3 o'clock.
double qtAngle(double turn)
{
    return 90.0 - turn * 360.0;
}

QPointF onCircle(const QPointF &c, double r, double qtDegrees)
{
    const double a = qDegreesToRadians(qtDegrees);
    return {c.x() + r * std::cos(a), c.y() - r * std::sin(a)};
}

QBrush sliceBrush(const QColor &color, bool hatched)
{
    if (!hatched)
        return QBrush(color);
    return QBrush(color, Qt::BDiagPattern);
}

} // namespace

PieItem::PieItem(QCustomPlot *plot)
    : QCPAbstractItem(plot)
    , m_text(Qt::black)
    , m_muted(Qt::darkGray)
    , m_background(Qt::white)
    , m_highlight(Qt::red)
{
    setSelectable(true);
}

void PieItem::setSlices(const QList<Slice> &slices)
{
    m_slices = slices;
    m_highlighted.clear();
    m_hovered = -1;
}

void PieItem::setHighlighted(const QList<int> &indexes)
{
    m_highlighted = indexes;
}
void PieItem::setHovered(int index)
{
    m_hovered = index;
}
void PieItem::setCenterText(const QString &text)
{
    m_centerText = text;
}

void PieItem::setOuterLabels(bool on)
{
    m_outerLabels = on;
}

void PieItem::setColors(
    const QColor &text, const QColor &muted, const QColor &background, const QColor &highlight)
{
    m_text = text;
    m_muted = muted;
    m_background = background;
    m_highlight = highlight;
}

bool PieItem::hasInnerRing() const
{
    return std::any_of(m_slices.cbegin(), m_slices.cend(), [](const Slice &s) { return s.inner; });
}

double PieItem::textScale() const
{
    // Larger text on larger canvases (slide exports), never smaller than on screen.
    const QRectF area = clipRect();
    return std::clamp(std::min(area.width() / 800.0, area.height() / 560.0), 1.0, 1.6);
}

double PieItem::labelWidth() const
{
    const QFontMetricsF label(labelFont(textScale()));
    const QFontMetricsF detail(detailFont(textScale()));
    double width = 0;
    for (const Slice &s : m_slices) {
        if (!s.inner)
            width = std::max(
                {width, label.horizontalAdvance(s.label), detail.horizontalAdvance(s.detail)});
    }
    return width + 8;
}

QPointF PieItem::center() const
{
    return QRectF(clipRect()).center();
}

double PieItem::radius() const
{
    const QRectF area = QRectF(clipRect()).adjusted(8, 8, -8, -8);
    const double byHeight = area.height() / 2 - 18;
    const double byWidth
        = m_outerLabels ? area.width() / 2 - LabelGap - labelWidth() : area.width() / 2 - 4;
    // A donut much larger than its labels reads as a poster, not a chart.
    const double bySize = 0.36 * std::min(area.width(), 1.4 * area.height());
    return std::max(30.0, std::min({byHeight, byWidth, bySize}));
}

PieItem::Rings PieItem::rings() const
{
    const double r = radius();
    if (hasInnerRing())
        return {0.62 * r, r, 0.30 * r, 0.59 * r};
    return {0.55 * r, r, 0, 0};
}

double PieItem::pullOut(int index) const
{
    return m_highlighted.contains(index) ? 0.07 * radius() : 0.0;
}

QPainterPath PieItem::slicePath(int index) const
{
    if (index < 0 || index >= m_slices.size())
        return {};
    const Slice &s = m_slices.at(index);
    const Rings r = rings();
    const double inner = s.inner ? r.innerInner : r.outerInner;
    const double outer = s.inner ? r.innerOuter : r.outerOuter;
    const double a0 = qtAngle(s.start);
    const double sweep = -std::min(1.0, s.span) * 360.0;
    const QPointF c = onCircle(center(), pullOut(index), a0 + sweep / 2);
    const QRectF outerRect(c.x() - outer, c.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerRect(c.x() - inner, c.y() - inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerRect, a0);
    path.arcTo(outerRect, a0, sweep);
    path.arcTo(innerRect, a0 + sweep, -sweep);
    path.closeSubpath();
    return path;
}

QPointF PieItem::sliceCenter(int index) const
{
    if (index < 0 || index >= m_slices.size())
        return {};
    const Slice &s = m_slices.at(index);
    const Rings r = rings();
    const double mid
        = s.inner ? (r.innerInner + r.innerOuter) / 2 : (r.outerInner + r.outerOuter) / 2;
    return onCircle(center(), mid + pullOut(index), qtAngle(s.start + s.span / 2));
}

int PieItem::sliceAt(const QPointF &pos) const
{
    // Pulled-out slices stick out over their neighbours: test them first.
    for (const int index : m_highlighted) {
        if (slicePath(index).contains(pos))
            return index;
    }
    for (int i = 0; i < m_slices.size(); ++i) {
        if (slicePath(i).contains(pos))
            return i;
    }
    return -1;
}

double PieItem::selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const
{
    if (onlySelectable && !selectable())
        return -1;
    const int index = sliceAt(pos);
    if (index < 0)
        return -1;
    if (details)
        *details = index;
    return 0;
}

void PieItem::draw(QCPPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF c = center();
    const Rings r = rings();

    // A faint track: where slices are filtered away, the gap shows as track, not as nothing.
    QColor track = m_muted;
    track.setAlpha(40);
    QPainterPath trackPath;
    trackPath.addEllipse(c, r.outerOuter, r.outerOuter);
    trackPath.addEllipse(c, r.outerInner, r.outerInner);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawPath(trackPath);

    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices.at(i);
        if (s.span <= 0)
            continue;
        const QPainterPath path = slicePath(i);
        QColor color = s.color;
        if (i == m_hovered)
            color = color.lighter(115);
        if (s.hatched) {
            // Hatching over a pale fill of the same colour.
            painter->setPen(Qt::NoPen);
            QColor pale = color;
            pale.setAlpha(70);
            painter->setBrush(pale);
            painter->drawPath(path);
        }
        painter->setBrush(sliceBrush(color, s.hatched));
        painter->setPen(QPen(m_background, 1.5));
        painter->drawPath(path);
    }
    // Outlines on top of every fill.
    for (int i = 0; i < m_slices.size(); ++i) {
        if (m_highlighted.contains(i)) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(m_highlight, 3));
            painter->drawPath(slicePath(i));
        } else if (i == m_hovered) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(m_text, 1.5));
            painter->drawPath(slicePath(i));
        }
    }

    const double scale = textScale();
    // Inner ring: the group's name and share inside its segment when they fit.
    const QFont innerFont = chartFont(8.5 * scale, true);
    const QFontMetricsF innerMetrics(innerFont, painter->device());
    painter->setFont(innerFont);
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices.at(i);
        if (!s.inner || s.span <= 0)
            continue;
        const double mid = (r.innerInner + r.innerOuter) / 2;
        const double arc = 2 * M_PI * mid * s.span;
        const QString text
            = s.label + QLatin1Char('\n') + s.detail.section(QStringLiteral(" · "), 0, 0);
        QRectF rect = innerMetrics.boundingRect(QRectF(0, 0, 400, 100), Qt::AlignCenter, text);
        if (rect.width() > r.innerOuter - r.innerInner - 4 || rect.height() > arc - 4)
            continue;
        rect.moveCenter(sliceCenter(i));
        painter->setPen(s.color.lightness() > 150 ? m_text : QColor(Qt::white));
        painter->drawText(rect, Qt::AlignCenter | Qt::TextDontClip, text);
    }

    // Outer ring labels: a column left and right of the donut, stacked without overlap,
    // each joined to its slice by a leader line.
    struct Placed
    {
        int index;
        QPointF anchor;
        QPointF elbow;
        QRectF rect;
        bool right;
    };
    const QFont nameFont = labelFont(scale);
    const QFont smallFont = detailFont(scale);
    const QFontMetricsF nameMetrics(nameFont, painter->device());
    const QFontMetricsF smallMetrics(smallFont, painter->device());
    const double lineHeight = nameMetrics.height() + smallMetrics.height();
    QList<Placed> left;
    QList<Placed> right;
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices.at(i);
        if (s.inner || s.span <= 0 || !m_outerLabels)
            continue;
        const double mid = qtAngle(s.start + s.span / 2);
        const QPointF sliceOrigin = onCircle(c, pullOut(i), mid);
        Placed p;
        p.index = i;
        p.anchor = onCircle(sliceOrigin, r.outerOuter, mid);
        p.elbow = onCircle(sliceOrigin, r.outerOuter + 12, mid);
        p.right = std::cos(qDegreesToRadians(mid)) >= -1e-9;
        const double width = std::max(nameMetrics.horizontalAdvance(s.label),
                                 smallMetrics.horizontalAdvance(s.detail))
            + 4;
        const double x
            = p.right ? c.x() + r.outerOuter + LabelGap : c.x() - r.outerOuter - LabelGap - width;
        p.rect = QRectF(x, p.elbow.y() - lineHeight / 2, width, lineHeight);
        (p.right ? right : left).append(p);
    }
    const QRectF bounds = QRectF(clipRect()).adjusted(2, 2, -2, -2);
    auto stack = [&bounds](QList<Placed> &column) {
        std::sort(column.begin(), column.end(),
            [](const Placed &a, const Placed &b) { return a.rect.top() < b.rect.top(); });
        for (int i = 0; i < column.size(); ++i) {
            const double minTop
                = i == 0 ? bounds.top() : column.at(i - 1).rect.bottom() + LabelSpacing;
            if (column[i].rect.top() < minTop)
                column[i].rect.moveTop(minTop);
        }
        for (int i = int(column.size()) - 1; i >= 0; --i) {
            const double maxBottom = i == column.size() - 1
                ? bounds.bottom()
                : column.at(i + 1).rect.top() - LabelSpacing;
            if (column[i].rect.bottom() > maxBottom)
                column[i].rect.moveBottom(maxBottom);
        }
    };
    stack(left);
    stack(right);
    m_labelRects.clear();
    for (const QList<Placed> *column : {&left, &right}) {
        for (const Placed &p : *column) {
            const Slice &s = m_slices.at(p.index);
            const bool focused = m_highlighted.contains(p.index);
            const QPointF edge(
                p.right ? p.rect.left() - 2 : p.rect.right() + 2, p.rect.center().y());
            painter->setPen(QPen(focused ? m_highlight : m_muted, focused ? 1.8 : 1));
            painter->setBrush(Qt::NoBrush);
            const QPointF path[] = {p.anchor, p.elbow, edge};
            painter->drawPolyline(path, 3);
            // TextDontClip: a Chinese run is taller than the Latin line box it is given.
            const int align
                = (p.right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop | Qt::TextDontClip;
            painter->setFont(nameFont);
            painter->setPen(focused ? m_highlight : m_text);
            painter->drawText(
                QRectF(p.rect.left(), p.rect.top(), p.rect.width(), nameMetrics.height()), align,
                s.label);
            painter->setFont(smallFont);
            painter->setPen(m_muted);
            painter->drawText(QRectF(p.rect.left(), p.rect.top() + nameMetrics.height(),
                                  p.rect.width(), smallMetrics.height()),
                align, s.detail);
            m_labelRects.append(p.rect);
        }
    }

    if (!m_centerText.isEmpty()) {
        // The total inside the hole: large, then small, then its first line alone; when even
        // that does not fit the hole it is left out (the table has it) rather than spill.
        const double hole = hasInnerRing() ? r.innerInner : r.outerInner;
        const QString firstLine = m_centerText.section(QLatin1Char('\n'), 0, 0);
        for (const auto &[points, text] : {std::pair {12.0, m_centerText},
                 std::pair {8.5, m_centerText}, std::pair {8.5, firstLine}}) {
            const QFont font = chartFont(points * scale, true);
            const QFontMetricsF metrics(font, painter->device());
            QRectF rect = metrics.boundingRect(QRectF(0, 0, 1000, 200), Qt::AlignCenter, text);
            // Inside the circle: the rect's corners within the hole's radius.
            if (std::hypot(rect.width() / 2, rect.height() / 2) > hole - 3)
                continue;
            rect.moveCenter(c);
            painter->setFont(font);
            painter->setPen(m_text);
            painter->drawText(rect, Qt::AlignCenter | Qt::TextDontClip, text);
            break;
        }
    }
}

SliceLegendItem::SliceLegendItem(
    QCPLegend *legend, const QString &name, const QColor &color, bool hatched)
    : QCPAbstractLegendItem(legend)
    , m_name(name)
    , m_color(color)
    , m_hatched(hatched)
{
    setSelectable(false);
}

void SliceLegendItem::draw(QCPPainter *painter)
{
    const QSize icon = mParentLegend->iconSize();
    const QRectF swatch(mRect.left(), mRect.top() + (mRect.height() - icon.height()) / 2.0,
        icon.height(), icon.height());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (m_hatched) {
        QColor pale = m_color;
        pale.setAlpha(70);
        painter->setBrush(pale);
        painter->drawRect(swatch);
    }
    painter->setBrush(sliceBrush(m_color, m_hatched));
    painter->drawRect(swatch);
    painter->setFont(font());
    painter->setPen(textColor());
    const QRectF text(swatch.right() + mParentLegend->iconTextPadding(), mRect.top(), mRect.width(),
        mRect.height());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, m_name);
}

QSize SliceLegendItem::minimumOuterSizeHint() const
{
    const QFontMetrics metrics(font());
    const QSize icon = mParentLegend->iconSize();
    const QRect text = metrics.boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_name);
    return QSize(icon.height() + mParentLegend->iconTextPadding() + text.width() + mMargins.left()
            + mMargins.right(),
        std::max(text.height(), icon.height()) + mMargins.top() + mMargins.bottom());
}

} // namespace TrendScope
