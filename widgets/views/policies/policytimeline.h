#pragma once

#include "editionmarks.h"
#include "timeaxisplot.h"
#include "timelinelayout.h"

namespace TrendScope {

// Policies and events on one date axis, one lane per group (GroupRole: all policies, then
// each event category). A day is a dot, a month or a year a bar over that stretch of time.
// Items whose labels would overlap in a lane are stacked into sub-rows by greedy interval
// packing on the labels' pixel extent, recomputed whenever the zoom or the size changes
// (also for exports at another size). Labels keep a readable size: when the chart has no
// room for every sub-row, each lane keeps the sub-rows it is allotted for its most important
// items (the focused ones, then in the table's order) and draws the rest in its last
// sub-row as counted clusters per month ("+12"), which zooming in or a larger chart opens.
// At most MaxItems rows are drawn, the first in the table's order, and the subtitle says so:
// each is three QCustomPlot items, and a large dataset's every row took seconds per filter
// change and was unreadable (PERFORMANCE.md). Clicking an item focuses it; the focused
// item, or the events of a focused organization, are highlighted. While two editions are
// compared (ExplorerState::comparison), the items new in B (lane and title not in A) are
// outlined in the "new" colour with bold labels, items of neither edition are faded, and
// the stretch of time B's own items cover is shaded (the views do not know the editions'
// stated periods; the subtitle says the shading is the span of B's items).
class PolicyTimeline : public TimeAxisPlot
{
    Q_OBJECT
public:
    static constexpr int MaxItems = 300;

    PolicyTimeline(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~PolicyTimeline() override;

    int itemCount() const { return int(m_items.size()); }
    QStringList laneNames() const;
    // For model row `row`: its lane index, sub-row within the lane, and the centre of its mark
    // in widget coordinates (after the last layout). -1 / null when the row is not drawn.
    int laneOfRow(int row) const;
    int subRowOfRow(int row) const;
    // False when the row is drawn only as part of a counted cluster (no room for its label).
    bool isLabelShown(int row) const;
    // The counts of the clusters drawn, left to right and lane by lane.
    QList<int> clusterCounts() const;
    QPointF itemCenter(int row) const;
    DateSpan itemSpan(int row) const;
    QList<int> highlightedRows() const;
    int rowAt(const QPointF &pos) const override;
    // Comparing editions: how row `row` is drawn, and the shaded span of B's items (empty
    // when not comparing or B has no items).
    EditionMark editionMarkOfRow(int row) const;
    QCPRange shadedSpanB() const
    {
        return m_marking.anyB ? QCPRange(m_marking.spanBStart, m_marking.spanBEnd) : QCPRange();
    }

protected:
    void updateLayout() override;
    void retranslate() override;
    void rebuild() override;
    void applyChartTheme(const ChartTheme &theme) override;
    void updateHighlight() override;
    void updateSubtitle() override;

private:
    struct Item
    {
        int row = 0;
        int lane = 0;
        int subRow = 0;
        EntityRef entity;
        EntityRef organization;
        DateSpan span;
        QString group;
        QString fullLabel;
        bool lit = false;
        bool shown = true; // its own mark and label; false: counted in a cluster
        qint64 edition = 0;
        EditionMark mark = EditionMark::Plain;
        QCPItemRect *bar = nullptr; // month or year
        QCPItemTracer *dot = nullptr; // day
        QCPItemText *text = nullptr;
    };
    // Items of one lane without room for their labels, grouped by month.
    struct Cluster
    {
        double start = 0;
        double end = 0;
        int count = 0;
        double labelStart = 0; // pixels
        double labelWidth = 0;
        QCPItemRect *bar = nullptr;
        QCPItemText *text = nullptr;
    };
    struct Lane
    {
        QString name;
        int firstRow = 0;
        int rows = 1;
        QCPItemRect *band = nullptr;
    };

    void createItems();
    // Stacks labels into sub-rows for the current pixel geometry, clustering what has no
    // room; true if the rows or the clusters changed.
    bool pack();
    // The lane's items without a sub-row as clusters in `row`.
    QList<Cluster> clustersOf(const QList<const Item *> &hidden) const;
    void drawClusters();
    void styleItem(Item &item);
    // Comparing editions: each item's mark, B's span and whether an edition has no items.
    void markEditionItems();
    const Item *itemOfRow(int row) const;

    QList<Item> m_items;
    QList<Lane> m_lanes;
    QList<Cluster> m_clusters;
    QList<int> m_clusterRows; // the sub-row (overall) of each cluster
    int m_clustered = 0; // items drawn in clusters
    int m_undated = 0;
    QString m_shownNote; // firstRowsNote() when rows are left out
    bool m_packing = false;
    bool m_subtitleClusters = false; // the subtitle explains the clusters
    EditionMarking m_marking; // comparing: B's span and the edition without items
};

} // namespace TrendScope
