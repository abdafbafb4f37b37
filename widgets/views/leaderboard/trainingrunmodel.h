#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Training runs joined to their models: model, organization, parameters, tokens, days,
// GPUs, GPU type, and the derived training compute 6 × parameters × tokens.
class TrainingRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        OrganizationColumn,
        ParametersColumn,
        TokensColumn,
        DaysColumn,
        GpusColumn,
        GpuTypeColumn,
        ComputeColumn,
        SourceColumn,
        ColumnCount
    };

    explicit TrainingRunModel(QObject *parent = nullptr);

    void setRows(const TrainingRunRows &rows);
    const TrainingRunRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "175 B", "1.4 T": counts of parameters or tokens.
    static QString countText(double value);
    // "3.2e23 FLOPs".
    static QString flopsText(double flops);

private:
    QString toolTip(const TrainingRunRow &row, int column) const;

    TrainingRunRows m_rows;
};

} // namespace TrendScope
