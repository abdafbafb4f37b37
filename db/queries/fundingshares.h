#pragma once

#include "types.h"

namespace TrendScope {

// The slices of every funding donut, computed from the stated funding rows:
//  * per period and parent domain, the shares of its sub-domains (stated, or derived from
//    stated amounts), plus an "Other (remainder, derived)" slice when the stated shares sum
//    to less than 100; amounts not stated are derived from a stated (or derived) parent
//    total where one exists;
//  * per company list (period + table), the companies grouped by direction and by round:
//    group totals on an inner ring and the companies on the outer ring, all shares derived
//    from the stated amounts.
// Pure arithmetic on value types: no SQL, no invented values.
FundingShares buildFundingShares(
    const FundingTotalRows &totals, const FundingCompanyRows &companies);

} // namespace TrendScope
