#include "pricecuttimeline.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "format.h"
#include "roles.h"

namespace TrendScope {

namespace {

constexpr double Day = 24 * 3600;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

PriceCutTimeline::PriceCutTimeline(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : TimeAxisPlot(model, state, parent)
{
    setObjectName(QStringLiteral("price-cut-chart"));
    setMinimumSize(360, 260);
    retranslate();

    addLayer(QStringLiteral("lines"), layer(QStringLiteral("main")), limBelow);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    // The legend explains the marks, in one row.
    placeLegendBelow(0);

    setTheme(theme());
}

void PriceCutTimeline::retranslate()
{
    chartFrame().setTitle(tr("Cloud price cuts by vendor"));
    xAxis->setLabel(tr("Date (UTC)"));
}

PriceCutTimeline::~PriceCutTimeline() = default;

void PriceCutTimeline::applyChartTheme(const ChartTheme &)
{
    yAxis->setTickLabelFont(chartFont(10, true));
}

void PriceCutTimeline::setProductsColumn(int column)
{
    if (column == m_productsColumn)
        return;
    m_productsColumn = column;
    rebuild();
}

QStringList PriceCutTimeline::laneNames() const
{
    QStringList names;
    for (const Lane &lane : m_lanes)
        names.append(lane.name);
    return names;
}

void PriceCutTimeline::rebuild()
{
    m_cuts.clear();
    m_lanes.clear();
    m_undated = 0;

    // Lanes in order of each vendor's first dated cut, so the chart reads top-left to
    // bottom-right whatever order the table is sorted in.
    struct LaneOrder
    {
        double first = 0;
        QString name;
        EntityRef organization;
    };
    QHash<qint64, LaneOrder> order;
    double minKey = 0, maxKey = 0;
    bool any = false;
    const int rows = model()->rowCount();
    int row = 0;
    for (; row < rows && m_cuts.size() < MaxCuts; ++row) {
        const QModelIndex index = model()->index(row, 0);
        Cut cut;
        cut.row = row;
        cut.entity = index.data(EntityRole).value<EntityRef>();
        cut.organization = index.data(OrganizationEntityRole).value<EntityRef>();
        cut.announced = dateSpan(index.data(DateRole).toString());
        cut.effective = dateSpan(index.data(SecondDateRole).toString());
        cut.label = index.data(LabelRole).toString();
        cut.edition = index.data(EditionRole).toLongLong();
        cut.key = QString::number(cut.organization.id) + QLatin1Char('|')
            + (m_productsColumn >= 0 ? index.siblingAtColumn(m_productsColumn).data().toString()
                                     : QString());
        if (!cut.announced.isValid() && !cut.effective.isValid()) {
            ++m_undated; // listed in the table; there is no place for it on a time axis
            continue;
        }
        const double first = cut.announced.isValid() ? cut.announced.start : cut.effective.start;
        const double last = cut.effective.isValid() ? cut.effective.end : cut.announced.end;
        minKey = any ? std::min(minKey, first) : first;
        maxKey = any ? std::max(maxKey, last) : last;
        any = true;
        auto it = order.find(cut.organization.id);
        if (it == order.end())
            order.insert(cut.organization.id,
                {first, index.data(OrganizationLabelRole).toString(), cut.organization});
        else
            it->first = std::min(it->first, first);
        m_cuts.append(cut);
    }
    m_shownNote = firstRowsNote(int(m_cuts.size()), row, rows);
    markEditionCuts();
    if (!m_marking.missingEdition.isEmpty()) {
        order.clear();
        any = false;
    }
    QList<LaneOrder> lanes = order.values();
    std::sort(lanes.begin(), lanes.end(), [](const LaneOrder &a, const LaneOrder &b) {
        return a.first != b.first ? a.first < b.first : a.name < b.name;
    });
    QHash<qint64, int> laneOf;
    for (const LaneOrder &lane : std::as_const(lanes)) {
        laneOf.insert(lane.organization.id, int(m_lanes.size()));
        m_lanes.append({lane.organization, lane.name, nullptr});
    }
    for (Cut &cut : m_cuts)
        cut.lane = laneOf.value(cut.organization.id);

    if (any) {
        const double pad = std::max(7 * Day, (maxKey - minKey) * 0.12);
        setFullRange(QCPRange(minKey - pad, maxKey + pad));
    } else {
        const double now = QCPAxisTickerDateTime::dateTimeToKey(QDateTime::currentDateTimeUtc());
        setFullRange(QCPRange(now - 180 * Day, now));
    }
    draw();
}

void PriceCutTimeline::markEditionCuts()
{
    m_marking = markEditionsOf(m_cuts, state() ? state()->comparison() : Comparison {},
        [](const Cut &cut) -> EditionKeyedRow {
            const DateSpan &first = cut.announced.isValid() ? cut.announced : cut.effective;
            const DateSpan &last = cut.effective.isValid() ? cut.effective : cut.announced;
            return {cut.edition, cut.key, first.start, last.end};
        });
    // Half a comparison would read as "every cut is new" (or gone): none is drawn.
    if (!m_marking.missingEdition.isEmpty())
        m_cuts.clear();
}

void PriceCutTimeline::draw()
{
    clearPlottables();
    clearItems();

    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    for (int i = 0; i < m_lanes.size(); ++i) {
        Lane &lane = m_lanes[i];
        ticker->addTick(i, lane.name);
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("background"));
        band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(0, i - 0.5);
        band->bottomRight->setCoords(1, i + 0.5);
        band->setSelectable(false);
        lane.band = band;
    }
    yAxis->setRange(-0.5, std::max<qsizetype>(m_lanes.size(), 1) - 0.5);
    if (m_marking.anyB && !m_cuts.isEmpty())
        shadeEditionSpan(this, m_marking); // B's time, behind every lane

    // Legend keys: what the marks mean, drawn in neutral colours and holding no data.
    const QColor neutral = theme().mutedText;
    auto *announcedKey = new QCPGraph(xAxis, yAxis);
    announcedKey->setName(tr("Announced"));
    announcedKey->setLineStyle(QCPGraph::lsNone);
    announcedKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, neutral, neutral, 10));
    auto *effectiveKey = new QCPGraph(xAxis, yAxis);
    effectiveKey->setName(tr("Effective"));
    effectiveKey->setLineStyle(QCPGraph::lsNone);
    effectiveKey->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(neutral, 2), theme().background, 11));
    auto *monthKey = new QCPBars(xAxis, yAxis);
    monthKey->setName(tr("Date known only to the month (bar spans the month)"));
    monthKey->setPen(QPen(neutral));
    monthKey->setBrush(withAlpha(neutral, 70));
    for (QCPAbstractPlottable *key : {static_cast<QCPAbstractPlottable *>(announcedKey),
             static_cast<QCPAbstractPlottable *>(effectiveKey),
             static_cast<QCPAbstractPlottable *>(monthKey)})
        key->setSelectable(QCP::stNone);
    // Comparing editions: a ring around each mark of a cut new in B. The subtitle says what it
    // means: a legend row more leaves a thumbnail no room for the plot.
    QCPGraph *rings = nullptr;
    if (std::any_of(m_cuts.cbegin(), m_cuts.cend(),
            [](const Cut &cut) { return cut.mark == EditionMark::NewInB; })) {
        rings = new QCPGraph(xAxis, yAxis);
        rings->removeFromLegend();
        rings->setLineStyle(QCPGraph::lsNone);
        rings->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, QPen(newInBColor(), 2.5), Qt::NoBrush, 2 * RingRadius - 3));
        rings->setSelectable(QCP::stNone);
    }

    // One graph per lane and per faded or not (cuts of neither edition compared).
    QHash<int, QCPGraph *> announcedGraphs, effectiveGraphs;
    auto graphFor
        = [this](QHash<int, QCPGraph *> &graphs, int key, const QColor &color, bool announced) {
              QCPGraph *&graph = graphs[key];
              if (!graph) {
                  graph = new QCPGraph(xAxis, yAxis);
                  graph->removeFromLegend();
                  graph->setLineStyle(QCPGraph::lsNone);
                  graph->setSelectable(QCP::stNone);
                  graph->setScatterStyle(announced
                          ? QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 2 * PointRadius)
                          : QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(color, 2.5),
                              theme().background, 2 * PointRadius + 2));
              }
              return graph;
          };

    QSet<QString> sources;
    bool monthPrecision = false;
    for (Cut &cut : m_cuts) {
        const bool faded = cut.mark == EditionMark::Neither;
        const bool fresh = cut.mark == EditionMark::NewInB;
        const QColor color = withAlpha(theme().seriesColor(cut.lane), faded ? 90 : 255);
        const double y = cut.lane;
        auto mark = [&](const DateSpan &span, bool announced) {
            if (!span.isValid())
                return;
            if (span.isPoint()) {
                graphFor(announced ? announcedGraphs : effectiveGraphs, 2 * cut.lane + faded, color,
                    announced)
                    ->addData(span.start, y);
                if (fresh)
                    rings->addData(span.start, y);
                return;
            }
            monthPrecision = true;
            auto *bar = new QCPItemRect(this);
            bar->topLeft->setCoords(span.start, y - SpanHalfHeight);
            bar->bottomRight->setCoords(span.end, y + SpanHalfHeight);
            bar->setPen(QPen(fresh ? newInBColor() : color, announced && !fresh ? 1.5 : 2.5,
                announced ? Qt::SolidLine : Qt::DashLine));
            bar->setBrush(withAlpha(color, announced ? 110 : 40));
            bar->setSelectable(false);
        };
        if (cut.announced.isValid() && cut.effective.isValid()) {
            auto *line = new QCPItemLine(this);
            line->setLayer(QStringLiteral("lines"));
            line->start->setCoords(cut.announced.center(), y);
            line->end->setCoords(cut.effective.center(), y);
            line->setPen(QPen(color, 2.5));
            line->setSelectable(false);
        }
        mark(cut.announced, true);
        mark(cut.effective, false);

        // The cut's size above its first mark, the dates under the marks.
        const DateSpan &first = cut.announced.isValid() ? cut.announced : cut.effective;
        auto *text = new QCPItemText(this);
        text->position->setCoords(first.center(), y - SpanHalfHeight - 0.06);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(cut.label);
        text->setFont(chartFont(13, true));
        text->setColor(
            cut.label == tr("not stated") || faded ? theme().mutedText : color.darker(115));
        text->setSelectable(false);
        cut.text = text;
        auto dateLabel = [&](const DateSpan &span, const QString &caption) -> QCPItemText * {
            if (!span.isValid())
                return nullptr;
            auto *label = new QCPItemText(this);
            label->position->setCoords(span.center(), y + SpanHalfHeight + 0.05);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
            label->setText(caption);
            label->setFont(chartFont(8.5));
            label->setColor(theme().mutedText);
            label->setSelectable(false);
            return label;
        };
        const QModelIndex index = model()->index(cut.row, 0);
        cut.announcedText = dateLabel(
            cut.announced, tr("announced %1").arg(Format::date(index.data(DateRole).toString())));
        cut.effectiveText = dateLabel(cut.effective,
            tr("effective %1").arg(Format::date(index.data(SecondDateRole).toString())));
        const QString source = index.data(CitationRole).toString();
        if (!source.isEmpty())
            sources.insert(source);
    }
    monthKey->setVisible(monthPrecision);
    if (!monthPrecision)
        monthKey->removeFromLegend();

    setSources(sources);
    if (!m_marking.missingEdition.isEmpty())
        showEmptyState(true, tr("price cuts in edition %1").arg(m_marking.missingEdition),
            tr("a comparison needs both editions' cuts"));
    else
        showEmptyState(m_cuts.isEmpty(), tr("price cuts"),
            m_undated > 0 ? tr("%n undated, listed in the table only", nullptr, m_undated)
                          : QString());
    updateSubtitle();
    updateHighlight();
}

void PriceCutTimeline::updateSubtitle()
{
    QString subtitle = filterText();
    if (m_hiddenLabels > 0)
        subtitle
            += QStringLiteral(" · ") + tr("some labels left out at this size: hover the marks");
    if (m_undated > 0)
        subtitle += QStringLiteral(" · ")
            + tr("%n undated cut(s) listed in the table only", nullptr, m_undated);
    if (!m_shownNote.isEmpty())
        subtitle += QStringLiteral(" · ") + m_shownNote;
    // Comparing, the editions and the marks come first; an edition without cuts is named in
    // the plot area.
    if (!comparisonText().isEmpty()) {
        const QString marks = m_cuts.isEmpty()
            ? QString()
            : tr("orange ring: new in %1 · shaded: the dates of %1's cuts · faded: neither "
                 "edition")
                    .arg(editionName(state()->comparison(), false))
                + QStringLiteral(" · ");
        subtitle = comparisonText() + QStringLiteral(" · ") + marks + subtitle;
    }
    chartFrame().setSubtitle(subtitle);
    queueReplot();
}

void PriceCutTimeline::updateHighlight()
{
    const EntityRef focus = state()->focus();
    QSet<int> lit;
    for (const Cut &cut : std::as_const(m_cuts)) {
        if (focus.isValid() && (cut.organization == focus || cut.entity == focus))
            lit.insert(cut.lane);
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        QCPItemRect *band = m_lanes.at(i).band;
        if (lit.contains(i)) {
            band->setBrush(withAlpha(theme().highlight, 38));
            band->setPen(QPen(withAlpha(theme().highlight, 160), 1.5));
        } else {
            band->setBrush(i % 2 ? Qt::NoBrush : QBrush(withAlpha(theme().grid, 110)));
            band->setPen(Qt::NoPen);
        }
    }
    queueReplot();
}

QStringList PriceCutTimeline::highlightedLanes() const
{
    QStringList names;
    for (const Lane &lane : m_lanes) {
        if (lane.band && lane.band->pen().style() != Qt::NoPen)
            names.append(lane.name);
    }
    return names;
}

EditionMark PriceCutTimeline::editionMarkOfRow(int row) const
{
    for (const Cut &cut : m_cuts) {
        if (cut.row == row)
            return cut.mark;
    }
    return EditionMark::Plain;
}

QCPRange PriceCutTimeline::shadedSpanB() const
{
    return m_marking.anyB && !m_cuts.isEmpty() ? QCPRange(m_marking.spanBStart, m_marking.spanBEnd)
                                               : QCPRange();
}

} // namespace TrendScope
