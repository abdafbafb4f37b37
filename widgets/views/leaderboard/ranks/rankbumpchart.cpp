#include "rankbumpchart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "format.h"
#include "roles.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace TrendScope {

namespace {

// A snapshot along the axis: a benchmark's date in one edition.
struct SnapshotKey
{
    QString date;
    qint64 edition = 0;
    bool operator<(const SnapshotKey &o) const
    {
        return date != o.date ? date < o.date : edition < o.edition;
    }
    bool operator==(const SnapshotKey &o) const { return date == o.date && edition == o.edition; }
};

struct Point
{
    int row = 0;
    SnapshotKey snapshot;
    int rank = 0;
};

} // namespace

RankBumpChart::RankBumpChart(
    QAbstractItemModel *model, int rankColumn, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
    , m_rankColumn(rankColumn)
{
    setObjectName(QStringLiteral("rank-bump-chart"));
    setMinimumSize(320, 240);
    retranslate();
    yAxis->setRangeReversed(true);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis->grid()->setVisible(true);
    yAxis->grid()->setVisible(false);
    setTheme(theme());
}

void RankBumpChart::retranslate()
{
    chartFrame().setTitle(tr("Leaderboard ranks across snapshots"));
    yAxis->setLabel(tr("Rank (derived)"));
}

RankBumpChart::~RankBumpChart() = default;

void RankBumpChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_lines.clear();
    m_labels.clear();
    m_snapshotNames.clear();
    m_tickNames.clear();
    m_maxRank = 0;
    m_modelCount = 0;

    // The benchmark with the most snapshots, and its points.
    QHash<QString, std::map<SnapshotKey, int>> snapshotsOf; // benchmark -> snapshots
    QStringList benchmarks;
    QList<std::pair<QString, Point>> points;
    QSet<QString> sources;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, 0);
        const int rank = model()->index(row, m_rankColumn).data(SortRole).toInt();
        if (!index.data(ValueRole).isValid() || rank <= 0)
            continue;
        const QString benchmark = index.data(GroupRole).toString();
        const SnapshotKey key {
            index.data(DateRole).toString(), index.data(EditionRole).toLongLong()};
        if (!benchmarks.contains(benchmark))
            benchmarks.append(benchmark);
        snapshotsOf[benchmark][key] = 0;
        points.append({benchmark, Point {row, key, rank}});
    }
    m_benchmark.clear();
    for (const QString &benchmark : std::as_const(benchmarks))
        if (m_benchmark.isEmpty()
            || snapshotsOf[benchmark].size() > snapshotsOf[m_benchmark].size())
            m_benchmark = benchmark;
    std::map<SnapshotKey, int> &snapshots = snapshotsOf[m_benchmark];
    const Comparison comparison = state() ? state()->comparison() : Comparison {};
    int x = 0;
    for (auto &[key, index] : snapshots) {
        index = x++;
        m_snapshotNames.append(key.date);
        QString tick = Format::date(key.date);
        if (comparison.isActive() && key.edition == comparison.editionA)
            tick += QStringLiteral(" A");
        else if (comparison.isActive() && key.edition == comparison.editionB)
            tick += QStringLiteral(" B");
        m_tickNames.append(tick);
    }

    if (snapshots.size() >= 2) {
        // At most MaxLines lines: the models ranked best in the last snapshot. A thousand
        // lines show none of them, and cost a graph each on every filter change.
        QList<std::pair<Point, EntityRef>> ofBenchmark;
        QSet<qint64> models;
        QList<std::pair<int, qint64>> lastRanks; // rank, model id
        const SnapshotKey lastSnapshot = snapshots.rbegin()->first;
        for (const auto &[benchmark, point] : std::as_const(points)) {
            if (benchmark != m_benchmark)
                continue;
            const EntityRef entity
                = model()->index(point.row, 0).data(ParentEntityRole).value<EntityRef>();
            ofBenchmark.append({point, entity});
            models.insert(entity.id);
            if (point.snapshot == lastSnapshot)
                lastRanks.append({point.rank, entity.id});
        }
        m_modelCount = int(models.size());
        QSet<qint64> drawn = models;
        if (m_modelCount > MaxLines) {
            std::sort(lastRanks.begin(), lastRanks.end());
            drawn.clear();
            for (const auto &[rank, id] : std::as_const(lastRanks))
                if (drawn.size() < MaxLines)
                    drawn.insert(id);
        }

        QHash<qint64, int> lineOf; // model id -> m_lines index
        for (const auto &[point, entity] : std::as_const(ofBenchmark)) {
            if (!drawn.contains(entity.id))
                continue;
            const QModelIndex index = model()->index(point.row, 0);
            // One line per model, through its entries of each snapshot.
            auto it = lineOf.constFind(entity.id);
            if (it == lineOf.constEnd()) {
                Line line;
                line.entity = entity;
                line.organization = index.data(OrganizationEntityRole).value<EntityRef>();
                line.graph = new QCPGraph(xAxis, yAxis);
                line.graph->setName(index.data(LabelRole).toString());
                const QColor color = theme().seriesColor(entity.id);
                line.graph->setPen(QPen(color, 2));
                line.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 7));
                line.graph->setSelectable(QCP::stWhole);
                auto *decorator = new QCPSelectionDecorator;
                decorator->setPen(QPen(theme().highlight, 4));
                line.graph->setSelectionDecorator(decorator);
                m_lines.append(line);
                it = lineOf.insert(entity.id, int(m_lines.size()) - 1);
            }
            Line &line = m_lines[*it];
            const double key = snapshots.at(point.snapshot);
            // Points in key order: the rows may come in any order (the table's sorting).
            int at = 0;
            while (at < line.rows.size() && line.graph->data()->at(at)->key < key)
                ++at;
            line.graph->addData(key, point.rank);
            line.rows.insert(at, point.row);
            m_maxRank = std::max(m_maxRank, point.rank);
            const QString source = index.data(CitationRole).toString();
            if (!source.isEmpty())
                sources.insert(source);
        }
        // End labels; models of equal rank at the same end share one.
        const double last = double(snapshots.size() - 1);
        std::map<std::tuple<double, bool, int>, QStringList> ends;
        for (const Line &line : std::as_const(m_lines)) {
            const auto first = line.graph->data()->constBegin();
            const auto end = line.graph->data()->constEnd() - 1;
            const QString name = line.graph->name();
            if (first != end || first->key < last)
                ends[{first->key, true, int(first->value)}].append(name);
            if (first != end || first->key == last)
                ends[{end->key, false, int(end->value)}].append(name);
        }
        for (const auto &[where, labelNames] : ends) {
            EndLabel label;
            std::tie(label.key, label.left, label.rank) = where;
            label.text = Format::list(labelNames);
            label.item = new QCPItemText(this);
            label.item->position->setCoords(label.key, label.rank);
            label.item->setPositionAlignment(
                (label.left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            label.item->setPadding(label.left ? QMargins(0, 0, 6, 0) : QMargins(6, 0, 0, 0));
            label.item->setFont(chartFont(8.5));
            label.item->setColor(theme().text);
            label.item->setSelectable(false);
            label.item->setText(label.text);
            m_labels.append(label);
        }
    }
    m_shownRanks = m_maxRank;
    setSources(sources);
    if (snapshots.size() == 1)
        showEmptyState(true, tr("rank changes"),
            tr("%1 has one snapshot (%2): nothing to compare yet")
                .arg(m_benchmark, Format::date(m_snapshotNames.value(0))));
    else
        showEmptyState(m_lines.isEmpty(), tr("leaderboard ranks"));
    fit();
    updateSubtitle();
    updateHighlight();
}

bool RankBumpChart::fit()
{
    if (m_lines.isEmpty())
        return false;
    // As many ranks as the labels' height allows.
    const double rowPixels = std::ceil(QFontMetricsF(chartFont(8.5)).height()) + 2;
    const double height = axisRect()->height() > 0 ? axisRect()->height() : viewport().height();
    const int shown = std::clamp(int(height / rowPixels), 1, m_maxRank);
    auto yTicker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    yTicker->clear();
    for (int rank = 1; rank <= shown; ++rank)
        yTicker->addTick(rank, QString::number(rank));
    yAxis->setRange(0.5, shown + 0.5);

    // Room left and right of the first and last snapshot for the names; a name longer than a
    // third of the plot area is elided.
    const double width = axisRect()->width() > 0 ? axisRect()->width() : viewport().width();
    const double last = double(m_snapshotNames.size() - 1);
    double leftWidth = 0;
    double rightWidth = 0;
    for (const EndLabel &label : std::as_const(m_labels)) {
        const QFontMetricsF metrics(label.item->font());
        const QString text = metrics.elidedText(label.text, Qt::ElideRight, width / 3);
        label.item->setText(text);
        label.item->setVisible(label.rank <= shown);
        if (label.rank > shown)
            continue;
        const double w = metrics.horizontalAdvance(text) + 10;
        if (label.left && label.key == 0)
            leftWidth = std::max(leftWidth, w);
        if (!label.left && label.key == last)
            rightWidth = std::max(rightWidth, w);
    }
    const double span = std::max(width - leftWidth - rightWidth, width * 0.3);
    const double perPixel = last / span;
    xAxis->setRange(-leftWidth * perPixel, last + rightWidth * perPixel);

    // Every snapshot's date, or every n-th when they would touch.
    const QFontMetricsF tickMetrics(xAxis->tickLabelFont());
    double widest = 0;
    for (const QString &tick : std::as_const(m_tickNames))
        widest = std::max(widest, tickMetrics.horizontalAdvance(tick) + 12);
    const int step = std::max(1, int(std::ceil(widest / (span / last))));
    auto xTicker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    xTicker->clear();
    for (int i = 0; i < m_tickNames.size(); i += step)
        xTicker->addTick(i, m_tickNames.at(i));
    const bool changed = shown != m_shownRanks;
    m_shownRanks = shown;
    return changed;
}

void RankBumpChart::updateLayout()
{
    ModelChart::updateLayout();
    if (fit())
        updateSubtitle();
    ModelChart::updateLayout();
}

void RankBumpChart::updateSubtitle()
{
    QStringList parts {filterText()};
    if (!m_benchmark.isEmpty())
        parts.append(m_snapshotNames.size() == 1
                ? tr("%1, one snapshot").arg(m_benchmark)
                : tr("%1, %2 snapshots").arg(m_benchmark).arg(m_snapshotNames.size()));
    const QString compared = comparisonText();
    if (!compared.isEmpty())
        parts.append(compared);
    if (m_modelCount > lineCount())
        parts.append(tr("lines of the %1 best-ranked of %2 models in the last snapshot")
                         .arg(lineCount())
                         .arg(m_modelCount));
    if (m_shownRanks < m_maxRank)
        parts.append(tr("ranks 1–%1 of %2 shown").arg(m_shownRanks).arg(m_maxRank));
    chartFrame().setSubtitle(parts.join(QStringLiteral(" · ")));
    queueReplot();
}

void RankBumpChart::updateHighlight()
{
    const EntityRef focus = state() ? state()->focus() : EntityRef {};
    for (const Line &line : std::as_const(m_lines)) {
        const bool on = focus.isValid() && (line.entity == focus || line.organization == focus);
        line.graph->setSelection(
            on ? QCPDataSelection(line.graph->data()->dataRange()) : QCPDataSelection());
    }
    queueReplot();
}

QStringList RankBumpChart::shownLabels() const
{
    QStringList texts;
    for (const EndLabel &label : m_labels)
        if (label.item->visible())
            texts.append(label.item->text());
    return texts;
}

QPointF RankBumpChart::pointCenter(int row) const
{
    for (const Line &line : m_lines) {
        const int i = line.rows.indexOf(row);
        if (i >= 0) {
            const auto point = line.graph->data()->at(i);
            return {xAxis->coordToPixel(point->key), yAxis->coordToPixel(point->value)};
        }
    }
    return {};
}

int RankBumpChart::rowAt(const QPointF &pos) const
{
    int dataIndex = -1;
    QCPAbstractPlottable *hit = plottableAt(pos, false, &dataIndex);
    for (const Line &line : m_lines)
        if (line.graph == hit)
            return line.rows.value(dataIndex, -1);
    return -1;
}

} // namespace TrendScope
