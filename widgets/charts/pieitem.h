#pragma once

#include <qcustomplot.h>

namespace TrendScope {

// A donut chart drawn as one QCustomPlot item: slices are QPainterPath ring segments, an
// optional inner ring (group totals) and labels with leader lines outside the outer ring,
// stacked so they never overlap. Geometry follows the axis rect at draw time, so the screen,
// PNG, SVG and PDF all go through the same code; selectTest() hit-tests the same paths and
// reports the slice index in `details`.
class PieItem : public QCPAbstractItem
{
    Q_OBJECT
public:
    struct Slice
    {
        double start = 0; // fraction of a full turn, clockwise from 12 o'clock
        double span = 0; // fraction of a full turn
        bool inner = false; // on the inner ring
        QColor color;
        bool hatched = false; // a derived remainder: drawn hatched so it reads as such
        QString label; // first label line
        QString detail; // second label line (percent · amount)
    };

    explicit PieItem(QCustomPlot *plot);

    void setSlices(const QList<Slice> &slices);
    const QList<Slice> &slices() const { return m_slices; }
    // Pulled out and outlined; -1 for none.
    void setHighlighted(const QList<int> &indexes);
    QList<int> highlighted() const { return m_highlighted; }
    void setHovered(int index);
    int hovered() const { return m_hovered; }
    void setCenterText(const QString &text);
    // Whether the outer ring's slices are labelled beside the donut (default); without, the
    // donut takes the whole rect and a legend names the slices (two donuts side by side).
    void setOuterLabels(bool on);
    void setColors(
        const QColor &text, const QColor &muted, const QColor &background, const QColor &highlight);

    // Geometry in widget pixels, for the current layout.
    QPointF center() const;
    double radius() const;
    QPainterPath slicePath(int index) const;
    QPointF sliceCenter(int index) const;
    int sliceAt(const QPointF &pos) const;
    // Where the outer labels were last drawn.
    QList<QRectF> labelRects() const { return m_labelRects; }

    double selectTest(
        const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    struct Rings
    {
        double outerInner, outerOuter, innerInner, innerOuter;
    };
    Rings rings() const;
    bool hasInnerRing() const;
    double labelWidth() const;
    double textScale() const;
    double pullOut(int index) const;

    QList<Slice> m_slices;
    QList<int> m_highlighted;
    int m_hovered = -1;
    QString m_centerText;
    bool m_outerLabels = true;
    QColor m_text, m_muted, m_background, m_highlight;
    QList<QRectF> m_labelRects;
};

// A legend entry for a slice: colour swatch (hatched for a derived remainder) and name.
class SliceLegendItem : public QCPAbstractLegendItem
{
    Q_OBJECT
public:
    SliceLegendItem(QCPLegend *legend, const QString &name, const QColor &color, bool hatched);

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    QString m_name;
    QColor m_color;
    bool m_hatched;
};

} // namespace TrendScope
