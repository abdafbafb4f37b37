#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// Technologies on the maturity curves, one row per technology and curve year: technology,
// domain, year, stage, new?, source. The curve's stages (with or without technologies) come
// with the rows, so a chart can draw every stage.
class MaturityModel : public RowTableModel<MaturityPosition>
{
    Q_OBJECT
public:
    enum Column
    {
        TechnologyColumn,
        DomainColumn,
        YearColumn,
        StageColumn,
        NewColumn,
        SourceColumn,
        ColumnCount
    };

    explicit MaturityModel(QObject *parent = nullptr);

    void setRows(const MaturityStages &stages, const MaturityPositions &rows);
    const MaturityStages &stages() const { return m_stages; }
    const MaturityPositions &rows() const { return m_rows; }
    // The curve years present, ascending.
    QList<int> curveYears() const;

private:
    QString headerText(int column) const override;
    QVariant cell(const MaturityPosition &row, int column, int role) const override;
    QString toolTip(const MaturityPosition &row, int column) const override;

    MaturityStages m_stages;
};

} // namespace TrendScope
