#include "fundingchart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "format.h"
#include "fundingsharemodel.h"
#include "pieitem.h"
#include "roles.h"

namespace TrendScope {

FundingChart::FundingChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
    , m_pie(nullptr)
{
    setObjectName(QStringLiteral("funding-chart"));
    setMinimumSize(360, 280);
    chartFrame().setTitle(tr("Funding shares"));

    // The donut fills the axis rect; no axes are shown.
    axisRect()->setAutoMargins(QCP::msNone);
    axisRect()->setMargins(QMargins(0, 0, 0, 0));
    for (QCPAxis *axis : axisRect()->axes())
        axis->setVisible(false);

    placeLegendBelow(6);

    addLayer(QStringLiteral("pie"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_pie = new PieItem(this);
    m_pie->setLayer(QStringLiteral("pie"));
    m_pie->setClipToAxisRect(true);

    setTheme(theme());
}

FundingChart::~FundingChart() = default;

void FundingChart::applyChartTheme(const ChartTheme &theme)
{
    m_pie->setColors(theme.text, theme.mutedText, theme.background, theme.highlight);
}

void FundingChart::rebuild()
{
    legend->clearItems();
    m_rowOfSlice.clear();

    QList<PieItem::Slice> slices;
    QSet<QString> citations;
    QString title;
    QStringList groups;
    QHash<QString, int> shades;
    double outerStart = 0;
    double innerStart = 0;
    double outerAmount = 0;
    bool amountsComplete = true;
    bool amountsDerived = false;
    bool hasInner = false;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row)
        hasInner = hasInner || model()->index(row, 0).data(InnerRingRole).toBool();

    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (title.isEmpty())
            title = index.data(ChartTitleRole).toString();
        const QVariant value = index.data(ValueRole);
        if (!value.isValid())
            continue; // share not stated: in the table, not drawn as a zero
        PieItem::Slice s;
        s.inner = index.data(InnerRingRole).toBool();
        s.span = value.toDouble() / 100.0;
        double &start = s.inner ? innerStart : outerStart;
        s.start = start;
        start += s.span;
        s.label = index.data(LabelRole).toString();
        const bool derived = index.data(DerivedRole).toBool();
        const QVariant amount = index.data(AmountRole);
        QString detail
            = QLocale().toString(value.toDouble(), 'f', hasInner ? 1 : 2) + QLatin1Char('%');
        if (amount.isValid())
            detail += QStringLiteral(" · ")
                + (index.data(AmountDerivedRole).toBool() ? QStringLiteral("≈") : QString())
                + Format::yi(amount.toDouble());
        s.detail = detail;

        const QString group = index.data(GroupRole).toString();
        const bool remainder
            = derived && !s.inner && !index.data(EntityRole).value<EntityRef>().isValid();
        s.hatched = remainder;
        if (hasInner) {
            // Companies take their group's colour, alternating light and dark.
            if (!groups.contains(group))
                groups.append(group);
            const QColor base = theme().seriesColor(groups.indexOf(group));
            if (s.inner) {
                s.color = base;
                legend->addItem(new SliceLegendItem(legend, s.label, base, false));
            } else {
                s.color = base.lighter(shades[group]++ % 2 ? 135 : 115);
            }
        } else {
            s.color = remainder ? theme().mutedText : theme().seriesColor(slices.size());
            legend->addItem(new SliceLegendItem(legend, s.label, s.color, s.hatched));
        }
        if (!s.inner) {
            if (amount.isValid())
                outerAmount += amount.toDouble();
            else
                amountsComplete = false;
            amountsDerived = amountsDerived || index.data(AmountDerivedRole).toBool();
        }
        slices.append(s);
        m_rowOfSlice.append(row);
        const QString citation = index.data(CitationRole).toString();
        if (!citation.isEmpty())
            citations.insert(citation);
    }
    m_pie->setSlices(slices);
    if (!slices.isEmpty() && amountsComplete && outerAmount > 0)
        m_pie->setCenterText((amountsDerived ? QStringLiteral("≈") : QString())
            + Format::yi(outerAmount) + QLatin1Char('\n') + tr("in all"));
    else
        m_pie->setCenterText(QString());
    showEmptyState(slices.isEmpty(), tr("funding shares"));

    chartFrame().setTitle(title.isEmpty() ? tr("Funding shares") : title);
    setSources(citations);
    updateSubtitle();
    updateHighlight();
}

void FundingChart::updateSubtitle()
{
    QString subtitle = filterText();
    if (m_pie->slices().size() > 0
        && std::any_of(m_pie->slices().cbegin(), m_pie->slices().cend(),
            [](const PieItem::Slice &s) { return s.hatched; }))
        subtitle = tr("Hatched: remainder derived as 100% minus the stated shares · ") + subtitle;
    chartFrame().setSubtitle(subtitle);
    queueReplot();
}

void FundingChart::updateHighlight()
{
    const EntityRef focus = state()->focus();
    QList<int> highlighted;
    for (int i = 0; i < m_rowOfSlice.size(); ++i) {
        const QModelIndex index = model()->index(m_rowOfSlice.at(i), 0);
        if (focus.isValid()
            && (index.data(EntityRole).value<EntityRef>() == focus
                || index.data(OrganizationEntityRole).value<EntityRef>() == focus))
            highlighted.append(i);
    }
    m_pie->setHighlighted(highlighted);
    queueReplot();
}

QList<int> FundingChart::highlightedRows() const
{
    QList<int> rows;
    for (const int slice : m_pie->highlighted())
        rows.append(m_rowOfSlice.value(slice, -1));
    return rows;
}

QPointF FundingChart::sliceCenter(int row) const
{
    return m_pie->sliceCenter(int(m_rowOfSlice.indexOf(row)));
}

int FundingChart::rowAt(const QPointF &pos) const
{
    QVariant details;
    if (m_pie->selectTest(pos, false, &details) < 0)
        return -1;
    return m_rowOfSlice.value(details.toInt(), -1);
}

void FundingChart::hoverRow(int row)
{
    const int slice = int(m_rowOfSlice.indexOf(row));
    if (slice != m_pie->hovered()) {
        m_pie->setHovered(slice);
        queueReplot();
    }
}

} // namespace TrendScope
