#include "deltabarsitem.h"

#include "chartstyle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace TrendScope {

namespace {

constexpr double RowGap = 4;
constexpr double TextGap = 5;

} // namespace

DeltaBarsItem::DeltaBarsItem(QCustomPlot *plot)
    : QCPAbstractItem(plot)
{
    setSelectable(false);
}

void DeltaBarsItem::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
}

void DeltaBarsItem::setColors(const QColor &text, const QColor &axis)
{
    m_text = text;
    m_axis = axis;
}

double DeltaBarsItem::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;
}

void DeltaBarsItem::draw(QCPPainter *painter)
{
    m_shown.clear();
    m_barRects.clear();
    const QRectF area = QRectF(clipRect()).adjusted(4, 4, -4, -4);
    if (m_bars.isEmpty() || area.width() < 40)
        return;
    // Larger text on larger canvases, never under the screen size.
    const double scale
        = std::clamp(std::min(area.width() / 800.0, area.height() / 300.0), 1.0, 1.6);
    const QFont font = chartFont(8.5 * scale);
    const QFontMetricsF metrics(font, painter->device());
    const double pitch = metrics.height() + RowGap;
    const int fit = int(area.height() / pitch);
    if (fit < 1)
        return;

    // The largest changes when not all fit, drawn in their given order.
    QList<int> order(m_bars.size());
    std::iota(order.begin(), order.end(), 0);
    if (fit < m_bars.size()) {
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return std::abs(m_bars.at(a).value) > std::abs(m_bars.at(b).value);
        });
        order = order.mid(0, fit);
        std::sort(order.begin(), order.end());
    }

    double nameWidth = 0;
    double valueWidth = 0;
    double most = 0;
    double least = 0;
    for (const int i : std::as_const(order)) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_bars.at(i).label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(m_bars.at(i).valueText));
        most = std::max(most, m_bars.at(i).value);
        least = std::min(least, m_bars.at(i).value);
    }
    nameWidth = std::min(nameWidth, 0.3 * area.width());
    valueWidth += 2;
    const double left = area.left() + nameWidth + TextGap + (least < 0 ? valueWidth + TextGap : 0);
    const double right = area.right() - (most > 0 ? valueWidth + TextGap : 0);
    if (right - left < 8)
        return;
    const double span = most - least > 0 ? most - least : 1;
    const double zero = left + (right - left) * (-least / span);
    const double perUnit = (right - left) / span;

    // Rows centred in the height they have, at most one pitch apart.
    const double top = area.top() + (area.height() - pitch * order.size()) / 2;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    for (int r = 0; r < order.size(); ++r) {
        const Bar &bar = m_bars.at(order.at(r));
        const double y = top + r * pitch;
        const QRectF row(area.left(), y, area.width(), metrics.height());
        painter->setPen(m_text);
        painter->drawText(QRectF(area.left(), y, nameWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
            metrics.elidedText(bar.label, Qt::ElideRight, nameWidth));
        const double end = zero + bar.value * perUnit;
        QRectF rect(QPointF(std::min(zero, end), row.top() + 0.15 * row.height()),
            QPointF(std::max(zero, end), row.bottom() - 0.15 * row.height()));
        if (rect.width() < 1.5) // a zero change still shows where it is
            rect.setWidth(1.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bar.color);
        painter->drawRect(rect);
        m_barRects.append(rect);
        m_shown.append(order.at(r));
        painter->setPen(m_text);
        const bool down = bar.value < 0;
        const QRectF valueRect(down ? rect.left() - TextGap - valueWidth : rect.right() + TextGap,
            y, valueWidth, metrics.height());
        painter->drawText(valueRect,
            (down ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextDontClip,
            bar.valueText);
    }
    painter->setPen(QPen(m_axis, 1.2));
    painter->drawLine(
        QPointF(zero, top - 2), QPointF(zero, top + pitch * order.size() - RowGap + 2));
}

} // namespace TrendScope
