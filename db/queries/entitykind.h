#pragma once

#include "types.h"

#include <QStringView>

namespace TrendScope {

// The table an entity of `kind` is a row of ("price_cut"): also the kind's stable name where
// one is written down (saved views). nullptr for EntityKind::None.
const char *entityTable(EntityKind kind);
// The kind whose rows live in `table`; EntityKind::None for any other name.
EntityKind entityKindOfTable(QStringView table);

} // namespace TrendScope
