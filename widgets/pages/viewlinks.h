#pragma once

#include "types.h"

class QAbstractItemModel;
class QAbstractItemView;

namespace TrendScope {

class ExplorerState;

// The row of `model` whose EntityRole is `entity`, or -1.
int rowOfEntity(const QAbstractItemModel *model, EntityRef entity);

// Keeps a table's current row and the shared focus in step, both ways: picking a row
// focuses its entity (EntityRole) everywhere; a focus set elsewhere selects the matching
// rows: the entity's own, or every row of a focused organization (OrganizationEntityRole).
// Qt's own choice of a current row (tabbing in) focuses nothing until the user picks it.
void linkViewToFocus(QAbstractItemView *view, ExplorerState *state);

} // namespace TrendScope
