#pragma once

#include "chartstyle.h"
#include "types.h"

#include "chartplot.h"

#include <memory>

namespace TrendScope {

class ChartFrame;
class ExplorerState;
class PieItem;

// One funding donut: reads the slices of one chart from any model answering the roles in
// roles.h (ValueRole = percent, InnerRingRole, GroupRole, AmountRole, DerivedRole, ...),
// in model order. Hover shows the slice's value and provenance, clicking focuses its entity
// everywhere, and the focused entity's slice is pulled out and outlined (never filtered away).
class FundingChart : public ChartPlot
{
    Q_OBJECT
public:
    FundingChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~FundingChart() override;

    void setTheme(const ChartTheme &theme);
    QString title() const;
    const ChartFrame &frame() const { return *m_frame; }
    PieItem *pie() const { return m_pie; }

    int sliceCount() const { return int(m_rowOfSlice.size()); }
    // Model row drawn as slice `slice`, and back.
    int rowOfSlice(int slice) const { return m_rowOfSlice.value(slice, -1); }
    int sliceOfRow(int row) const { return int(m_rowOfSlice.indexOf(row)); }
    // Centre of the slice of model row `row`, in widget coordinates.
    QPointF sliceCenter(int row) const;
    int rowAt(const QPointF &pos) const;
    QList<int> highlightedRows() const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void rebuild();
    void updateHighlight();
    void updateSubtitle();

    QAbstractItemModel *m_model;
    ExplorerState *m_state;
    std::unique_ptr<ChartFrame> m_frame;
    ChartTheme m_theme;
    PieItem *m_pie;
    QList<int> m_rowOfSlice;
};

} // namespace TrendScope
