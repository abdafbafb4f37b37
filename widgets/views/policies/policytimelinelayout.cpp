// PolicyTimeline's layout: sub-rows, lanes and clusters for the pixel size it is drawn at.

#include "policytimeline.h"

#include "policytimelinestyle.h"

#include <QFontMetricsF>

#include <numeric>
#include <tuple>

namespace TrendScope {

using namespace PolicyTimelineStyle;

bool PolicyTimeline::pack()
{
    const QRect area = axisRect()->rect();
    const QFontMetricsF metrics(labelFont(true)); // bold: a label fits when highlighted too
    const double rowPixels = std::ceil(metrics.height()) + RowAir;
    // Lanes that do not fit one sub-row each are left out, and the last row says how many.
    const int rowsFit = std::max(1, int(area.height() / rowPixels));
    const int lanes = int(m_lanes.size());
    const int shownLanes = lanes <= rowsFit ? lanes : std::max(1, rowsFit - 1);
    const int capacity = std::max(shownLanes, rowsFit - (shownLanes < lanes ? 1 : 0));
    const double maxLabel = std::clamp(area.width() * 0.4, MinLabelWidth, MaxLabelWidth);
    const double left = area.left() + 2, right = area.right() - 2;

    // Pixel extent of each item on screen: its mark and its label, right of the mark's start
    // or, near the right edge, left of it; elided to the room there is.
    QList<QList<int>> itemsOfLane(m_lanes.size());
    QList<QList<Interval>> extents(m_lanes.size());
    QList<bool> fits(m_items.size(), true);
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        const double start = xAxis->coordToPixel(item.span.start);
        const double markStart = item.span.isPoint() ? start - DotRadius : start;
        const double markEnd
            = item.span.isPoint() ? start + DotRadius : xAxis->coordToPixel(item.span.end);
        if (markEnd < area.left() || markStart > area.right()) {
            fits[i] = false; // out of view: neither drawn nor counted
            continue;
        }
        const double after
            = (item.span.isPoint() ? markEnd : std::max(start, double(left))) + LabelPadding;
        const double before = markStart - LabelPadding;
        QString text = metrics.elidedText(item.fullLabel, Qt::ElideRight, maxLabel);
        double width = metrics.horizontalAdvance(text);
        double labelStart = after;
        if (after + width > right) {
            const bool leftSide = before - left > right - after;
            const double room = leftSide ? before - left : right - after;
            text = metrics.elidedText(item.fullLabel, Qt::ElideRight, room);
            width = metrics.horizontalAdvance(text);
            labelStart = leftSide ? before - width : after;
            if (room < MinLabelWidth)
                text.clear();
        }
        item.text->setText(text);
        item.text->setPositionAlignment(
            (labelStart < markStart ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        item.text->setPadding(QMargins());
        item.text->position->setCoords(
            xAxis->pixelToCoord(labelStart < markStart ? labelStart + width : labelStart), 0);
        itemsOfLane[item.lane].append(i);
        extents[item.lane].append(
            {std::min(markStart, labelStart), std::max(markEnd, labelStart + width)});
        fits[i] = !text.isEmpty();
    }

    QList<int> needed;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QList<int> rows = packIntervals(extents.at(lane), LabelGap);
        needed.append(rows.isEmpty() ? 1 : *std::max_element(rows.cbegin(), rows.cend()) + 1);
        for (const int i : itemsOfLane.at(lane)) {
            if (!fits.at(i)) {
                ++needed.last(); // a cluster row
                break;
            }
        }
    }
    const QList<int> allotted = allotRows(needed.mid(0, shownLanes), capacity);

    bool changed = false;
    QList<Cluster> clusters;
    QList<int> clusterRows;
    int clustered = 0;
    int firstRow = 0;
    QMap<double, QString> ticks;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        m_lanes[lane].band->setVisible(lane < shownLanes);
        if (lane >= shownLanes) {
            for (const int i : itemsOfLane.at(lane)) {
                changed = changed || m_items.at(i).shown;
                m_items[i].shown = false;
            }
            continue;
        }
        const QList<int> &members = itemsOfLane.at(lane);
        // The most important first: focused items, then the table's order; an item without
        // room for a label goes last (into a cluster).
        QList<int> order(members.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Item &x = m_items.at(members.at(a)), &y = m_items.at(members.at(b));
            return std::tuple(!fits.at(members.at(a)), !x.lit, x.row)
                < std::tuple(!fits.at(members.at(b)), !y.lit, y.row);
        });
        const int rows = allotted.at(lane);
        const bool roomForAll = rows >= needed.at(lane)
            && std::all_of(members.cbegin(), members.cend(), [&](int i) { return fits.at(i); });
        const QList<int> subRows = roomForAll
            ? packIntervals(extents.at(lane), LabelGap)
            : packByPriority(extents.at(lane), order, rows - 1, LabelGap);
        QList<const Item *> hidden;
        for (int k = 0; k < members.size(); ++k) {
            Item &item = m_items[members.at(k)];
            const bool shown = subRows.at(k) >= 0 && fits.at(members.at(k));
            const int subRow = shown ? subRows.at(k) : rows - 1;
            changed = changed || item.subRow != subRow || item.shown != shown;
            item.subRow = subRow;
            item.shown = shown;
            if (!shown)
                hidden.append(&item);
        }
        for (const Cluster &cluster : clustersOf(hidden)) {
            clusters.append(cluster);
            clusterRows.append(firstRow + rows - 1);
        }
        clustered += int(hidden.size());
        Lane &l = m_lanes[lane];
        changed = changed || l.firstRow != firstRow || l.rows != rows;
        l.firstRow = firstRow;
        l.rows = rows;
        l.band->topLeft->setCoords(0, firstRow);
        l.band->bottomRight->setCoords(1, firstRow + rows);
        ticks.insert(firstRow + rows / 2.0, l.name);
        firstRow += rows;
    }
    if (shownLanes < lanes) {
        ticks.insert(firstRow + 0.5, tr("+%n more lane(s)", nullptr, lanes - shownLanes));
        ++firstRow;
    }
    // Items out of view are neither drawn nor clustered.
    for (int i = 0; i < m_items.size(); ++i) {
        if (!itemsOfLane.at(m_items.at(i).lane).contains(i))
            m_items[i].shown = false;
    }
    changed = changed || clustered != m_clustered;
    m_clustered = clustered;
    qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker())->setTicks(ticks);
    yAxis->setRange(0, std::max(firstRow, 1));

    for (Item &item : m_items) {
        const double y = m_lanes.at(item.lane).firstRow + item.subRow + 0.5;
        item.text->setVisible(item.shown);
        item.text->position->setCoords(item.text->position->coords().x(), y);
        if (item.dot) {
            item.dot->setVisible(item.shown);
            item.dot->position->setCoords(item.span.start, y);
        } else {
            item.bar->setVisible(item.shown);
            item.bar->topLeft->setCoords(item.span.start, y - BarHalfHeight);
            item.bar->bottomRight->setCoords(item.span.end, y + BarHalfHeight);
        }
    }
    for (const Cluster &cluster : std::as_const(m_clusters)) {
        removeItem(cluster.bar);
        removeItem(cluster.text);
    }
    m_clusters = clusters;
    m_clusterRows = clusterRows;
    drawClusters();
    return changed;
}

QList<PolicyTimeline::Cluster> PolicyTimeline::clustersOf(const QList<const Item *> &hidden) const
{
    QList<const Item *> items = hidden;
    std::stable_sort(items.begin(), items.end(),
        [](const Item *a, const Item *b) { return a->span.start < b->span.start; });
    const QFontMetricsF metrics(labelFont(true));
    const double right = axisRect()->rect().right() - 2;
    QList<Cluster> clusters;
    for (const Item *item : std::as_const(items)) {
        const QDate month = QCPAxisTickerDateTime::keyToDateTime(item->span.start).date();
        const DateSpan span = dateSpan(month.toString(QStringLiteral("yyyy-MM")));
        const double start = std::max(span.start, xAxis->range().lower);
        // A neighbour too close for two counts to be read apart takes this one in.
        const bool merge = !clusters.isEmpty()
            && (clusters.last().end >= span.end
                || xAxis->coordToPixel(start)
                    < clusters.last().labelStart + clusters.last().labelWidth + LabelGap);
        if (!merge)
            clusters.append({start, 0, 0, 0, 0, nullptr, nullptr});
        Cluster &cluster = clusters.last();
        cluster.end = std::max(cluster.end, std::min(span.end, xAxis->range().upper));
        ++cluster.count;
        cluster.labelWidth = metrics.horizontalAdvance(QStringLiteral("+%1").arg(cluster.count));
        cluster.labelStart
            = std::min(xAxis->coordToPixel(cluster.start) + 3, right - cluster.labelWidth);
    }
    return clusters;
}

void PolicyTimeline::drawClusters()
{
    for (int i = 0; i < m_clusters.size(); ++i) {
        Cluster &cluster = m_clusters[i];
        const double y = m_clusterRows.at(i) + 0.5;
        cluster.bar = new QCPItemRect(this);
        cluster.bar->topLeft->setCoords(cluster.start, y - BarHalfHeight);
        cluster.bar->bottomRight->setCoords(cluster.end, y + BarHalfHeight);
        cluster.bar->setPen(QPen(theme().mutedText, 1, Qt::DotLine));
        cluster.bar->setBrush(withAlpha(theme().mutedText, 40));
        cluster.bar->setSelectable(false);
        cluster.text = new QCPItemText(this);
        cluster.text->position->setCoords(xAxis->pixelToCoord(cluster.labelStart), y);
        cluster.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        cluster.text->setPadding(QMargins());
        cluster.text->setFont(labelFont(true));
        cluster.text->setColor(theme().mutedText);
        cluster.text->setText(QStringLiteral("+%1").arg(cluster.count));
        cluster.text->setSelectable(false);
    }
}

QList<int> PolicyTimeline::clusterCounts() const
{
    QList<int> counts;
    for (const Cluster &cluster : m_clusters)
        counts.append(cluster.count);
    return counts;
}

void PolicyTimeline::updateLayout()
{
    TimeAxisPlot::updateLayout();
    if (m_packing)
        return;
    // Packing needs the axis rect's pixel size, known only now; new lane heights can move
    // the lane labels and a new subtitle the axis rect, so the layout runs again until it
    // holds (twice at most in practice).
    m_packing = true;
    for (int pass = 0; pass < 3 && pack(); ++pass) {
        if ((m_clustered > 0) != m_subtitleClusters)
            updateSubtitle();
        TimeAxisPlot::updateLayout();
    }
    m_packing = false;
}

} // namespace TrendScope
