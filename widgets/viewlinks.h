#pragma once

#include "types.h"

class QAbstractItemModel;
class QAbstractItemView;

namespace TrendScope {

class ExplorerState;

// The row of `model` whose EntityRole is `entity`, or -1.
int rowOfEntity(const QAbstractItemModel *model, EntityRef entity);

// Keeps a table's current row and the shared focus in step, both ways: picking a row
// focuses its entity everywhere; a focus set elsewhere selects the matching row.
void linkViewToFocus(QAbstractItemView *view, ExplorerState *state);

} // namespace TrendScope
