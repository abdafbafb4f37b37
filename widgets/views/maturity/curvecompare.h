#pragma once

#include "curvelayout.h"

namespace TrendScope {

// Comparing two editions on the maturity curve (issue 15): edition A's latest curve against
// edition B's latest curve. The rows go to layoutCurve() as two curves keyed EarlierKey (A)
// and LaterKey (B), so a technology that changed stage gets one arrow however many stages
// it moved, one only on A's curve is a ghost that left the curve ("dropped"), and "new"
// means on B's curve but not on A's: the report's own is_new marks are cleared, as they
// say what is new against the report's older curve, not against edition A.
struct CurveComparison
{
    static constexpr int EarlierKey = 1;
    static constexpr int LaterKey = 2;

    int yearA = 0; // A's latest curve year; 0: A has no positions
    int yearB = 0;
    QList<CurveEntry> entries; // A's and B's latest rows, keyed as above, in model order

    bool complete() const { return yearA > 0 && yearB > 0; }
};

// The rows of `entries` (every model row) that take part in comparing edition `a` with `b`.
CurveComparison compareCurves(const QList<CurveEntry> &entries, qint64 a, qint64 b);

// What changed between the two curves of a comparison, by technology label in label order:
// for tests, tooltips and the subtitle.
struct CurveChanges
{
    QStringList moved; // changed stage (one entry however many stages)
    QStringList added; // on B's curve only
    QStringList dropped; // on A's curve only
};
CurveChanges curveChanges(const CurveComparison &comparison);

} // namespace TrendScope
