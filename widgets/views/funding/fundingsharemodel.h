#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// The slices of all funding donuts as one table: slice, group, share, amount (亿元), status,
// source. ChartKeyRole tells which donut a row belongs to.
class FundingShareModel : public QAbstractTableModel
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

    void setRows(const FundingShares &rows);
    const FundingShares &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const FundingShare &row) const;

    FundingShares m_rows;
};

// "25.00亿元" from yuan; the display unit of the funding view.
QString yiText(double yuan);

} // namespace TrendScope
