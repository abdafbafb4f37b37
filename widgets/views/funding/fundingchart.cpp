#include "fundingchart.h"

#include "chartframe.h"
#include "deltabarsitem.h"
#include "explorerstate.h"
#include "format.h"
#include "fundingcompare.h"
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
    retranslate();

    // The donut fills the axis rect; no axes are shown.
    m_pieRect = axisRect();
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

void FundingChart::retranslate()
{
    chartFrame().setTitle(tr("Funding shares"));
}

FundingChart::~FundingChart() = default;

void FundingChart::applyChartTheme(const ChartTheme &theme)
{
    m_pie->setColors(theme.text, theme.mutedText, theme.background, theme.highlight);
    if (m_pieB)
        m_pieB->setColors(theme.text, theme.mutedText, theme.background, theme.highlight);
    if (m_deltas)
        m_deltas->setColors(theme.text, theme.axis);
}

void FundingChart::rebuild()
{
    legend->clearItems();
    m_rowOfSlice.clear();
    m_rowOfSliceB.clear();
    if (state() && state()->comparison().isActive()) {
        rebuildComparison();
        updateSubtitle();
        updateHighlight();
        return;
    }
    showComparisonLayout(false);

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
    if (m_deltas)
        subtitle = tr("Bars: B − A · ") + subtitle;
    if (!comparisonText().isEmpty())
        subtitle = comparisonText() + QStringLiteral(" · ") + subtitle;
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
    if (m_pieB) {
        QList<int> highlightedB;
        for (int i = 0; i < m_rowOfSliceB.size(); ++i) {
            const QModelIndex index = model()->index(m_rowOfSliceB.at(i), 0);
            if (focus.isValid()
                && (index.data(EntityRole).value<EntityRef>() == focus
                    || index.data(OrganizationEntityRole).value<EntityRef>() == focus))
                highlightedB.append(i);
        }
        m_pieB->setHighlighted(highlightedB);
    }
    queueReplot();
}

QList<int> FundingChart::highlightedRows() const
{
    QList<int> rows;
    for (const int slice : m_pie->highlighted())
        rows.append(m_rowOfSlice.value(slice, -1));
    if (m_pieB) {
        for (const int slice : m_pieB->highlighted())
            rows.append(m_rowOfSliceB.value(slice, -1));
    }
    return rows;
}

QPointF FundingChart::sliceCenter(int row) const
{
    if (m_pieB && m_rowOfSliceB.contains(row))
        return m_pieB->sliceCenter(int(m_rowOfSliceB.indexOf(row)));
    return m_pie->sliceCenter(int(m_rowOfSlice.indexOf(row)));
}

int FundingChart::rowAt(const QPointF &pos) const
{
    QVariant details;
    if (m_pie->selectTest(pos, false, &details) >= 0)
        return m_rowOfSlice.value(details.toInt(), -1);
    if (m_pieB && m_pieB->selectTest(pos, false, &details) >= 0)
        return m_rowOfSliceB.value(details.toInt(), -1);
    return -1;
}

void FundingChart::hoverRow(int row)
{
    const int slice = int(m_rowOfSlice.indexOf(row));
    const int sliceB = m_pieB ? int(m_rowOfSliceB.indexOf(row)) : -1;
    if (slice != m_pie->hovered() || (m_pieB && sliceB != m_pieB->hovered())) {
        m_pie->setHovered(slice);
        if (m_pieB)
            m_pieB->setHovered(sliceB);
        queueReplot();
    }
}

void FundingChart::showComparisonLayout(bool on)
{
    if (on == (m_compareGrid != nullptr))
        return;
    QCPLayoutGrid *layout = plotLayout();
    // The chart's own rect, A's donut while comparing (axisRect() then finds the bars' rect
    // first: it is nearer the top of the layout tree).
    QCPAxisRect *const main = m_pieRect;
    QCPLayoutElement *cellElement = on ? static_cast<QCPLayoutElement *>(main)
                                       : static_cast<QCPLayoutElement *>(m_compareGrid);
    int row = -1;
    for (int r = 0; r < layout->rowCount(); ++r) {
        if (layout->element(r, 0) == cellElement)
            row = r;
    }
    if (on) {
        // A's donut keeps the chart's own axis rect; B's and the bars get rects of their own.
        layout->take(main);
        m_compareGrid = new QCPLayoutGrid;
        layout->addElement(row, 0, m_compareGrid);
        auto *donuts = new QCPLayoutGrid;
        m_compareGrid->addElement(0, 0, donuts);
        donuts->addElement(0, 0, main);
        m_rectB = new QCPAxisRect(this, false);
        m_rectBars = new QCPAxisRect(this, false);
        // Small canvases: the donuts and bars shrink (the bars drop rows) before the legend
        // and the frame's texts are squeezed.
        m_pieMinimumSize = main->minimumSize();
        main->setMinimumSize(8, 8);
        for (QCPAxisRect *rect : {m_rectB, m_rectBars}) {
            rect->setAutoMargins(QCP::msNone);
            rect->setMargins(QMargins(0, 0, 0, 0));
            rect->setMinimumSize(8, 8);
        }
        donuts->addElement(0, 1, m_rectB);
        m_compareGrid->addElement(1, 0, m_rectBars);
        m_compareGrid->setRowStretchFactors({1.5, 1.0});
        m_compareGrid->setRowSpacing(4);

        m_pieB = new PieItem(this);
        m_pieB->setLayer(QStringLiteral("pie"));
        m_pieB->setClipAxisRect(m_rectB);
        m_pieB->setClipToAxisRect(true);
        m_pieB->setOuterLabels(false);
        m_pie->setOuterLabels(false);
        m_deltas = new DeltaBarsItem(this);
        m_deltas->setLayer(QStringLiteral("pie"));
        m_deltas->setClipAxisRect(m_rectBars);
        m_deltas->setClipToAxisRect(true);
        applyChartTheme(theme());
    } else {
        removeItem(m_pieB);
        removeItem(m_deltas);
        m_pieB = nullptr;
        m_deltas = nullptr;
        static_cast<QCPLayoutGrid *>(m_compareGrid->element(0, 0))->take(main);
        layout->remove(m_compareGrid); // deletes B's and the bars' rects
        layout->addElement(row, 0, main);
        main->setMinimumSize(m_pieMinimumSize);
        m_compareGrid = nullptr;
        m_rectB = m_rectBars = nullptr;
        m_pie->setOuterLabels(true);
    }
}

bool FundingChart::rebuildComparison()
{
    const Comparison &comparison = state()->comparison();
    // Each edition's donut of this kind: its latest period's, outer ring only.
    struct Donut
    {
        QString key;
        QString period;
        QString title;
        QList<int> rows;
    };
    QHash<qint64, Donut> donuts;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, 0);
        const qint64 edition = index.data(EditionRole).toLongLong();
        if ((edition != comparison.editionA && edition != comparison.editionB)
            || index.data(InnerRingRole).toBool() || !index.data(ValueRole).isValid())
            continue;
        Donut &donut = donuts[edition];
        const QString key = index.data(ChartKeyRole).toString();
        const QString period = index.data(DateRole).toString();
        if (donut.key.isEmpty() || (key != donut.key && period > donut.period))
            donut = {key, period, index.data(ChartTitleRole).toString(), {}};
        if (key == donut.key)
            donut.rows.append(row);
    }
    auto nameOf = [&comparison](bool a) {
        const QString name = a ? comparison.nameA : comparison.nameB;
        return name.isEmpty() ? tr("edition %1").arg(a ? comparison.editionA : comparison.editionB)
                              : name;
    };
    const bool hasA = donuts.contains(comparison.editionA);
    const bool hasB = donuts.contains(comparison.editionB);
    if (!hasA || !hasB) {
        showComparisonLayout(false);
        m_pie->setSlices({});
        m_pie->setCenterText(QString());
        showEmptyState(true, tr("funding rows in edition %1").arg(nameOf(!hasA)),
            tr("a comparison needs this chart in both editions"));
        chartFrame().setTitle(tr("Funding shares"));
        setSources(QStringList());
        return false;
    }
    showComparisonLayout(true);

    const Donut &a = donuts.value(comparison.editionA);
    const Donut &b = donuts.value(comparison.editionB);
    auto slicesOf = [this](const Donut &donut) {
        QList<CompareSlice> slices;
        for (const int row : donut.rows) {
            const QModelIndex index = model()->index(row, 0);
            const QVariant amount = index.data(AmountRole);
            slices.append({index.data(LabelRole).toString(),
                amount.isValid() ? std::optional<double>(amount.toDouble()) : std::nullopt,
                index.data(DerivedRole).toBool()
                    && !index.data(EntityRole).value<EntityRef>().isValid()});
        }
        return slices;
    };
    const QList<CompareSlice> slicesA = slicesOf(a);
    const QList<CompareSlice> slicesB = slicesOf(b);
    const QStringList order = compareColourOrder(slicesA, slicesB);
    // One colour per company or domain in both donuts; past the palette, darker shades.
    auto colourOf = [&](const CompareSlice &slice) {
        if (slice.remainder)
            return theme().mutedText;
        const int i = int(order.indexOf(slice.label));
        const int n = std::max<int>(1, int(theme().series.size()));
        const QColor base = theme().seriesColor(i % n);
        return (i / n) % 2 ? base.darker(140) : base;
    };

    QSet<QString> citations;
    QSet<QString> legendLabels;
    auto fill = [&](PieItem *pie, const Donut &donut, const QList<CompareSlice> &slices,
                    QList<int> &rowOfSlice, const QString &name) {
        QList<PieItem::Slice> drawn;
        double start = 0;
        double total = 0;
        bool complete = true;
        for (int i = 0; i < slices.size(); ++i) {
            const QModelIndex index = model()->index(donut.rows.at(i), 0);
            PieItem::Slice s;
            s.span = index.data(ValueRole).toDouble() / 100.0;
            s.start = start;
            start += s.span;
            s.label = slices.at(i).label;
            s.hatched = slices.at(i).remainder;
            s.color = colourOf(slices.at(i));
            s.detail = Format::percent(index.data(ValueRole).toDouble());
            if (slices.at(i).amountYuan) {
                s.detail += QStringLiteral(" · ") + Format::yi(*slices.at(i).amountYuan);
                total += *slices.at(i).amountYuan;
            } else {
                complete = false;
            }
            drawn.append(s);
            rowOfSlice.append(donut.rows.at(i));
            const QString citation = index.data(CitationRole).toString();
            if (!citation.isEmpty())
                citations.insert(citation);
            if (!legendLabels.contains(s.label)) {
                legendLabels.insert(s.label);
                legend->addItem(new SliceLegendItem(legend, s.label, s.color, s.hatched));
            }
        }
        pie->setSlices(drawn);
        pie->setCenterText(
            complete && total > 0 ? name + QLatin1Char('\n') + Format::yi(total) : name);
    };
    fill(m_pie, a, slicesA, m_rowOfSlice, nameOf(true));
    fill(m_pieB, b, slicesB, m_rowOfSliceB, nameOf(false));

    QList<DeltaBarsItem::Bar> bars;
    for (const FundingDelta &d : fundingDeltas(slicesA, slicesB)) {
        const double delta = d.delta();
        const QString sign = delta > 0 ? QStringLiteral("+")
            : delta < 0                ? QStringLiteral("−")
                                       : QStringLiteral("±");
        bars.append({d.label, delta, sign + Format::yi(std::abs(delta)),
            colourOf(CompareSlice {d.label, {}, false})});
    }
    m_deltas->setBars(bars);

    showEmptyState(false, QString());
    chartFrame().setTitle(tr("%1 vs %2").arg(a.title, b.title));
    setSources(citations);
    return true;
}

} // namespace TrendScope
