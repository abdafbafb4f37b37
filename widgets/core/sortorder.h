#pragma once

#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace TrendScope {

// The rows 0 … rowCount-1 in the order of their SortRole values: numbers as numbers, text
// by `locale`'s collation (the interface language's by default: pinyin order for Chinese,
// digits in a text by value, "Org 2" before "Org 10"), a missing value after every other in
// ascending order; rows with equal values keep their order (stable). Each distinct text's
// collation key is made once, and rows compare the texts' places in the collation.
std::vector<int> sortedRows(int rowCount, const std::function<QVariant(int row)> &valueOf,
    Qt::SortOrder order, const QLocale &locale = QLocale());

// `texts` in `locale`'s collation, as sortedRows() orders text: the lists people pick from
// (organizations, a column's values) in the interface language's order.
void sortTexts(QStringList &texts, const QLocale &locale = QLocale());

} // namespace TrendScope
