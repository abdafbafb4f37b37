#include "rankbumpchart.h"

#include "chartframe.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "format.h"
#include "roles.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

namespace TrendScope {

namespace {

// A row drawn: its row in the chart's model, its benchmark and snapshot (ids into the keys
// read from the source) and its rank.
struct Point
{
    int row = 0;
    int benchmark = 0;
    int snapshot = 0;
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

void RankBumpChart::readSourceKeys(const QAbstractItemModel *source)
{
    const int rows = source ? source->rowCount() : 0;
    m_rowKeys.assign(size_t(rows), RowKeys {});
    m_benchmarkNames.clear();
    m_snapshotKeys.clear();
    QHash<QString, int> benchmarkIds;
    QHash<std::pair<QString, qint64>, int> snapshotIds; // in the order met, sorted below
    QHash<std::pair<int, int>, int> pairIds;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, 0);
        const int rank = source->index(row, m_rankColumn).data(SortRole).toInt();
        if (!index.data(ValueRole).isValid() || rank <= 0)
            continue; // no score: listed in the table, no place on the chart
        const QString benchmark = index.data(GroupRole).toString();
        auto b = benchmarkIds.constFind(benchmark);
        if (b == benchmarkIds.cend()) {
            b = benchmarkIds.insert(benchmark, int(m_benchmarkNames.size()));
            m_benchmarkNames.append(benchmark);
        }
        const std::pair<QString, qint64> snapshot {
            index.data(DateRole).toString(), index.data(EditionRole).toLongLong()};
        auto id = snapshotIds.constFind(snapshot);
        if (id == snapshotIds.cend()) {
            id = snapshotIds.insert(snapshot, int(m_snapshotKeys.size()));
            m_snapshotKeys.append(snapshot);
        }
        m_rowKeys[size_t(row)] = {*b, *id, 0, rank};
    }
    // Snapshot ids in axis order (date, then edition), so that a chart needs no sort.
    std::vector<int> order(size_t(m_snapshotKeys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [this](int a, int b) { return m_snapshotKeys.at(a) < m_snapshotKeys.at(b); });
    std::vector<int> sortedId(order.size());
    QList<std::pair<QString, qint64>> sorted;
    for (size_t i = 0; i < order.size(); ++i) {
        sortedId[size_t(order[i])] = int(i);
        sorted.append(m_snapshotKeys.at(order[i]));
    }
    m_snapshotKeys = sorted;
    for (RowKeys &keys : m_rowKeys) {
        if (keys.benchmark < 0)
            continue;
        keys.snapshot = sortedId[size_t(keys.snapshot)];
        auto pair = pairIds.constFind({keys.benchmark, keys.snapshot});
        if (pair == pairIds.cend())
            pair = pairIds.insert({keys.benchmark, keys.snapshot}, int(pairIds.size()));
        keys.pair = *pair;
    }
    m_pairCount = int(pairIds.size());
}

void RankBumpChart::modelChanged()
{
    if (isVisible())
        rebuildNow();
    else
        deferRebuild();
}

void RankBumpChart::showEvent(QShowEvent *event)
{
    flushRebuild();
    ModelChart::showEvent(event);
}

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

    // The rows drawn and their benchmarks, in the order first met.
    const auto *proxy = qobject_cast<const ExplorerFilterProxy *>(model());
    if (!proxy || !m_keysRead || m_keysGeneration != proxy->sourceGeneration()) {
        readSourceKeys(proxy ? proxy->sourceModel() : model());
        m_keysRead = proxy != nullptr; // over another model they are read every time
        m_keysGeneration = proxy ? proxy->sourceGeneration() : 0;
    }
    const int snapshotCount = int(m_snapshotKeys.size());
    std::vector<char> pairSeen(size_t(m_pairCount), 0); // each benchmark's snapshot once
    std::vector<int> snapshotsOf(size_t(m_benchmarkNames.size()), 0);
    std::vector<int> benchmarkOrder;
    std::vector<Point> points;
    QSet<QString> sources;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const RowKeys &keys = m_rowKeys[size_t(proxy ? proxy->sourceRow(row) : row)];
        if (keys.benchmark < 0)
            continue;
        const auto b = size_t(keys.benchmark);
        if (snapshotsOf[b] == 0)
            benchmarkOrder.push_back(keys.benchmark);
        char &seen = pairSeen[size_t(keys.pair)];
        if (!seen) {
            seen = 1;
            ++snapshotsOf[b];
        }
        points.push_back({row, keys.benchmark, keys.snapshot, keys.rank});
    }
    // The benchmark with the most snapshots; the first met of those that tie.
    int chosen = -1;
    for (const int b : benchmarkOrder)
        if (chosen < 0 || snapshotsOf[size_t(b)] > snapshotsOf[size_t(chosen)])
            chosen = b;
    m_benchmark = chosen < 0 ? QString() : m_benchmarkNames.at(chosen);
    // Its snapshots along the axis, oldest first: snapshot ids are in that order.
    std::vector<char> present(size_t(snapshotCount), 0);
    for (const Point &point : points)
        if (point.benchmark == chosen)
            present[size_t(point.snapshot)] = 1;
    std::vector<int> xOf(size_t(snapshotCount), -1);
    int lastSnapshot = -1;
    const Comparison comparison = state() ? state()->comparison() : Comparison {};
    int x = 0;
    for (int id = 0; chosen >= 0 && id < snapshotCount; ++id) {
        if (!present[size_t(id)])
            continue;
        xOf[size_t(id)] = x++;
        lastSnapshot = id;
        const auto &[date, edition] = m_snapshotKeys.at(id);
        m_snapshotNames.append(date);
        QString tick = Format::date(date);
        if (comparison.isActive() && edition == comparison.editionA)
            tick += QStringLiteral(" A");
        else if (comparison.isActive() && edition == comparison.editionB)
            tick += QStringLiteral(" B");
        m_tickNames.append(tick);
    }
    const int snapshots = x;

    if (snapshots >= 2) {
        // At most MaxLines lines: the models ranked best in the last snapshot. A thousand
        // lines show none of them, and cost a graph each on every filter change.
        QList<std::pair<Point, EntityRef>> ofBenchmark;
        QSet<qint64> models;
        QList<std::pair<int, qint64>> lastRanks; // rank, model id
        for (const Point &point : points) {
            if (point.benchmark != chosen)
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
            const double key = xOf[size_t(point.snapshot)];
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
        const double last = double(snapshots - 1);
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
    if (snapshots == 1)
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
    hideCrowdedLabels(last, rowPixels - 2);
    const bool changed = shown != m_shownRanks;
    m_shownRanks = shown;
    return changed;
}

void RankBumpChart::hideCrowdedLabels(double last, double height)
{
    // A line that starts or ends between the first and the last snapshot has its name there,
    // where another line's name at the same rank, or the plot area's edge, may be in the way.
    // The names at the outer ends go first (the axis range leaves room for them), then the
    // others top down; a name that would touch one placed before it, or leave the plot area,
    // is left out (hovering its line names the model).
    auto outer
        = [last](const EndLabel &label) { return label.left ? label.key == 0 : label.key == last; };
    std::vector<int> order(size_t(m_labels.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const EndLabel &x = m_labels.at(a);
        const EndLabel &y = m_labels.at(b);
        return std::pair(!outer(x), x.rank) < std::pair(!outer(y), y.rank);
    });
    const QRectF area = QRectF(axisRect()->rect()).adjusted(-1, -1, 1, 1);
    QList<QRectF> placed;
    for (const int i : order) {
        const EndLabel &label = m_labels.at(i);
        if (!label.item->visible())
            continue; // below the ranks shown
        const double width
            = QFontMetricsF(label.item->font()).horizontalAdvance(label.item->text()) + 6;
        const double x = xAxis->coordToPixel(label.key);
        const double y = yAxis->coordToPixel(label.rank) - height / 2;
        const QRectF box(label.left ? x - width : x, y, width, height);
        const bool fits = area.contains(box)
            && std::none_of(placed.cbegin(), placed.cend(),
                [&box](const QRectF &other) { return other.intersects(box); });
        label.item->setVisible(fits);
        if (fits)
            placed.append(box);
    }
}

void RankBumpChart::updateLayout()
{
    flushRebuild(); // every replot and export lays out first
    ModelChart::updateLayout();
    if (fit())
        updateSubtitle();
    ModelChart::updateLayout();
}

void RankBumpChart::updateSubtitle()
{
    if (rebuildPending())
        return; // the rebuild sets it
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
    if (rebuildPending())
        return; // the rebuild sets it
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
    flushRebuild();
    QStringList texts;
    for (const EndLabel &label : m_labels)
        if (label.item->visible())
            texts.append(label.item->text());
    return texts;
}

QPointF RankBumpChart::pointCenter(int row) const
{
    flushRebuild();
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
    flushRebuild();
    int dataIndex = -1;
    QCPAbstractPlottable *hit = plottableAt(pos, false, &dataIndex);
    for (const Line &line : m_lines)
        if (line.graph == hit)
            return line.rows.value(dataIndex, -1);
    return -1;
}

} // namespace TrendScope
