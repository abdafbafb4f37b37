#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Technologies on the maturity curves, one row per technology and curve year: technology,
// domain, year, stage, new?, source. The curve's stages (with or without technologies) come
// with the rows, so a chart can draw every stage.
class MaturityModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const MaturityPosition &row) const;

    MaturityStages m_stages;
    MaturityPositions m_rows;
};

} // namespace TrendScope
