#pragma once

#include "timeaxisplot.h"
#include "timelinelayout.h"

namespace TrendScope {

// Cloud price cuts on a date axis, one lane per vendor. The announcement and the effective
// date are distinct markers joined by a line; a date known only to the month is drawn as a
// bar over that month. Each cut carries its size ("15–50%", "up to 40%", "not stated").
// Reads any model answering the roles in roles.h (DateRole = announced, SecondDateRole =
// effective, LabelRole = the cut). Clicking a cut focuses its vendor; a focused vendor's
// lane is highlighted. At most MaxCuts rows are drawn, the first in the table's order, and
// the subtitle says so (as the policy timeline does).
class PriceCutTimeline : public TimeAxisPlot
{
    Q_OBJECT
public:
    enum class Marker
    {
        Announced,
        Effective
    };

    static constexpr int MaxCuts = 200;

    PriceCutTimeline(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~PriceCutTimeline() override;

    int cutCount() const { return int(m_cuts.size()); }
    QStringList laneNames() const;
    // Lanes drawn highlighted, by name.
    QStringList highlightedLanes() const;
    // Centre of a cut's marker for model row `row`, in widget coordinates; null if not drawn.
    QPointF markerCenter(int row, Marker marker) const;
    // The date keys a cut's marker covers (a month-precision date spans its month).
    DateSpan markerSpan(int row, Marker marker) const;
    int rowAt(const QPointF &pos) const override;

protected:
    // A cut stands for its vendor: clicking it focuses the vendor.
    EntityRef entityAt(int row) const override;
    void rebuild() override;
    // Sizes and places the labels for the lanes' pixel height: the cut's size above its marks
    // (13 pt down to 9 pt) or beside them in a flat lane, the dates under the marks when
    // there is room; a label that would touch another or leave the plot is left out, and
    // the subtitle says so (the tooltip has everything).
    void updateLayout() override;
    void applyChartTheme(const ChartTheme &theme) override;
    void updateHighlight() override;
    void updateSubtitle() override;

private:
    struct Cut
    {
        int row = 0;
        int lane = 0;
        EntityRef entity;
        EntityRef organization;
        DateSpan announced;
        DateSpan effective;
        QString label;
        QCPItemText *text = nullptr;
        QCPItemText *announcedText = nullptr;
        QCPItemText *effectiveText = nullptr;
    };
    struct Lane
    {
        EntityRef organization;
        QString name;
        QCPItemRect *band = nullptr;
    };

    // Shared by the drawing (pricecuttimeline.cpp) and the layout (pricecuttimelinelayout.cpp).
    static constexpr double SpanHalfHeight = 0.14; // of a lane, for month-precision bars
    static constexpr double PointRadius = 6; // pixels

    void draw();
    bool hitsMarker(const DateSpan &span, int lane, const QPointF &pos) const;

    QList<Cut> m_cuts;
    QList<Lane> m_lanes;
    int m_undated = 0;
    int m_hiddenLabels = 0; // at the last layout
    QString m_shownNote; // firstRowsNote() when rows are left out
};

} // namespace TrendScope
