#pragma once

#include <QVariant>

#include <functional>
#include <vector>

namespace TrendScope {

// The rows 0 … rowCount-1 in the order of their SortRole values, as QSortFilterProxyModel
// orders them: numbers as numbers, text by the locale's collation, a missing value after
// every other in ascending order; rows with equal values keep their order (stable).
std::vector<int> sortedRows(
    int rowCount, const std::function<QVariant(int row)> &valueOf, Qt::SortOrder order);

} // namespace TrendScope
