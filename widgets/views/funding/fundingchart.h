#pragma once

#include "modelchart.h"

namespace TrendScope {

class DeltaBarsItem;
class PieItem;

// One funding donut: reads the slices of one chart from any model answering the roles in
// roles.h (ValueRole = percent, InnerRingRole, GroupRole, AmountRole, DerivedRole, ...),
// in model order. Hover shows the slice's value and provenance, clicking focuses its entity
// everywhere, and the focused entity's slice is pulled out and outlined (never filtered away).
// When the shared state compares two editions, the model holds the donuts of one kind
// (fundingChartKind) of several editions: the chart draws edition A's donut beside B's,
// each company or domain in the same colour in both (one legend names them), and below them
// the change of each one's amount, B − A, as bars labelled in 亿元. An edition without
// such a donut is said in the chart instead of drawing half a comparison.
class FundingChart : public ModelChart
{
    Q_OBJECT
public:
    FundingChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~FundingChart() override;

    PieItem *pie() const { return m_pie; }
    // Comparing editions: B's donut and the change bars (null when not comparing).
    PieItem *pieB() const { return m_pieB; }
    DeltaBarsItem *deltaBars() const { return m_deltas; }

    int sliceCount() const { return int(m_rowOfSlice.size() + m_rowOfSliceB.size()); }
    // Model row drawn as slice `slice`, and back.
    int rowOfSlice(int slice) const { return m_rowOfSlice.value(slice, -1); }
    int sliceOfRow(int row) const { return int(m_rowOfSlice.indexOf(row)); }
    // Comparing editions: the model rows drawn on B's donut, slice by slice.
    QList<int> rowsOfSlicesB() const { return m_rowOfSliceB; }
    // Centre of the slice of model row `row`, in widget coordinates.
    QPointF sliceCenter(int row) const;
    int rowAt(const QPointF &pos) const override;
    QList<int> highlightedRows() const;

protected:
    void retranslate() override;
    void rebuild() override;
    void applyChartTheme(const ChartTheme &theme) override;
    void updateHighlight() override;
    void updateSubtitle() override;
    // The hovered slice is drawn raised.
    void hoverRow(int row) override;

private:
    // Comparing editions: builds A's and B's donuts and the bars; false when the model has
    // no donut of one of them (the chart then says so).
    bool rebuildComparison();
    void showComparisonLayout(bool on);

    PieItem *m_pie;
    QList<int> m_rowOfSlice;
    // Comparing editions.
    QCPAxisRect *m_pieRect = nullptr; // the plot's own rect: the donut's, A's when comparing
    QSize m_pieMinimumSize; // m_pieRect's own, while comparing shrinks it
    QCPLayoutGrid *m_compareGrid = nullptr; // holds m_pieRect, B's rect and the bars'
    QCPAxisRect *m_rectB = nullptr;
    QCPAxisRect *m_rectBars = nullptr;
    PieItem *m_pieB = nullptr;
    DeltaBarsItem *m_deltas = nullptr;
    QList<int> m_rowOfSliceB;
};

} // namespace TrendScope
