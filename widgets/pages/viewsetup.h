#pragma once

#include <functional>

class QAbstractItemModel;
class QObject;
class QString;
class QTableView;

namespace TrendScope {

class ChartView;
class ExplorerState;

// Wiring every view page repeats, in one place.

// A read-only, sortable table of whole rows over `model` (proxies: columns are fitted when
// the rows under them reload).
void setupTable(QTableView *table, QAbstractItemModel *model, const QString &objectName);

// Fits the table's columns to their contents, none wider than MaxColumnCharacters average
// characters.
void fitColumns(QTableView *table);
constexpr int MaxColumnCharacters = 40;

// Calls `react` (in `context`'s lifetime) after every change `model` announces: a reset, a
// layout change, rows inserted or removed, or data changed. Charts redraw from it.
void onModelChanged(
    QAbstractItemModel *model, QObject *context, const std::function<void()> &react);

// Emits the view's rowCountsChanged whenever `model` (its proxy) changes its rows.
void forwardRowCounts(QAbstractItemModel *model, ChartView *view);

} // namespace TrendScope
