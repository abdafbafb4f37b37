#include "policytimeline.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "policytimelinestyle.h"
#include "roles.h"

#include <QFontMetricsF>

namespace TrendScope {

using namespace PolicyTimelineStyle;

PolicyTimeline::PolicyTimeline(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : TimeAxisPlot(model, state, parent)
{
    setObjectName(QStringLiteral("policy-timeline-chart"));
    setMinimumSize(360, 260);
    retranslate();

    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    xAxis->grid()->setVisible(true);

    setTheme(theme());
}

void PolicyTimeline::retranslate()
{
    chartFrame().setTitle(tr("Policies and events"));
}

PolicyTimeline::~PolicyTimeline() = default;

void PolicyTimeline::applyChartTheme(const ChartTheme &)
{
    yAxis->setTickLabelFont(chartFont(LabelPointSize, true));
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
        item.fullLabel = index.data(LabelRole).toString();
        const QString lane = index.data(GroupRole).toString();
        auto it = order.find(lane);
        if (it == order.end())
            order.insert(lane, {item.span.start, lane});
        else
            it->first = std::min(it->first, item.span.start);
        minKey = m_items.isEmpty() ? item.span.start : std::min(minKey, item.span.start);
        maxKey = m_items.isEmpty() ? item.span.end : std::max(maxKey, item.span.end);
        item.group = lane;
        item.edition = index.data(EditionRole).toLongLong();
        m_items.append(item);
    }
    m_shownNote = firstRowsNote(int(m_items.size()), row, rows);
    markEditionItems();
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
    showEmptyState(m_items.isEmpty(), tr("policies or events"),
        m_undated > 0 ? tr("%n undated, listed in the table only", nullptr, m_undated) : QString());
    updateSubtitle();
    updateHighlight();
}

void PolicyTimeline::createItems()
{
    clearItems();
    m_clusters.clear();
    m_clusterRows.clear();
    m_clustered = 0;
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
    if (m_marking.anyB)
        shadeEditionSpan(this, m_marking); // B's time, behind every lane
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
        item.text->setFont(labelFont());
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

void PolicyTimeline::updateSubtitle()
{
    QString subtitle = filterText();
    if (m_undated > 0)
        subtitle += QStringLiteral(" · ")
            + tr("%n undated item(s) listed in the table only", nullptr, m_undated);
    if (!m_shownNote.isEmpty())
        subtitle += QStringLiteral(" · ") + m_shownNote;
    subtitle += QStringLiteral(" · ") + tr("dot: a day · bar: a month or a year");
    if (!comparisonText().isEmpty()) {
        const QString nameB = editionName(state()->comparison(), false);
        subtitle = comparisonText() + QStringLiteral(" · ")
            + (m_marking.missingEdition.isEmpty()
                    ? tr("orange outline: new in %1 · shaded: the dates of %1's items · faded: "
                         "neither edition")
                          .arg(nameB)
                    : tr("No policies or events in edition %1").arg(m_marking.missingEdition))
            + QStringLiteral(" · ") + subtitle;
    }
    m_subtitleClusters = m_clustered > 0;
    if (m_subtitleClusters)
        subtitle += QStringLiteral(" · ")
            + tr("+N: %n item(s) without room for a label, by month; zoom in to see them", nullptr,
                m_clustered);
    chartFrame().setSubtitle(subtitle);
    queueReplot();
}

void PolicyTimeline::updateHighlight()
{
    const EntityRef focus = state()->focus();
    bool litChanged = false;
    for (Item &item : m_items) {
        const bool lit = focus.isValid()
            && (item.entity == focus
                || (focus.kind == EntityKind::Organization && item.organization == focus));
        litChanged = litChanged || lit != item.lit;
        item.lit = lit;
        styleItem(item);
    }
    // A focused item's label goes first into the sub-rows: lay out again.
    if (litChanged && m_clustered > 0)
        replot(QCustomPlot::rpQueuedReplot);
    queueReplot();
}

void PolicyTimeline::styleItem(Item &item)
{
    const bool faded = item.mark == EditionMark::Neither && !item.lit;
    const bool fresh = item.mark == EditionMark::NewInB;
    const QColor color = withAlpha(theme().seriesColor(item.lane), faded ? 90 : 255);
    // The mark carries the highlight colour; the label stays in the text colour (bold), as
    // it is often drawn on its own bar and red on red cannot be read.
    item.text->setFont(labelFont(item.lit || fresh));
    item.text->setColor(faded ? theme().mutedText : theme().text);
    const QPen freshPen(newInBColor(), 2.5);
    if (item.dot) {
        item.dot->setPen(item.lit ? QPen(theme().highlight, 2)
                : fresh           ? freshPen
                                  : QPen(color.darker(130), 1));
        item.dot->setBrush(item.lit ? theme().highlight : color);
    } else {
        item.bar->setPen(item.lit ? QPen(theme().highlight, 2)
                : fresh           ? freshPen
                                  : QPen(Qt::NoPen));
        item.bar->setBrush(
            withAlpha(item.lit ? theme().highlight : color, item.lit ? 50 : (faded ? 30 : 80)));
    }
}

void PolicyTimeline::markEditionItems()
{
    m_marking = markEditionsOf(m_items, state() ? state()->comparison() : Comparison {},
        [](const Item &item) -> EditionKeyedRow {
            return {item.edition, item.group + QLatin1Char('|') + item.fullLabel, item.span.start,
                item.span.end};
        });
}

EditionMark PolicyTimeline::editionMarkOfRow(int row) const
{
    const Item *item = itemOfRow(row);
    return item ? item->mark : EditionMark::Plain;
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

bool PolicyTimeline::isLabelShown(int row) const
{
    const Item *item = itemOfRow(row);
    return item && item->shown;
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
    if (!item || !item->shown)
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
        if (!item.shown)
            continue;
        // A dot is measured from its centre: QCPItemTracer's own test measures a filled circle
        // as "just inside the tolerance" (8 px), which would lose to any label nearby.
        const double mark = item.dot
            ? std::max(0.0, QLineF(item.dot->position->pixelPosition(), pos).length() - DotRadius)
            : item.bar->selectTest(pos, false);
        for (const double d : {mark, item.text->selectTest(pos, false)}) {
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = item.row;
            }
        }
    }
    return best;
}

} // namespace TrendScope
