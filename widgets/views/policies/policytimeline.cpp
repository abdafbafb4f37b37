#include "policytimeline.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "roles.h"

#include <QFontMetricsF>

namespace TrendScope {

namespace {

constexpr double Day = 24 * 3600;
constexpr double DotRadius = 4.5; // pixels
constexpr double LabelPadding = 5; // pixels between a mark and its label
constexpr double LabelGap = 12; // pixels kept free between neighbours in a sub-row
constexpr double MaxLabelWidth = 260; // longer titles are elided; the tooltip has them whole
constexpr double BarHalfHeight = 0.36; // of a sub-row

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

constexpr double MaxLabelPointSize = 9;
constexpr double MinLabelPointSize = 7;

QFont labelFont(double pointSize, bool bold = false)
{
    return chartFont(pointSize, bold);
}

} // namespace

PolicyTimeline::PolicyTimeline(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : TimeAxisPlot(model, state, parent)
{
    setObjectName(QStringLiteral("policy-timeline-chart"));
    setMinimumSize(360, 260);
    chartFrame().setTitle(tr("Policies and events"));

    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    xAxis->grid()->setVisible(true);

    setTheme(theme());
}

PolicyTimeline::~PolicyTimeline() = default;

void PolicyTimeline::applyChartTheme(const ChartTheme &)
{
    yAxis->setTickLabelFont(chartFont(9.5, true));
}

QStringList PolicyTimeline::laneNames() const
{
    QStringList names;
    for (const Lane &lane : m_lanes)
        names.append(lane.name);
    return names;
}

void PolicyTimeline::rebuild()
{
    m_items.clear();
    m_lanes.clear();
    m_undated = 0;

    // Lanes in order of their earliest item, so the chart reads from the top left.
    struct LaneOrder
    {
        double first = 0;
        QString name;
    };
    QHash<QString, LaneOrder> order;
    double minKey = 0, maxKey = 0;
    // Widths at the largest size and bold, so that a label fits its place at any size and
    // when highlighted.
    const QFontMetricsF metrics(labelFont(MaxLabelPointSize, true));
    const int rows = model()->rowCount();
    int row = 0;
    for (; row < rows && m_items.size() < MaxItems; ++row) {
        const QModelIndex index = model()->index(row, 0);
        Item item;
        item.row = row;
        item.span = dateSpan(index.data(DateRole).toString());
        if (!item.span.isValid()) {
            ++m_undated;
            continue;
        }
        item.entity = index.data(EntityRole).value<EntityRef>();
        item.organization = index.data(OrganizationEntityRole).value<EntityRef>();
        item.label
            = metrics.elidedText(index.data(LabelRole).toString(), Qt::ElideRight, MaxLabelWidth);
        item.labelWidth = metrics.horizontalAdvance(item.label);
        const QString lane = index.data(GroupRole).toString();
        auto it = order.find(lane);
        if (it == order.end())
            order.insert(lane, {item.span.start, lane});
        else
            it->first = std::min(it->first, item.span.start);
        minKey = m_items.isEmpty() ? item.span.start : std::min(minKey, item.span.start);
        maxKey = m_items.isEmpty() ? item.span.end : std::max(maxKey, item.span.end);
        item.group = lane;
        m_items.append(item);
    }
    m_shownNote = firstRowsNote(int(m_items.size()), row, rows);
    QList<LaneOrder> lanes = order.values();
    std::sort(lanes.begin(), lanes.end(), [](const LaneOrder &a, const LaneOrder &b) {
        return a.first != b.first ? a.first < b.first : a.name < b.name;
    });
    QHash<QString, int> laneOf;
    for (const LaneOrder &lane : std::as_const(lanes)) {
        laneOf.insert(lane.name, int(m_lanes.size()));
        Lane l;
        l.name = lane.name;
        m_lanes.append(l);
    }
    for (Item &item : m_items)
        item.lane = laneOf.value(item.group);

    createItems();
    if (!m_items.isEmpty()) {
        // Room on the right for the labels of the latest items.
        const double span = std::max(maxKey - minKey, 30 * Day);
        setFullRange(QCPRange(minKey - span * 0.03, maxKey + span * 0.08));
    } else {
        const double now = QCPAxisTickerDateTime::dateTimeToKey(QDateTime::currentDateTimeUtc());
        setFullRange(QCPRange(now - 365 * Day, now));
    }
    updateSubtitle();
    updateHighlight();
}

void PolicyTimeline::createItems()
{
    clearItems();
    for (int i = 0; i < m_lanes.size(); ++i) {
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("background"));
        band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->setPen(Qt::NoPen);
        band->setBrush(i % 2 ? Qt::NoBrush : QBrush(withAlpha(theme().grid, 120)));
        band->setSelectable(false);
        m_lanes[i].band = band;
    }
    QSet<QString> sources;
    for (Item &item : m_items) {
        const QColor color = theme().seriesColor(item.lane);
        if (item.span.isPoint()) {
            item.dot = new QCPItemTracer(this);
            item.dot->setStyle(QCPItemTracer::tsCircle);
            item.dot->setSize(2 * DotRadius);
            item.dot->setPen(QPen(color.darker(130), 1));
            item.dot->setBrush(color);
            item.dot->setSelectable(false);
        } else {
            item.bar = new QCPItemRect(this);
            item.bar->setPen(Qt::NoPen);
            item.bar->setBrush(withAlpha(color, 80));
            item.bar->setSelectable(false);
        }
        item.text = new QCPItemText(this);
        item.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        item.text->setPadding(QMargins(0, 0, 0, 0));
        item.text->setText(item.label);
        item.text->setFont(labelFont(m_labelPointSize));
        item.text->setColor(theme().text);
        item.text->setSelectable(false);
        const QString source = model()->index(item.row, 0).data(CitationRole).toString();
        if (!source.isEmpty())
            sources.insert(source);
    }
    // The reports' names are enough for a source line; sections are in the tooltips.
    QStringList reports;
    for (const QString &source : std::as_const(sources)) {
        const QString report = source.section(QStringLiteral(" · "), 0, 0);
        if (!reports.contains(report))
            reports.append(report);
    }
    reports.sort();
    setSources(reports);
}

bool PolicyTimeline::pack()
{
    // Pixel extent of each item: its mark and its label to the right of the mark's start.
    QList<QList<int>> itemsOfLane(m_lanes.size());
    for (int i = 0; i < m_items.size(); ++i)
        itemsOfLane[m_items.at(i).lane].append(i);
    bool changed = false;
    int firstRow = 0;
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    QMap<double, QString> ticks;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        QList<Interval> intervals;
        for (const int i : std::as_const(itemsOfLane.at(lane))) {
            const Item &item = m_items.at(i);
            const double start = xAxis->coordToPixel(item.span.start);
            const double markEnd
                = item.span.isPoint() ? start + DotRadius : xAxis->coordToPixel(item.span.end);
            const double labelStart
                = start + (item.span.isPoint() ? DotRadius + LabelPadding : LabelPadding);
            intervals.append({item.span.isPoint() ? start - DotRadius : start,
                std::max(markEnd, labelStart + item.labelWidth)});
        }
        const QList<int> subRows = packIntervals(intervals, LabelGap);
        int rows = 1;
        for (int k = 0; k < subRows.size(); ++k) {
            Item &item = m_items[itemsOfLane.at(lane).at(k)];
            if (item.subRow != subRows.at(k))
                changed = true;
            item.subRow = subRows.at(k);
            rows = std::max(rows, item.subRow + 1);
        }
        Lane &l = m_lanes[lane];
        if (l.firstRow != firstRow || l.rows != rows)
            changed = true;
        l.firstRow = firstRow;
        l.rows = rows;
        l.band->topLeft->setCoords(0, firstRow);
        l.band->bottomRight->setCoords(1, firstRow + rows);
        ticks.insert(firstRow + rows / 2.0, l.name);
        firstRow += rows;
    }
    ticker->setTicks(ticks);
    yAxis->setRange(0, std::max(firstRow, 1));
    // Labels as large as the sub-rows allow, a few pixels apart, never unreadably small.
    const double rowPixels = axisRect()->height() / double(std::max(firstRow, 1));
    const double pointSize
        = std::clamp((rowPixels - 4) * 72.0 / 96.0, MinLabelPointSize, MaxLabelPointSize);
    if (!qFuzzyCompare(pointSize, m_labelPointSize)) {
        m_labelPointSize = pointSize;
        for (Item &item : m_items)
            item.text->setFont(labelFont(m_labelPointSize, item.lit));
    }

    for (Item &item : m_items) {
        const double y = m_lanes.at(item.lane).firstRow + item.subRow + 0.5;
        if (item.dot) {
            item.dot->position->setCoords(item.span.start, y);
            item.text->position->setCoords(item.span.start, y);
            item.text->setPadding(QMargins(int(DotRadius + LabelPadding), 0, 0, 0));
        } else {
            item.bar->topLeft->setCoords(item.span.start, y - BarHalfHeight);
            item.bar->bottomRight->setCoords(item.span.end, y + BarHalfHeight);
            item.text->position->setCoords(item.span.start, y);
            item.text->setPadding(QMargins(int(LabelPadding), 0, 0, 0));
        }
    }
    return changed;
}

void PolicyTimeline::updateLayout()
{
    TimeAxisPlot::updateLayout();
    if (m_packing)
        return;
    // Packing needs the axis rect's pixel size, known only now; new lane heights can move
    // the lane labels, so the layout runs once more.
    m_packing = true;
    if (pack())
        TimeAxisPlot::updateLayout();
    m_packing = false;
}

void PolicyTimeline::updateSubtitle()
{
    QString subtitle = filterText();
    if (m_undated > 0)
        subtitle += QStringLiteral(" · ")
            + tr("%n undated item(s) listed in the table only", nullptr, m_undated);
    if (!m_shownNote.isEmpty())
        subtitle += QStringLiteral(" · ") + m_shownNote;
    subtitle += QStringLiteral(" · ") + tr("dot: a day · bar: a month or a year");
    chartFrame().setSubtitle(subtitle);
    queueReplot();
}

void PolicyTimeline::updateHighlight()
{
    const EntityRef focus = state()->focus();
    for (Item &item : m_items) {
        item.lit = focus.isValid()
            && (item.entity == focus
                || (focus.kind == EntityKind::Organization && item.organization == focus));
        const QColor color = theme().seriesColor(item.lane);
        item.text->setFont(labelFont(m_labelPointSize, item.lit));
        item.text->setColor(item.lit ? theme().highlight : theme().text);
        if (item.dot) {
            item.dot->setPen(item.lit ? QPen(theme().highlight, 2) : QPen(color.darker(130), 1));
            item.dot->setBrush(item.lit ? theme().highlight : color);
        } else {
            item.bar->setPen(item.lit ? QPen(theme().highlight, 2) : QPen(Qt::NoPen));
            item.bar->setBrush(withAlpha(item.lit ? theme().highlight : color, 80));
        }
    }
    queueReplot();
}

QList<int> PolicyTimeline::highlightedRows() const
{
    QList<int> rows;
    for (const Item &item : m_items) {
        if (item.lit)
            rows.append(item.row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

const PolicyTimeline::Item *PolicyTimeline::itemOfRow(int row) const
{
    for (const Item &item : m_items) {
        if (item.row == row)
            return &item;
    }
    return nullptr;
}

int PolicyTimeline::laneOfRow(int row) const
{
    const Item *item = itemOfRow(row);
    return item ? item->lane : -1;
}

int PolicyTimeline::subRowOfRow(int row) const
{
    const Item *item = itemOfRow(row);
    return item ? item->subRow : -1;
}

DateSpan PolicyTimeline::itemSpan(int row) const
{
    const Item *item = itemOfRow(row);
    return item ? item->span : DateSpan {};
}

QPointF PolicyTimeline::itemCenter(int row) const
{
    const Item *item = itemOfRow(row);
    if (!item)
        return {};
    const double y = yAxis->coordToPixel(m_lanes.at(item->lane).firstRow + item->subRow + 0.5);
    const double x = xAxis->coordToPixel(item->span.start);
    // A bar is hit a little inside its start; a dot at its centre.
    return {item->span.isPoint() ? x : x + 3, y};
}

int PolicyTimeline::rowAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    int best = -1;
    double bestDistance = 4; // pixels
    for (const Item &item : m_items) {
        for (QCPAbstractItem *part : {static_cast<QCPAbstractItem *>(item.text),
                 item.bar ? static_cast<QCPAbstractItem *>(item.bar)
                          : static_cast<QCPAbstractItem *>(item.dot)}) {
            const double d = part->selectTest(pos, false);
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = item.row;
            }
        }
    }
    return best;
}

} // namespace TrendScope
