#pragma once

#include "queries.h"

class QAbstractItemModel;
class QItemSelectionModel;

namespace TrendScope {

// The rows a model shows, as displayed (filtered, sorted, "not stated" spelled out), with
// the header as column names: what "export the rows the current filters show" writes.
Table tableFromModel(const QAbstractItemModel *model, const QString &name);

// The selected cells as tab-separated text, rows in view order, for the clipboard.
QString selectionAsTsv(const QItemSelectionModel *selection);

} // namespace TrendScope
