#include "changeschart.h"

#include "changesmodel.h"
#include "chartframe.h"
#include "editiondiff.h"
#include "editschema.h"
#include "explorerstate.h"
#include "format.h"
#include "roles.h"

#include <array>

namespace TrendScope {

ChangesChart::ChangesChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
{
    setObjectName(QStringLiteral("changes-chart"));
    setMinimumSize(320, 220);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    retranslate();
    // Counts: whole-number ticks only (a "2.5 facts" tick means nothing).
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(counts);
    xAxis->setSubTicks(false);
    placeLegendBelow(3); // once: each call adds the legend's row to the layout
    setTheme(theme());
}

void ChangesChart::retranslate()
{
    xAxis->setLabel(tr("Facts"));
}

ChangesChart::~ChangesChart() = default;

void ChangesChart::setNotCompared(const QStringList &tables)
{
    m_notCompared.clear();
    for (const QString &table : tables)
        m_notCompared.append(EditionDiff::tableLabel(table));
    updateSubtitle();
}

void ChangesChart::applyChartTheme(const ChartTheme &)
{
    yAxis->setTickLabelFont(chartFont(10));
}

void ChangesChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_barLabels.clear();
    m_tableLabels.clear();
    m_tables.clear();
    m_counts.clear();
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();

    QHash<QString, qsizetype> position;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QString table = index.data(GroupRole).toString();
        auto it = position.find(table);
        if (it == position.end()) {
            it = position.insert(table, m_tables.size());
            m_tables.append(table);
            m_counts.append({0, 0, 0});
        }
        const int kind = index.data(ChangeKindRole).toInt();
        if (kind >= 0 && kind < 3)
            ++m_counts[*it][size_t(kind)];
    }

    // Three bars side by side per table: added, removed, changed.
    const std::array<FactChange::Kind, 3> kinds {
        FactChange::Kind::Added, FactChange::Kind::Removed, FactChange::Kind::Changed};
    const double width = 0.26;
    int largest = 0;
    for (size_t k = 0; k < kinds.size(); ++k) {
        auto *bars = new QCPBars(yAxis, xAxis);
        bars->setName(ChangesModel::kindText(kinds[k]));
        bars->setPen(Qt::NoPen);
        bars->setBrush(theme().seriesColor(int(k)));
        bars->setWidth(width);
        bars->setSelectable(QCP::stNone);
        for (int t = 0; t < m_tables.size(); ++t) {
            const int count = m_counts.at(t)[k];
            const double y = t + 1 + (double(k) - 1.0) * width;
            bars->addData(y, count);
            largest = std::max(largest, count);
            if (count == 0)
                continue;
            m_barLabels.append(countLabel(y, count, QString::number(count)));
        }
    }
    for (int t = 0; t < m_tables.size(); ++t) {
        ticker->addTick(t + 1, m_tables.at(t));
        const auto &c = m_counts.at(t);
        QStringList parts;
        if (c[0])
            parts << QStringLiteral("+%1").arg(c[0]);
        if (c[1])
            parts << QStringLiteral("−%1").arg(c[1]);
        if (c[2])
            parts << QStringLiteral("~%1").arg(c[2]);
        QCPItemText *summary = countLabel(
            t + 1, *std::max_element(c.begin(), c.end()), parts.join(QLatin1Char(' ')));
        summary->setVisible(false);
        m_tableLabels.append(summary);
    }
    yAxis->setRange(0.4, std::max<qsizetype>(m_tables.size(), 1) + 0.6);
    // Room after the longest bar for its count (updateLayout fits it to the width).
    xAxis->setRange(0, std::max(1.0, largest * 1.15 + 0.5));
    legend->setVisible(!m_tables.isEmpty());

    chartFrame().setTitle(tr("What changed"));
    updateSubtitle();
    const bool comparing = state()
        && (state()->comparison().isActive()
            || state()->changesSince() != ExplorerState::NoHistory);
    showEmptyState(m_tables.isEmpty(), tr("changes"),
        comparing ? QString() : tr("choose two editions in the filter bar to compare them"));
    queueReplot();
}

void ChangesChart::updateSubtitle()
{
    QStringList parts;
    if (state() && state()->changesSince() != ExplorerState::NoHistory)
        parts << tr("In this file %1").arg(state()->changesSinceName());
    else if (const QString compared = comparisonText(); !compared.isEmpty())
        parts << compared;
    parts << filterText();
    if (!m_notCompared.isEmpty()) {
        // Kept in English, named in the interface language here: a language change re-runs this.
        QStringList tables;
        for (const QString &label : std::as_const(m_notCompared))
            tables << EditSchema::translated(label);
        parts << tr("not compared (rows in one edition only): %1").arg(Format::list(tables));
    }
    chartFrame().setSubtitle(parts.join(QStringLiteral(" · ")));
    queueReplot();
}

QCPItemText *ChangesChart::countLabel(double y, int count, const QString &text)
{
    auto *label = new QCPItemText(this);
    label->position->setAxes(yAxis, xAxis);
    label->position->setCoords(y, count);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setPadding(QMargins(4, 0, 0, 0));
    label->setText(text);
    label->setFont(chartFont(9));
    label->setColor(theme().text);
    label->setSelectable(false);
    return label;
}

void ChangesChart::updateLayout()
{
    ModelChart::updateLayout();
    if (m_tables.isEmpty())
        return;
    const double lineHeight = QFontMetricsF(chartFont(9)).height();
    const double groupPixels = axisRect()->height() / (m_tables.size() + 0.2);
    const bool perBar = groupPixels * 0.26 >= lineHeight;
    for (QCPItemText *label : std::as_const(m_barLabels))
        label->setVisible(perBar);
    double widest = 0;
    for (QCPItemText *label : std::as_const(m_tableLabels)) {
        label->setVisible(!perBar);
        widest = std::max(widest, QFontMetricsF(label->font()).horizontalAdvance(label->text()));
    }
    // Room right of the longest bar for what is written beside it.
    int largest = 0;
    for (const auto &c : std::as_const(m_counts))
        largest = std::max(largest, *std::max_element(c.begin(), c.end()));
    const double width = axisRect()->width();
    const double text
        = perBar ? QFontMetricsF(chartFont(9)).horizontalAdvance(QString::number(largest)) : widest;
    const double upper
        = std::max(1.0, largest * std::max(1.1, width / std::max(width - text - 12, width * 0.3)));
    if (!qFuzzyCompare(upper, xAxis->range().upper)) {
        xAxis->setRange(0, upper);
        ModelChart::updateLayout();
    }
}

int ChangesChart::rowAt(const QPointF &) const
{
    return -1;
}

} // namespace TrendScope
