#include "maturitycurvechart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "labelplacer.h"
#include "roles.h"

#include <QSet>

#include <cmath>

namespace TrendScope {

namespace {

constexpr double MarkerSize = 13;
constexpr double GhostSize = 11;
constexpr double YTop = 1.12;

} // namespace

// Technology labels, and notes on stages without technologies, laid out each time the chart
// is drawn (at the size it is drawn, on screen or in an export) so that no label covers
// another label, a point, the curve or an arrow. Not selectable: clicks go to the points.
class CurveLabels : public QCPAbstractItem
{
public:
    struct Label
    {
        QPointF coords;
        QString text;
        EntityRef entity;
        bool muted = false;
    };
    struct Note
    {
        QPointF coords; // top centre
        QString text;
    };

    explicit CurveLabels(QCustomPlot *plot)
        : QCPAbstractItem(plot)
    {
        setSelectable(false);
    }

    QList<Label> labels;
    QList<Note> notes;
    QList<QPointF> markers;
    QPolygonF curve;
    QList<QCPItemLine *> arrows;
    EntityRef focus;
    QColor text;
    QColor muted;
    QColor highlight;
    QColor background;
    QColor leader;

    QList<QRectF> lastRects;
    QPolygonF lastCurve;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override
    {
        QCPAxis *x = parentPlot()->xAxis;
        QCPAxis *y = parentPlot()->yAxis;
        auto pixel = [x, y](const QPointF &c) {
            return QPointF(x->coordToPixel(c.x()), y->coordToPixel(c.y()));
        };

        LabelPlacer placer(QRectF(clipRect()).adjusted(4, 4, -4, -4));
        lastCurve.clear();
        for (const QPointF &c : std::as_const(curve))
            lastCurve.append(pixel(c));
        placer.addObstacle(lastCurve);
        for (const QCPItemLine *arrow : std::as_const(arrows))
            placer.addObstacle(QLineF(arrow->start->pixelPosition(), arrow->end->pixelPosition()));
        const double r = MarkerSize / 2 + 1;
        for (const QPointF &c : std::as_const(markers)) {
            const QPointF p = pixel(c);
            placer.addObstacle(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
        }

        painter->setRenderHint(QPainter::Antialiasing);
        // Larger text on larger canvases (slide exports), never smaller than on screen.
        const QRectF area = clipRect();
        const double scale
            = std::clamp(std::min(area.width() / 900.0, area.height() / 560.0), 1.0, 1.6);
        const QFont noteFont = chartFont(8.5 * scale);
        painter->setFont(noteFont);
        painter->setPen(muted);
        const QFontMetricsF noteMetrics(noteFont, painter->device());
        for (const Note &note : std::as_const(notes)) {
            const QPointF p = pixel(note.coords);
            QRectF rect = noteMetrics.boundingRect(note.text);
            rect.moveCenter(QPointF(p.x(), p.y() + rect.height() / 2 + 4));
            painter->drawText(rect, Qt::AlignCenter, note.text);
            placer.addObstacle(rect);
        }

        lastRects.clear();
        for (const Label &label : std::as_const(labels)) {
            const bool focused = focus.isValid() && label.entity == focus;
            const QFont font = chartFont(9.5 * scale, focused);
            const QFontMetricsF metrics(font, painter->device());
            const QSizeF size = metrics.boundingRect(label.text).size() + QSizeF(8, 2);
            const QPointF anchor = pixel(label.coords);
            const QRectF rect = placer.place(anchor, size, MarkerSize / 2);
            lastRects.append(rect);

            // A leader line when the label had to move away from its point.
            const QPointF nearest(std::clamp(anchor.x(), rect.left(), rect.right()),
                std::clamp(anchor.y(), rect.top(), rect.bottom()));
            if (QLineF(anchor, nearest).length() > MarkerSize / 2 + 8) {
                painter->setPen(QPen(leader, 1));
                QLineF line(anchor, nearest);
                line.setP1(line.pointAt((MarkerSize / 2 + 1) / line.length()));
                painter->drawLine(line);
            }
            QColor fill = background;
            fill.setAlpha(225);
            painter->setPen(focused ? QPen(highlight, 1.5) : QPen(Qt::NoPen));
            painter->setBrush(fill);
            painter->drawRoundedRect(rect, 3, 3);
            painter->setFont(font);
            painter->setPen(focused ? highlight : (label.muted ? muted : text));
            painter->drawText(rect, Qt::AlignCenter, label.text);
        }
    }
};

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
    yAxis->setLabel(tr("Maturity →"));

    placeLegendBelow(6);

    setTheme(theme());
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

double MaturityCurveChart::curveY(double x) const
{
    // A logistic S: slow start among frontier technologies, steep through adoption,
    // flattening towards maturity.
    const double n = std::max<qsizetype>(1, m_stages.size());
    const double k = 7.0 / n;
    return 0.1 + 0.8 / (1.0 + std::exp(-k * (x - n / 2.0)));
}

QPointF MaturityCurveChart::pixelOf(const Point &point) const
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

    const int stageCount = int(m_stages.size());
    const double n = std::max(1, stageCount);
    QHash<int, int> bandOfOrdinal;
    for (int i = 0; i < stageCount; ++i)
        bandOfOrdinal.insert(m_stages.at(i).ordinal, i);

    // Which years to draw: the chosen one (or the latest), and the comparison year.
    QSet<int> yearSet;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row)
        yearSet.insert(model()->index(row, 0).data(CurveYearRole).toInt());
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());
    int later = years.contains(m_year) ? m_year : (years.isEmpty() ? m_year : years.constLast());
    std::optional<int> earlier;
    if (m_compareYear && *m_compareYear != later) {
        earlier = std::min(*m_compareYear, later);
        later = std::max(*m_compareYear, later);
    }
    m_shownYear = later;
    m_shownFrom = earlier;

    // Stage bands and their names along the x axis; every stage is drawn, occupied or not.
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    ticker->clear();
    QColor bandColor = theme().grid;
    bandColor.setAlpha(theme().name == QLatin1String("dark") ? 90 : 110);
    for (int i = 0; i < stageCount; ++i) {
        const MaturityStage &stage = m_stages.at(i);
        ticker->addTick(i + 0.5,
            stage.nameEn.isEmpty() ? stage.name : stage.name + QLatin1Char('\n') + stage.nameEn);
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
    QColor curveColor = theme().axis;
    m_curve->setPen(QPen(curveColor, 3, Qt::SolidLine, Qt::RoundCap));
    QPolygonF curveCoords;
    const int samples = 240;
    for (int i = 0; i <= samples; ++i) {
        const double x = n * i / samples;
        curveCoords.append(QPointF(x, curveY(x)));
        m_curve->addData(x, curveY(x));
    }

    // Points: spread evenly along their stage's stretch of the curve, ordered by name.
    struct Entry
    {
        int row;
        int band;
        QString label;
        EntityRef entity;
        bool isNew;
        QString domain;
    };
    QList<Entry> laterEntries;
    QList<Entry> earlierEntries;
    QSet<QString> citations;
    int leftOut = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, 0);
        const int year = index.data(CurveYearRole).toInt();
        if (year != later && (!earlier || year != *earlier))
            continue;
        if ((year == later ? laterEntries : earlierEntries).size() >= MaxPointsPerYear) {
            ++leftOut;
            continue;
        }
        const int ordinal = index.data(StageOrdinalRole).toInt();
        if (!bandOfOrdinal.contains(ordinal))
            continue;
        Entry e {row, bandOfOrdinal.value(ordinal), index.data(LabelRole).toString(),
            index.data(EntityRole).value<EntityRef>(), index.data(IsNewRole).toBool(),
            index.data(DomainRole).toString()};
        (year == later ? laterEntries : earlierEntries).append(e);
        // The report and figure; the sections of one figure differ only in their last part.
        const QString citation
            = index.data(CitationRole).toString().section(QStringLiteral(" · "), 0, 2);
        if (!citation.isEmpty())
            citations.insert(citation);
    }
    const int kept = int(laterEntries.size() + earlierEntries.size());
    m_shownNote = firstRowsNote(kept, kept, kept + leftOut);
    // Which earlier positions are drawn: technologies that changed stage or left the curve
    // (same stage both years: the later point says it).
    QHash<qint64, int> laterBandByTech;
    for (const Entry &e : std::as_const(laterEntries))
        laterBandByTech.insert(e.entity.id, e.band);
    QSet<qint64> onEarlier;
    QList<Entry> ghostEntries;
    for (const Entry &e : std::as_const(earlierEntries)) {
        onEarlier.insert(e.entity.id);
        if (!laterBandByTech.contains(e.entity.id) || laterBandByTech.value(e.entity.id) != e.band)
            ghostEntries.append(e);
    }

    // Points: spread evenly along their stage's stretch of the curve, ordered by name (later
    // year first), so an earlier position never hides under a later one.
    QList<std::pair<Entry, bool>> drawn; // entry, ghost
    for (const Entry &e : std::as_const(laterEntries))
        drawn.append({e, false});
    for (const Entry &e : std::as_const(ghostEntries))
        drawn.append({e, true});
    std::stable_sort(drawn.begin(), drawn.end(), [](const auto &a, const auto &b) {
        if (a.first.band != b.first.band)
            return a.first.band < b.first.band;
        if (a.first.label != b.first.label)
            return a.first.label < b.first.label;
        return a.second < b.second;
    });
    QHash<int, int> perBand;
    for (const auto &d : std::as_const(drawn))
        ++perBand[d.first.band];
    QHash<int, int> seen;
    QList<Point> laterPoints;
    QList<Point> ghostPoints;
    for (const auto &[e, ghost] : std::as_const(drawn)) {
        const int k = seen[e.band]++;
        Point p;
        p.row = e.row;
        p.x = e.band + (k + 1.0) / (perBand.value(e.band) + 1.0);
        p.y = curveY(p.x);
        p.entity = e.entity;
        p.isNew = e.isNew;
        p.ghost = ghost;
        (ghost ? ghostPoints : laterPoints).append(p);
    }

    m_labels = new CurveLabels(this);
    m_labels->setLayer(QStringLiteral("labels"));
    m_labels->curve = curveCoords;
    m_labels->text = theme().text;
    m_labels->muted = theme().mutedText;
    m_labels->highlight = theme().highlight;
    m_labels->background = theme().background;
    m_labels->leader = theme().axis;

    // Domain colours, in a stable order.
    QStringList domains;
    for (const Entry &e : std::as_const(laterEntries))
        if (!domains.contains(e.domain))
            domains.append(e.domain);
    for (const Entry &e : std::as_const(earlierEntries))
        if (!domains.contains(e.domain))
            domains.append(e.domain);
    std::sort(domains.begin(), domains.end());
    QHash<QString, QCPGraph *> graphOfDomain;
    auto domainGraph = [&](const QString &domain) {
        QCPGraph *&graph = graphOfDomain[domain];
        if (!graph) {
            graph = addGraph();
            graph->setName(domain.isEmpty() ? tr("domain not stated") : domain);
            graph->setLineStyle(QCPGraph::lsNone);
            const QColor color = theme().seriesColor(domains.indexOf(domain));
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
    m_newMarks->setName(tr("New on the %1 curve").arg(later));
    m_newMarks->setSelectable(QCP::stNone);

    QCPGraph *ghosts = nullptr;
    if (earlier) {
        ghosts = addGraph();
        ghosts->setName(tr("Position on the %1 curve").arg(*earlier));
        ghosts->setLineStyle(QCPGraph::lsNone);
        ghosts->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
            QPen(theme().mutedText, 1.8, Qt::DashLine), QBrush(theme().background), GhostSize));
        ghosts->setSelectable(QCP::stNone);
    }

    for (Point p : laterPoints) {
        if (earlier && !onEarlier.contains(p.entity.id))
            p.isNew = true; // only on the later curve
        const QModelIndex index = model()->index(p.row, 0);
        domainGraph(index.data(DomainRole).toString())->addData(p.x, p.y);
        if (p.isNew)
            m_newMarks->addData(p.x, p.y);
        m_points.append(p);
        m_labels->markers.append(QPointF(p.x, p.y));
        QString text = index.data(LabelRole).toString();
        if (p.isNew)
            text += tr(" · new");
        m_labels->labels.append({QPointF(p.x, p.y), text, p.entity, false});
    }
    for (const Point &p : std::as_const(ghostPoints)) {
        ghosts->addData(p.x, p.y);
        m_points.append(p);
        m_labels->markers.append(QPointF(p.x, p.y));
        const QString name = model()->index(p.row, 0).data(LabelRole).toString();
        if (!laterBandByTech.contains(p.entity.id)) {
            m_labels->labels.append(
                {QPointF(p.x, p.y), tr("%1 (%2 only)").arg(name).arg(*earlier), p.entity, true});
            continue;
        }
        m_labels->labels.append(
            {QPointF(p.x, p.y), tr("%1 (%2)").arg(name).arg(*earlier), p.entity, true});
        // Changed stage: an arrow from the earlier to the later position.
        for (const Point &to : std::as_const(laterPoints)) {
            if (to.entity != p.entity)
                continue;
            auto *arrow = new QCPItemLine(this);
            arrow->setLayer(QStringLiteral("decor"));
            arrow->start->setCoords(p.x, p.y);
            arrow->end->setCoords(to.x, to.y);
            arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 16, 20));
            arrow->setPen(QPen(theme().highlight.darker(110), 2.2));
            arrow->setSelectable(false);
            m_arrows.append(arrow);
            m_labels->arrows.append(arrow);
            break;
        }
    }
    if (m_newMarks->data()->isEmpty())
        m_newMarks->removeFromLegend();

    // Stages without a technology are still drawn, and say so.
    for (int i = 0; i < stageCount; ++i) {
        const bool occupied = std::any_of(
            m_points.cbegin(), m_points.cend(), [i](const Point &p) { return int(p.x) == i; });
        if (!occupied)
            m_labels->notes.append({QPointF(i + 0.5, YTop - 0.02), tr("no technology stated")});
    }

    m_highlight = addGraph();
    m_highlight->setLayer(QStringLiteral("decor"));
    m_highlight->removeFromLegend();
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(theme().highlight, 3), Qt::NoBrush, MarkerSize + 12));
    m_highlight->setSelectable(QCP::stNone);

    xAxis->setRange(0, n);
    yAxis->setRange(0, YTop);
    QStringList sourceList(citations.cbegin(), citations.cend());
    sourceList.sort();
    chartFrame().setSourceLine(sourceList.isEmpty()
            ? QString()
            : tr("Source: %1").arg(sourceList.join(QStringLiteral("; "))));
    updateSubtitle();
    updateHighlight();
}

void MaturityCurveChart::updateSubtitle()
{
    if (m_shownFrom)
        chartFrame().setTitle(
            tr("Technology maturity curve, %1 → %2").arg(*m_shownFrom).arg(m_shownYear));
    else if (m_shownYear)
        chartFrame().setTitle(tr("Technology maturity curve, %1").arg(m_shownYear));
    else
        chartFrame().setTitle(tr("Technology maturity curve"));
    QString subtitle = filterText();
    if (m_shownFrom)
        subtitle = tr("Arrows: changed stage from %1 to %2 · ").arg(*m_shownFrom).arg(m_shownYear)
            + subtitle;
    if (m_points.isEmpty())
        subtitle = tr("No technology positions to show · ") + subtitle;
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
        for (const Point &p : std::as_const(m_points)) {
            if (focus.isValid() && p.entity == focus)
                m_highlight->addData(p.x, p.y);
        }
    }
    if (m_labels)
        m_labels->focus = focus;
    queueReplot();
}

int MaturityCurveChart::newMarkCount() const
{
    return m_newMarks ? m_newMarks->dataCount() : 0;
}

QList<int> MaturityCurveChart::highlightedRows() const
{
    QList<int> rows;
    const EntityRef focus = state()->focus();
    for (const Point &p : m_points) {
        if (focus.isValid() && p.entity == focus && !rows.contains(p.row))
            rows.append(p.row);
    }
    return rows;
}

QList<QRectF> MaturityCurveChart::labelRects() const
{
    return m_labels ? m_labels->lastRects : QList<QRectF>();
}

QPolygonF MaturityCurveChart::curvePixels() const
{
    return m_labels ? m_labels->lastCurve : QPolygonF();
}

QPointF MaturityCurveChart::pointCenter(int row) const
{
    for (const Point &p : m_points) {
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
    for (const Point &p : m_points) {
        const double d = QLineF(pixelOf(p), pos).length() + (p.ghost ? 0.5 : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = p.row;
        }
    }
    return best;
}

} // namespace TrendScope
