#pragma once

class QAbstractItemModel;
class QString;
class QTableView;

namespace TrendScope {

class ChartView;
class ExplorerState;

// Wiring every view page repeats, in one place.

// A read-only, sortable table of whole rows over `model`.
void setupTable(QTableView *table, QAbstractItemModel *model, const QString &objectName);

// Emits the view's rowCountsChanged whenever `model` (its proxy) changes its rows.
void forwardRowCounts(QAbstractItemModel *model, ChartView *view);

} // namespace TrendScope
