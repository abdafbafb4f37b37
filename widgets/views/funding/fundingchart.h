#pragma once

#include "modelchart.h"

namespace TrendScope {

class PieItem;

// One funding donut: reads the slices of one chart from any model answering the roles in
// roles.h (ValueRole = percent, InnerRingRole, GroupRole, AmountRole, DerivedRole, ...),
// in model order. Hover shows the slice's value and provenance, clicking focuses its entity
// everywhere, and the focused entity's slice is pulled out and outlined (never filtered away).
class FundingChart : public ModelChart
{
    Q_OBJECT
public:
    FundingChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~FundingChart() override;

    PieItem *pie() const { return m_pie; }

    int sliceCount() const { return int(m_rowOfSlice.size()); }
    // Model row drawn as slice `slice`, and back.
    int rowOfSlice(int slice) const { return m_rowOfSlice.value(slice, -1); }
    int sliceOfRow(int row) const { return int(m_rowOfSlice.indexOf(row)); }
    // Centre of the slice of model row `row`, in widget coordinates.
    QPointF sliceCenter(int row) const;
    int rowAt(const QPointF &pos) const override;
    QList<int> highlightedRows() const;

protected:
    void rebuild() override;
    void applyChartTheme(const ChartTheme &theme) override;
    void updateHighlight() override;
    void updateSubtitle() override;
    // The hovered slice is drawn raised.
    void hoverRow(int row) override;

private:
    PieItem *m_pie;
    QList<int> m_rowOfSlice;
};

} // namespace TrendScope
