#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// Cloud price cuts as a table: vendor, announced, effective, products, min %, max %, source.
// A row's own entity is the price cut; its organization is the vendor.
class PriceCutModel : public RowTableModel<PriceCutRow>
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

    // "15–50%", "50%", "up to 40%", "at least 15%" or "not stated".
    static QString cutLabel(
        const std::optional<double> &minPercent, const std::optional<double> &maxPercent);

protected:
    QString headerText(int column) const override;
    QVariant cell(const PriceCutRow &row, int column, int role) const override;
    QString toolTip(const PriceCutRow &row, int column) const override;
};

} // namespace TrendScope
