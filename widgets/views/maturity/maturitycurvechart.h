#pragma once

#include "curvecompare.h"
#include "modelchart.h"

#include <optional>

namespace TrendScope {

class CurveLabels;

// The technology maturity curve: the report's own stages as bands along a smooth S-shaped
// curve, each technology a labelled point in its stage. In compare mode two curve years are
// drawn together: the earlier positions hollow, an arrow for every technology that changed
// stage and a "new" mark for technologies only on the later curve. Reads any model that
// answers the roles in roles.h (CurveYearRole, StageOrdinalRole, IsNewRole, EntityRole,
// LabelRole, DomainRole); clicking a point focuses its technology, the focus is highlighted.
// At most MaxPointsPerYear technologies of each drawn year are placed, the first in the
// table's order, and the subtitle says so: more labels cannot be read on one curve, and
// placing a large dataset's thousands took seconds per change (PERFORMANCE.md).
// When the shared state compares two editions, edition A's latest curve is drawn against
// edition B's instead (curvecompare.h): "new" means new in B, a technology B dropped stays
// as a faded ghost labelled "dropped", and the curve year controls do not apply.
class MaturityCurveChart : public ModelChart
{
    Q_OBJECT
public:
    static constexpr int MaxPointsPerYear = 120;

    MaturityCurveChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~MaturityCurveChart() override;

    void setStages(const MaturityStages &stages);
    // The curve year shown; 0 shows the latest year the model has.
    void setCurveYear(int year);
    // A second year to compare with, or none.
    void setCompareYear(std::optional<int> year);

    // For tests and the view.
    int pointCount() const { return int(m_points.size()); }
    // Centre of the (later-year) point of model row `row`, in widget coordinates.
    QPointF pointCenter(int row) const;
    int rowAt(const QPointF &pos) const override;
    int arrowCount() const { return int(m_arrows.size()); }
    int newMarkCount() const;
    QList<int> highlightedRows() const;
    // Where labels and the curve were last drawn, in widget pixels.
    QList<QRectF> labelRects() const;
    // The point labels drawn, in drawing order ("6G · new", "文本生成图像 · dropped").
    QStringList labelTexts() const;
    QPolygonF curvePixels() const;

protected:
    void retranslate() override;
    void rebuild() override;
    void updateHighlight() override;
    // The title names the years shown, so it is redrawn with the subtitle.
    void updateSubtitle() override;

private:
    QPointF pixelOf(const CurvePoint &point) const;
    // How edition A (or B) of the comparison is named.
    QString editionName(bool a) const;

    MaturityStages m_stages;
    int m_year = 0;
    std::optional<int> m_compareYear;
    int m_shownYear = 0;
    std::optional<int> m_shownFrom;
    QString m_shownNote; // firstRowsNote() when positions are left out
    std::optional<CurveComparison> m_editions; // comparing editions: A's and B's curves
    QString m_missingEdition; // comparing: the edition without a curve, named

    QList<CurvePoint> m_points; // as layoutCurve placed them
    QList<QCPItemLine *> m_arrows;
    QCPGraph *m_curve = nullptr;
    QCPGraph *m_newMarks = nullptr;
    QCPGraph *m_highlight = nullptr;
    CurveLabels *m_labels = nullptr;
};

} // namespace TrendScope
