#include "maturitycurvechart.h"

#include "chartframe.h"
#include "curvecompare.h"
#include "curvelabels.h"
#include "curvelayout.h"
#include "explorerstate.h"
#include "roles.h"

#include <QSet>

namespace TrendScope {

namespace {

constexpr double MarkerSize = CurveLabels::MarkerSize;
constexpr double GhostSize = 11;
constexpr double YTop = 1.12;

} // namespace

MaturityCurveChart::MaturityCurveChart(
    QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
{
    setObjectName(QStringLiteral("maturity-curve-chart"));
    setMinimumSize(360, 280);

    addLayer(QStringLiteral("decor"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    addLayer(QStringLiteral("labels"), layer(QStringLiteral("main")), QCustomPlot::limAbove);

    xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    xAxis->setSubTicks(false);
    yAxis->setTicks(false);
    yAxis->grid()->setVisible(false);
    retranslate();

    placeLegendBelow(6);

    setTheme(theme());
}

void MaturityCurveChart::retranslate()
{
    yAxis->setLabel(tr("Maturity →"));
}

MaturityCurveChart::~MaturityCurveChart() = default;

void MaturityCurveChart::setStages(const MaturityStages &stages)
{
    m_stages = stages;
    rebuild();
}

void MaturityCurveChart::setCurveYear(int year)
{
    m_year = year;
    rebuild();
}

void MaturityCurveChart::setCompareYear(std::optional<int> year)
{
    m_compareYear = year;
    rebuild();
}

QPointF MaturityCurveChart::pixelOf(const CurvePoint &point) const
{
    return {xAxis->coordToPixel(point.x), yAxis->coordToPixel(point.y)};
}

void MaturityCurveChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_points.clear();
    m_arrows.clear();
    m_curve = m_newMarks = m_highlight = nullptr;
    m_labels = nullptr;

    QList<CurveEntry> entries;
    const int rows = model()->rowCount();
    entries.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, 0);
        entries.append({row, index.data(CurveYearRole).toInt(),
            index.data(StageOrdinalRole).toInt(), index.data(LabelRole).toString(),
            index.data(EntityRole).value<EntityRef>(), index.data(IsNewRole).toBool(),
            index.data(DomainRole).toString(), index.data(EditionRole).toLongLong()});
    }
    // Comparing editions: A's latest curve against B's, whatever the curve year chosen.
    const Comparison &comparison = state()->comparison();
    m_editions.reset();
    m_missingEdition.clear();
    if (comparison.isActive()) {
        const CurveComparison c = compareCurves(entries, comparison.editionA, comparison.editionB);
        m_editions = c;
        if (!c.complete()) {
            m_missingEdition = c.yearA ? comparison.nameB : comparison.nameA;
            if (m_missingEdition.isEmpty())
                m_missingEdition
                    = QString::number(c.yearA ? comparison.editionB : comparison.editionA);
            entries.clear();
        } else {
            entries = c.entries;
        }
    }
    const CurveLayout layout = m_editions
        ? layoutCurve(m_stages, entries, CurveComparison::LaterKey, CurveComparison::EarlierKey,
            MaxPointsPerYear)
        : layoutCurve(m_stages, entries, m_year, m_compareYear, MaxPointsPerYear);
    m_shownYear = m_editions ? m_editions->yearB : layout.year;
    m_shownFrom = m_editions ? std::optional<int>(m_editions->yearA) : layout.earlierYear;
    const int kept = int(layout.rows.size());
    m_shownNote = firstRowsNote(kept, kept, kept + layout.leftOut);
    const int stageCount = int(m_stages.size());

    // Stage bands and their names along the x axis; every stage is drawn, occupied or not.
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    ticker->clear();
    QColor bandColor = theme().grid;
    bandColor.setAlpha(theme().name == QLatin1String("dark") ? 90 : 110);
    for (int i = 0; i < stageCount; ++i) {
        const MaturityStage &stage = m_stages.at(i);
        // One name per stage, the one the Names setting puts first (issue 17).
        ticker->addTick(i + 0.5, firstName(stage.name, stage.nameEn, state()->nameOrder()));
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("decor"));
        band->topLeft->setCoords(i, YTop);
        band->bottomRight->setCoords(i + 1, 0);
        band->setPen(Qt::NoPen);
        band->setBrush(i % 2 ? QBrush(bandColor) : QBrush(Qt::NoBrush));
        band->setSelectable(false);
    }

    m_curve = addGraph();
    m_curve->setLayer(QStringLiteral("decor"));
    m_curve->removeFromLegend();
    m_curve->setSelectable(QCP::stNone);
    m_curve->setPen(QPen(theme().axis, 3, Qt::SolidLine, Qt::RoundCap));
    for (const QPointF &p : layout.curve)
        m_curve->addData(p.x(), p.y());

    m_labels = new CurveLabels(this);
    m_labels->setLayer(QStringLiteral("labels"));
    m_labels->curve = layout.curve;
    m_labels->text = theme().text;
    m_labels->muted = theme().mutedText;
    m_labels->highlight = theme().highlight;
    m_labels->background = theme().background;
    m_labels->leader = theme().axis;

    // One graph per domain, coloured in the domains' sorted order.
    QHash<QString, QCPGraph *> graphOfDomain;
    auto domainGraph = [&](const QString &domain) {
        QCPGraph *&graph = graphOfDomain[domain];
        if (!graph) {
            graph = addGraph();
            graph->setName(domain.isEmpty() ? tr("domain not stated") : domain);
            graph->setLineStyle(QCPGraph::lsNone);
            const QColor color = theme().seriesColor(int(layout.domains.indexOf(domain)));
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                QPen(theme().background, 1.5), QBrush(color), MarkerSize));
            graph->setSelectable(QCP::stNone);
        }
        return graph;
    };

    // New marks sit behind the points, so the star's spikes frame the point.
    m_newMarks = addGraph();
    m_newMarks->setLayer(QStringLiteral("decor"));
    m_newMarks->setLineStyle(QCPGraph::lsNone);
    m_newMarks->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssStar, QPen(QColor(0xe8, 0x7a, 0x00), 2.2), Qt::NoBrush, MarkerSize * 2));
    m_newMarks->setName(m_editions ? tr("New in %1").arg(editionName(false))
                                   : tr("New on the %1 curve").arg(layout.year));
    m_newMarks->setSelectable(QCP::stNone);

    QCPGraph *ghosts = nullptr;
    if (layout.earlierYear) {
        ghosts = addGraph();
        ghosts->setName(m_editions ? tr("Position in %1").arg(editionName(true))
                                   : tr("Position on the %1 curve").arg(*layout.earlierYear));
        ghosts->setLineStyle(QCPGraph::lsNone);
        ghosts->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
            QPen(theme().mutedText, 1.8, Qt::DashLine), QBrush(theme().background), GhostSize));
        ghosts->setSelectable(QCP::stNone);
    }

    for (const CurvePoint &p : layout.points) {
        const QPointF at(p.x, p.y);
        m_points.append(p);
        m_labels->markers.append(at);
        if (p.ghost) {
            ghosts->addData(p.x, p.y);
            const int from = m_editions ? m_editions->yearA : *layout.earlierYear;
            // Comparing editions, a technology A had and B has not left the curve.
            const QString text = p.onlyEarlier
                ? (m_editions ? tr("%1 · dropped").arg(p.label)
                              : tr("%1 (%2 only)").arg(p.label).arg(from))
                : tr("%1 (%2)").arg(p.label).arg(from);
            m_labels->labels.append({at, text, p.entity, true});
            continue;
        }
        domainGraph(p.domain)->addData(p.x, p.y);
        if (p.isNew)
            m_newMarks->addData(p.x, p.y);
        m_labels->labels.append({at, p.isNew ? p.label + tr(" · new") : p.label, p.entity, false});
    }
    // Changed stage: an arrow from the earlier to the later position.
    for (const CurveArrow &a : layout.arrows) {
        auto *arrow = new QCPItemLine(this);
        arrow->setLayer(QStringLiteral("decor"));
        arrow->start->setCoords(a.from);
        arrow->end->setCoords(a.to);
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 16, 20));
        arrow->setPen(QPen(theme().highlight.darker(110), 2.2));
        arrow->setSelectable(false);
        m_arrows.append(arrow);
        m_labels->arrows.append(arrow);
    }
    if (m_newMarks->data()->isEmpty())
        m_newMarks->removeFromLegend();

    // Stages without a technology are still drawn, and say so (an empty chart says it once).
    for (const int i : layout.rows.isEmpty() ? QList<int>() : layout.emptyStages)
        m_labels->notes.append({QPointF(i + 0.5, YTop - 0.02), tr("no technology stated")});

    m_highlight = addGraph();
    m_highlight->setLayer(QStringLiteral("decor"));
    m_highlight->removeFromLegend();
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(theme().highlight, 3), Qt::NoBrush, MarkerSize + 12));
    m_highlight->setSelectable(QCP::stNone);

    // The report and figure; the sections of one figure differ only in their last part.
    QSet<QString> citations;
    for (const int row : layout.rows) {
        const QString citation = model()
                                     ->index(row, 0)
                                     .data(CitationRole)
                                     .toString()
                                     .section(QStringLiteral(" · "), 0, 2);
        if (!citation.isEmpty())
            citations.insert(citation);
    }
    xAxis->setRange(0, std::max(1, stageCount));
    yAxis->setRange(0, YTop);
    setSources(citations);
    if (m_missingEdition.isEmpty())
        showEmptyState(m_points.isEmpty(), tr("technology positions"));
    else
        showEmptyState(true, tr("technology positions in edition %1").arg(m_missingEdition),
            tr("a comparison needs both editions' curves"));
    updateSubtitle();
    updateHighlight();
}

void MaturityCurveChart::updateSubtitle()
{
    if (m_points.isEmpty()) // no curve drawn: no years to name
        chartFrame().setTitle(tr("Technology maturity curve"));
    else if (m_shownFrom)
        chartFrame().setTitle(
            tr("Technology maturity curve, %1 → %2").arg(*m_shownFrom).arg(m_shownYear));
    else if (m_shownYear)
        chartFrame().setTitle(tr("Technology maturity curve, %1").arg(m_shownYear));
    else
        chartFrame().setTitle(tr("Technology maturity curve"));
    QString subtitle = filterText();
    // Comparing editions, the title names the two curves' years and the legend the marks.
    if (m_shownFrom && !m_points.isEmpty() && !m_editions)
        subtitle = tr("Arrows: changed stage from %1 to %2 · ").arg(*m_shownFrom).arg(m_shownYear)
            + subtitle;
    if (!comparisonText().isEmpty())
        subtitle = comparisonText() + QStringLiteral(" · ") + subtitle;
    if (!m_shownNote.isEmpty())
        subtitle += QStringLiteral(" · ") + m_shownNote;
    chartFrame().setSubtitle(subtitle);
    queueReplot();
}

void MaturityCurveChart::updateHighlight()
{
    const EntityRef focus = state()->focus();
    if (m_highlight) {
        m_highlight->data()->clear();
        for (const CurvePoint &p : std::as_const(m_points)) {
            if (focus.isValid() && p.entity == focus)
                m_highlight->addData(p.x, p.y);
        }
    }
    if (m_labels)
        m_labels->focus = focus;
    queueReplot();
}

QString MaturityCurveChart::editionName(bool a) const
{
    const Comparison &c = state()->comparison();
    const QString name = a ? c.nameA : c.nameB;
    return name.isEmpty() ? tr("edition %1").arg(a ? c.editionA : c.editionB) : name;
}

int MaturityCurveChart::newMarkCount() const
{
    return m_newMarks ? m_newMarks->dataCount() : 0;
}

QList<int> MaturityCurveChart::highlightedRows() const
{
    QList<int> rows;
    const EntityRef focus = state()->focus();
    for (const CurvePoint &p : m_points) {
        if (focus.isValid() && p.entity == focus && !rows.contains(p.row))
            rows.append(p.row);
    }
    return rows;
}

QList<QRectF> MaturityCurveChart::labelRects() const
{
    return m_labels ? m_labels->lastRects : QList<QRectF>();
}

QStringList MaturityCurveChart::labelTexts() const
{
    QStringList texts;
    if (m_labels) {
        for (const CurveLabels::Label &label : std::as_const(m_labels->labels))
            texts.append(label.text);
    }
    return texts;
}

QPolygonF MaturityCurveChart::curvePixels() const
{
    return m_labels ? m_labels->lastCurve : QPolygonF();
}

QPointF MaturityCurveChart::pointCenter(int row) const
{
    for (const CurvePoint &p : m_points) {
        if (p.row == row)
            return pixelOf(p);
    }
    return {};
}

int MaturityCurveChart::rowAt(const QPointF &pos) const
{
    // Later-year points first: they are drawn on top.
    int best = -1;
    double bestDistance = MarkerSize / 2 + 4;
    for (const CurvePoint &p : m_points) {
        const double d = QLineF(pixelOf(p), pos).length() + (p.ghost ? 0.5 : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = p.row;
        }
    }
    return best;
}

} // namespace TrendScope
