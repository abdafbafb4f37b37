#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// Training runs joined to their models: model, organization, parameters, tokens, days,
// GPUs, GPU type, and the derived training compute 6 × parameters × tokens.
class TrainingRunModel : public RowTableModel<TrainingRunRow>
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

    // "3.2e23 FLOPs".
    static QString flopsText(double flops);

private:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(const TrainingRunRow &row, int column, int role) const override;
    QString toolTip(const TrainingRunRow &row, int column) const override;
};

} // namespace TrendScope
