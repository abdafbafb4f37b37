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
// `focusRole` is the role holding the entity a row stands for: EntityRole, or e.g.
// OrganizationEntityRole for a table whose rows all focus their organization (then a focus
// selects every row of that organization).
void linkViewToFocus(QAbstractItemView *view, ExplorerState *state, int focusRole = -1);

} // namespace TrendScope
