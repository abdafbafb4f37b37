#include "leaderboardchart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "format.h"
#include "leaderboardcompare.h"
#include "leaderboardmodel.h"
#include "roles.h"

#include <tuple>

namespace TrendScope {

LeaderboardChart::LeaderboardChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
{
    setObjectName(QStringLiteral("leaderboard-chart"));
    setMinimumSize(320, 240);
    retranslate();

    // Horizontal bars: the model names run down the left axis, scores along the bottom.
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    placeLegendBelow(6);

    setTheme(theme());
}

void LeaderboardChart::retranslate()
{
    chartFrame().setTitle(tr("AI model leaderboard"));
    xAxis->setLabel(tr("Score"));
}

LeaderboardChart::~LeaderboardChart() = default;

void LeaderboardChart::modelChanged()
{
    if (rebuildPending())
        return;
    deferRebuild();
    // Queued on this object: the exporter flushes it (sendPostedEvents) before rendering.
    QMetaObject::invokeMethod(
        this, [this] { flushRebuild(); }, Qt::QueuedConnection);
}

void LeaderboardChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_bars.clear();
    m_rowOfBar.clear();

    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();

    QSet<QString> sources;
    int row = 0;
    const int rows = model()->rowCount();
    bool drawable = true;
    if (state() && state()->comparison().isActive()) {
        drawable = buildComparison(&sources);
        row = rows;
    } else {
        QHash<qint64, QCPBars *> seriesByOrganization;
        for (; row < rows && m_bars.size() < MaxBars; ++row) {
            const QModelIndex index = model()->index(row, 0);
            const QVariant value = index.data(ValueRole);
            if (!value.isValid())
                continue; // "not stated": listed in the table, not drawn as a zero
            Bar bar;
            bar.key = m_bars.size() + 1;
            bar.value = value.toDouble();
            bar.entity = index.data(EntityRole).value<EntityRef>();
            bar.parent = index.data(ParentEntityRole).value<EntityRef>();
            bar.organization = index.data(OrganizationEntityRole).value<EntityRef>();
            QCPBars *&series = seriesByOrganization[bar.organization.id];
            if (!series)
                series = makeSeries(index.data(OrganizationLabelRole).toString(),
                    theme().seriesColor(bar.organization.id), 0.7);
            bar.series = series;
            bar.dataIndex = series->data()->size();
            series->addData(bar.key, bar.value);
            bar.name = index.data(LabelRole).toString();
            bar.label = makeLabel(bar.key, bar.value, QLocale().toString(bar.value, 'f', 2));
            m_bars.append(bar);
            m_rowOfBar.append(row);
            const QString source = index.data(CitationRole).toString();
            if (!source.isEmpty())
                sources.insert(source);
        }
    }

    double maxValue = 0;
    for (const Bar &bar : std::as_const(m_bars))
        maxValue = std::max(maxValue, bar.value);
    m_shownNote = state() && state()->comparison().isActive()
        ? QString()
        : firstRowsNote(int(m_bars.size()), row, rows);
    m_moreNote = new QCPItemText(this);
    m_moreNote->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_moreNote->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_moreNote->setFont(chartFont(9, true));
    m_moreNote->setColor(theme().mutedText);
    m_moreNote->setSelectable(false);
    m_shown = rowCount();
    showBars(rowCount());
    xAxis->setRange(0, maxValue > 0 ? maxValue * 1.12 : 1);
    setSources(sources);
    if (drawable)
        showEmptyState(m_bars.isEmpty(), tr("leaderboard scores"));
    updateSubtitle();
    updateHighlight();
}

QCPBars *LeaderboardChart::makeSeries(const QString &name, const QColor &color, double width)
{
    auto *series = new QCPBars(yAxis, xAxis);
    series->setName(name);
    series->setPen(Qt::NoPen);
    series->setBrush(color);
    series->setWidth(width);
    series->setSelectable(QCP::stMultipleDataRanges);
    auto *decorator = new QCPSelectionDecorator;
    decorator->setPen(QPen(theme().highlight, 2.5));
    decorator->setBrush(color.darker(125));
    series->setSelectionDecorator(decorator);
    return series;
}

QCPItemText *LeaderboardChart::makeLabel(double key, double value, const QString &text)
{
    auto *label = new QCPItemText(this);
    label->position->setAxes(yAxis, xAxis);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    // With swapped axes the position's "x" is the key axis coordinate.
    label->position->setCoords(key, value);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setPadding(QMargins(4, 0, 0, 0));
    label->setText(text);
    label->setFont(chartFont(8.5));
    label->setColor(theme().text);
    label->setSelectable(false);
    return label;
}

bool LeaderboardChart::buildComparison(QSet<QString> *sources)
{
    const Comparison &comparison = state()->comparison();
    QList<int> modelRows;
    const LeaderboardRows rows = leaderboardRowsOf(model(), LeaderboardModel::RankColumn,
        {comparison.editionA, comparison.editionB}, &modelRows);
    const LeaderboardComparison compared
        = compareLeaderboards(rows, comparison.editionA, comparison.editionB);
    const QString nameA
        = comparison.nameA.isEmpty() ? tr("edition %1").arg(comparison.editionA) : comparison.nameA;
    const QString nameB
        = comparison.nameB.isEmpty() ? tr("edition %1").arg(comparison.editionB) : comparison.nameB;
    if (compared.snapshotA.isEmpty() || compared.snapshotB.isEmpty()) {
        // Half a comparison would read as "everything is new" (or gone): say what is missing.
        showEmptyState(true,
            tr("leaderboard rows in edition %1").arg(compared.snapshotA.isEmpty() ? nameA : nameB),
            tr("nothing to compare"));
        return false;
    }
    // The editions' own colours, the same in every row and in the legend.
    const QColor colorB = theme().series.value(0, theme().text);
    const QColor colorA = theme().series.value(1, theme().mutedText);
    QCPBars *seriesA
        = makeSeries(tr("%1 (%2)").arg(nameA, Format::date(compared.snapshotA)), colorA, 0.4);
    QCPBars *seriesB
        = makeSeries(tr("%1 (%2)").arg(nameB, Format::date(compared.snapshotB)), colorB, 0.4);
    int key = 0;
    for (const LeaderboardPair &pair : compared.pairs) {
        if (key >= MaxBars / 2)
            break;
        ++key;
        const QString change = rankChangeText(pair);
        const QString delta = deltaText(pair);
        bool first = true;
        for (const auto &[index, series, offset] :
            {std::tuple(pair.indexA, seriesA, -0.2), std::tuple(pair.indexB, seriesB, 0.2)}) {
            if (index < 0)
                continue;
            const QModelIndex modelIndex = model()->index(modelRows.at(index), 0);
            Bar bar;
            bar.key = key;
            bar.offset = offset;
            bar.value = *rows.at(index).score;
            bar.entity = modelIndex.data(EntityRole).value<EntityRef>();
            bar.parent = modelIndex.data(ParentEntityRole).value<EntityRef>();
            bar.organization = modelIndex.data(OrganizationEntityRole).value<EntityRef>();
            bar.series = series;
            bar.dataIndex = series->data()->size();
            series->addData(key + offset, bar.value);
            bar.name = first ? pair.model + QStringLiteral("  ") + change : QString();
            first = false;
            m_bars.append(bar);
            m_rowOfBar.append(modelRows.at(index));
            const QString source = modelIndex.data(CitationRole).toString();
            if (!source.isEmpty())
                sources->insert(source);
        }
        // One value label a row, right of its longer bar: B's score and the change.
        const double top = std::max(pair.scoreA.value_or(0), pair.scoreB.value_or(0));
        const double shown = pair.scoreB ? *pair.scoreB : *pair.scoreA;
        const QString text = QLocale().toString(shown, 'f', 2)
            + (delta.isEmpty() ? QString() : QStringLiteral(" (") + delta + QLatin1Char(')'));
        m_bars.last().label = makeLabel(key, top, text);
    }
    return true;
}

void LeaderboardChart::showBars(int shown)
{
    // Bars keep their data index while shown: only the tail of each series is dropped, so a
    // selection (the focus highlight) stays valid.
    QHash<QCPBars *, QList<int>> selected;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        if (bar.series->selection().contains(
                QCPDataSelection(QCPDataRange(bar.dataIndex, bar.dataIndex + 1))))
            selected[bar.series].append(bar.dataIndex);
    }
    QSet<QCPBars *> cleared;
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        if (!cleared.contains(bar.series)) {
            bar.series->data()->clear();
            cleared.insert(bar.series);
        }
        const bool visible = bar.key <= shown;
        if (bar.label)
            bar.label->setVisible(visible);
        if (visible) {
            bar.series->addData(bar.key + bar.offset, bar.value);
            if (!bar.name.isEmpty())
                ticker->addTick(bar.key, bar.name);
        }
    }
    for (auto it = selected.cbegin(); it != selected.cend(); ++it) {
        QCPDataSelection selection;
        for (const int index : it.value()) {
            if (index < it.key()->dataCount())
                selection.addDataRange(QCPDataRange(index, index + 1));
        }
        it.key()->setSelection(selection);
    }
    const int more = rowCount() - shown;
    m_moreNote->setVisible(more > 0);
    m_moreNote->setText(tr("+%n more in the table", nullptr, more));
    m_moreNote->position->setCoords(0.01, shown + 1);
    yAxis->setRange(0.4, shown + (more > 0 ? 1.6 : 0.6));
    m_shown = shown;
}

void LeaderboardChart::updateLayout()
{
    ModelChart::updateLayout();
    flushRebuild();
    // As many rows as the names' height allows (one of them for "+N more").
    const double rowPixels = std::ceil(QFontMetricsF(yAxis->tickLabelFont()).height()) + 3;
    const int rows = int(axisRect()->height() / rowPixels);
    const int bars = rowCount();
    const int shown = rows >= bars ? bars : std::min(bars, std::max(1, rows - 1));
    // Room right of the longest bar for its value.
    double labelWidth = 0;
    double maxValue = 0;
    for (const Bar &bar : std::as_const(m_bars)) {
        if (bar.key > shown)
            continue;
        if (bar.label)
            labelWidth = std::max(
                labelWidth, QFontMetricsF(bar.label->font()).horizontalAdvance(bar.label->text()));
        maxValue = std::max(maxValue, bar.value);
    }
    const double width = axisRect()->width();
    const double upper = maxValue > 0
        ? maxValue * std::max(1.05, width / std::max(width - labelWidth - 12, width * 0.3))
        : 1;
    if (shown == m_shown && qFuzzyCompare(upper, xAxis->range().upper))
        return;
    xAxis->setRange(0, upper);
    showBars(shown);
    ModelChart::updateLayout();
}

void LeaderboardChart::updateSubtitle()
{
    QStringList parts {filterText()};
    const QString compared = comparisonText();
    if (!compared.isEmpty())
        parts.append(compared);
    if (!m_shownNote.isEmpty())
        parts.append(m_shownNote);
    chartFrame().setSubtitle(parts.join(QStringLiteral(" · ")));
    queueReplot();
}

void LeaderboardChart::updateHighlight()
{
    flushRebuild();
    const EntityRef focus = state()->focus();
    QHash<QCPBars *, QCPDataSelection> selections;
    for (const Bar &bar : std::as_const(m_bars)) {
        if (focus.isValid()
            && (bar.entity == focus || bar.parent == focus || bar.organization == focus))
            selections[bar.series].addDataRange(QCPDataRange(bar.dataIndex, bar.dataIndex + 1));
    }
    for (int i = 0; i < plottableCount(); ++i) {
        auto *series = qobject_cast<QCPBars *>(plottable(i));
        if (series)
            series->setSelection(selections.value(series));
    }
    queueReplot();
}

QList<int> LeaderboardChart::highlightedRows() const
{
    flushRebuild();
    QList<int> rows;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        if (bar.series->selection().contains(
                QCPDataSelection(QCPDataRange(bar.dataIndex, bar.dataIndex + 1))))
            rows.append(m_rowOfBar.at(i));
    }
    return rows;
}

QPointF LeaderboardChart::barCenter(int row) const
{
    flushRebuild();
    const int i = m_rowOfBar.indexOf(row);
    if (i < 0)
        return {};
    const Bar &bar = m_bars.at(i);
    return {xAxis->coordToPixel(bar.value / 2), yAxis->coordToPixel(bar.key + bar.offset)};
}

int LeaderboardChart::rowAt(const QPointF &pos) const
{
    flushRebuild();
    int dataIndex = -1;
    QCPAbstractPlottable *hit = plottableAt(pos, false, &dataIndex);
    for (int i = 0; i < m_bars.size(); ++i) {
        if (m_bars.at(i).series == hit && m_bars.at(i).dataIndex == dataIndex)
            return m_rowOfBar.at(i);
    }
    return -1;
}

QStringList LeaderboardChart::shownNames() const
{
    flushRebuild();
    QStringList names;
    for (const Bar &bar : m_bars)
        if (bar.key <= m_shown && !bar.name.isEmpty())
            names.append(bar.name);
    return names;
}

QStringList LeaderboardChart::shownValues() const
{
    flushRebuild();
    QStringList values;
    for (const Bar &bar : m_bars)
        if (bar.key <= m_shown && bar.label)
            values.append(bar.label->text());
    return values;
}

} // namespace TrendScope
