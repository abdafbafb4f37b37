#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// The slices of all funding donuts as one table: slice, group, share, amount (亿元), status,
// source. ChartKeyRole tells which donut a row belongs to.
class FundingShareModel : public RowTableModel<FundingShare>
{
    Q_OBJECT
public:
    enum Column
    {
        SliceColumn,
        GroupColumn,
        ShareColumn,
        AmountColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };

    explicit FundingShareModel(QObject *parent = nullptr);

private:
    QString headerText(int column) const override;
    QString sliceName(const FundingShare &row) const;
    QVariant cell(const FundingShare &row, int column, int role) const override;
    QString toolTip(const FundingShare &row, int column) const override;
};

} // namespace TrendScope
