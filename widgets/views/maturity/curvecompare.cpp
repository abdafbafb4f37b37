#include "curvecompare.h"

#include <QHash>

#include <algorithm>

namespace TrendScope {

CurveComparison compareCurves(const QList<CurveEntry> &entries, qint64 a, qint64 b)
{
    CurveComparison result;
    for (const CurveEntry &e : entries) {
        if (e.edition == a)
            result.yearA = std::max(result.yearA, e.year);
        else if (e.edition == b)
            result.yearB = std::max(result.yearB, e.year);
    }
    for (const CurveEntry &e : entries) {
        const bool inA = e.edition == a && e.year == result.yearA;
        const bool inB = e.edition == b && e.year == result.yearB;
        if (!inA && !inB)
            continue;
        CurveEntry keyed = e;
        keyed.year = inA ? CurveComparison::EarlierKey : CurveComparison::LaterKey;
        keyed.isNew = false;
        result.entries.append(keyed);
    }
    return result;
}

CurveChanges curveChanges(const CurveComparison &comparison)
{
    QHash<qint64, const CurveEntry *> before;
    QHash<qint64, const CurveEntry *> after;
    for (const CurveEntry &e : comparison.entries)
        (e.year == CurveComparison::EarlierKey ? before : after).insert(e.entity.id, &e);
    CurveChanges changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const CurveEntry *was = before.value(it.key());
        if (!was)
            changes.added.append(it.value()->label);
        else if (was->stageOrdinal != it.value()->stageOrdinal)
            changes.moved.append(it.value()->label);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.dropped.append(it.value()->label);
    }
    for (QStringList *list : {&changes.moved, &changes.added, &changes.dropped})
        std::sort(list->begin(), list->end());
    return changes;
}

} // namespace TrendScope
