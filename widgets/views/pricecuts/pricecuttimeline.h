#pragma once

#include "editionmarks.h"
#include "timeaxisplot.h"
#include "timelinelayout.h"

namespace TrendScope {

// Cloud price cuts on a date axis, one lane per vendor. The announcement and the effective
// date are distinct markers joined by a line; a date known only to the month is drawn as a
// bar over that month. Each cut carries its size ("15–50%", "up to 40%", "not stated").
// Reads any model answering the roles in roles.h (DateRole = announced, SecondDateRole =
// effective, LabelRole = the cut). Clicking a cut focuses its vendor; a focused vendor's
// lane is highlighted. At most MaxCuts rows are drawn, the first in the table's order, and
// the subtitle says so (as the policy timeline does). While two editions are compared
// (ExplorerState::comparison), a cut of B that A does not have (no cut of A by the same
// vendor for the same products) is ringed in the "new" colour, cuts of neither edition are
// faded, and the stretch of time B's own cuts cover is shaded; when one of the two editions
// has no cuts the chart draws none and says so.
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

    // The column whose text names the products a cut is about. Comparing editions, a cut of
    // B is new unless A has a cut by the same vendor for the same products; without this
    // column (-1) the vendor alone is compared. The page sets it: the chart reads roles only
    // and the roles have no products.
    void setProductsColumn(int column);

    int cutCount() const { return int(m_cuts.size()); }
    QStringList laneNames() const;
    // Lanes drawn highlighted, by name.
    QStringList highlightedLanes() const;
    // Centre of a cut's marker for model row `row`, in widget coordinates; null if not drawn.
    QPointF markerCenter(int row, Marker marker) const;
    // The date keys a cut's marker covers (a month-precision date spans its month).
    DateSpan markerSpan(int row, Marker marker) const;
    int rowAt(const QPointF &pos) const override;
    // Comparing editions: how row `row` is drawn (Plain when not drawn), and the shaded span
    // of B's cuts (empty when not comparing or an edition has no cuts).
    EditionMark editionMarkOfRow(int row) const;
    QCPRange shadedSpanB() const;

protected:
    void retranslate() override;
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
        qint64 edition = 0;
        QString key; // vendor and products: the same cut in another edition has the same key
        EditionMark mark = EditionMark::Plain;
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
    static constexpr double RingRadius = PointRadius + 5.5; // the ring of a cut new in B

    void draw();
    // Comparing editions: each cut's mark, B's span, and no cuts drawn when an edition has
    // none.
    void markEditionCuts();
    bool hitsMarker(const DateSpan &span, int lane, const QPointF &pos) const;

    QList<Cut> m_cuts;
    QList<Lane> m_lanes;
    int m_undated = 0;
    int m_hiddenLabels = 0; // at the last layout
    QString m_shownNote; // firstRowsNote() when rows are left out
    EditionMarking m_marking;
    int m_productsColumn = -1;
};

} // namespace TrendScope
