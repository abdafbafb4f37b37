#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Cloud price cuts as a table: vendor, announced, effective, products, min %, max %, source.
// A row's own entity is the price cut; its organization is the vendor.
class PriceCutModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VendorColumn,
        AnnouncedColumn,
        EffectiveColumn,
        ProductsColumn,
        MinPercentColumn,
        MaxPercentColumn,
        SourceColumn,
        ColumnCount
    };

    explicit PriceCutModel(QObject *parent = nullptr);

    void setRows(const PriceCutRows &rows);
    const PriceCutRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "15–50%", "50%", "up to 40%", "at least 15%" or "not stated".
    static QString cutLabel(
        const std::optional<double> &minPercent, const std::optional<double> &maxPercent);

private:
    QString toolTip(const PriceCutRow &row) const;

    PriceCutRows m_rows;
};

} // namespace TrendScope
