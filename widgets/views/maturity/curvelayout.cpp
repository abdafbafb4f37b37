#include "curvelayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace TrendScope {

namespace {

constexpr int CurveSamples = 240;

} // namespace

double curveY(double x, int stageCount)
{
    // A logistic S: slow start among frontier technologies, steep through adoption,
    // flattening towards maturity.
    const double n = std::max(1, stageCount);
    const double k = 7.0 / n;
    return 0.1 + 0.8 / (1.0 + std::exp(-k * (x - n / 2.0)));
}

CurveLayout layoutCurve(const MaturityStages &stages, const QList<CurveEntry> &entries, int year,
    std::optional<int> compareYear, int maxPointsPerYear)
{
    CurveLayout layout;
    const int stageCount = int(stages.size());
    const double n = std::max(1, stageCount);
    QHash<int, int> bandOfOrdinal;
    for (int i = 0; i < stageCount; ++i)
        bandOfOrdinal.insert(stages.at(i).ordinal, i);

    // Which years to draw: the chosen one (or the latest), and the comparison year.
    QSet<int> yearSet;
    for (const CurveEntry &e : entries)
        yearSet.insert(e.year);
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());
    int later = years.contains(year) ? year : (years.isEmpty() ? year : years.constLast());
    std::optional<int> earlier;
    if (compareYear && *compareYear != later) {
        earlier = std::min(*compareYear, later);
        later = std::max(*compareYear, later);
    }
    layout.year = later;
    layout.earlierYear = earlier;

    for (int i = 0; i <= CurveSamples; ++i) {
        const double x = n * i / CurveSamples;
        layout.curve.append(QPointF(x, curveY(x, stageCount)));
    }

    // The rows of the drawn years, each with its band.
    QList<std::pair<CurveEntry, int>> laterEntries;
    QList<std::pair<CurveEntry, int>> earlierEntries;
    for (const CurveEntry &e : entries) {
        if (e.year != later && (!earlier || e.year != *earlier))
            continue;
        auto &list = e.year == later ? laterEntries : earlierEntries;
        if (list.size() >= maxPointsPerYear) {
            ++layout.leftOut;
            continue;
        }
        if (!bandOfOrdinal.contains(e.stageOrdinal))
            continue;
        list.append({e, bandOfOrdinal.value(e.stageOrdinal)});
        layout.rows.append(e.row);
        if (!layout.domains.contains(e.domain))
            layout.domains.append(e.domain);
    }
    std::sort(layout.domains.begin(), layout.domains.end());

    // Which earlier positions are drawn: technologies that changed stage or left the curve
    // (same stage both years: the later point says it).
    QHash<qint64, int> laterBandByTech;
    for (const auto &[e, band] : std::as_const(laterEntries))
        laterBandByTech.insert(e.entity.id, band);
    QSet<qint64> onEarlier;
    struct Drawn
    {
        CurveEntry entry;
        int band;
        bool ghost;
    };
    QList<Drawn> drawn;
    for (const auto &[e, band] : std::as_const(laterEntries))
        drawn.append({e, band, false});
    for (const auto &[e, band] : std::as_const(earlierEntries)) {
        onEarlier.insert(e.entity.id);
        if (!laterBandByTech.contains(e.entity.id) || laterBandByTech.value(e.entity.id) != band)
            drawn.append({e, band, true});
    }

    // Spread evenly along their stage's stretch of the curve, ordered by label (later year
    // first), so an earlier position never hides under a later one.
    std::stable_sort(drawn.begin(), drawn.end(), [](const Drawn &a, const Drawn &b) {
        if (a.band != b.band)
            return a.band < b.band;
        if (a.entry.label != b.entry.label)
            return a.entry.label < b.entry.label;
        return a.ghost < b.ghost;
    });
    QHash<int, int> perBand;
    for (const Drawn &d : std::as_const(drawn))
        ++perBand[d.band];
    QHash<int, int> seen;
    QList<CurvePoint> ghosts;
    for (const Drawn &d : std::as_const(drawn)) {
        const int k = seen[d.band]++;
        CurvePoint p;
        p.row = d.entry.row;
        p.x = d.band + (k + 1.0) / (perBand.value(d.band) + 1.0);
        p.y = curveY(p.x, stageCount);
        p.entity = d.entry.entity;
        p.label = d.entry.label;
        p.domain = d.entry.domain;
        p.ghost = d.ghost;
        if (d.ghost) {
            p.onlyEarlier = !laterBandByTech.contains(p.entity.id);
            ghosts.append(p);
        } else {
            p.isNew = d.entry.isNew || (earlier && !onEarlier.contains(p.entity.id));
            layout.points.append(p);
        }
    }
    const int laterCount = int(layout.points.size());
    for (const CurvePoint &ghost : std::as_const(ghosts)) {
        if (!ghost.onlyEarlier) {
            // Changed stage: an arrow to the later position.
            for (int i = 0; i < laterCount; ++i) {
                const CurvePoint &to = layout.points.at(i);
                if (to.entity == ghost.entity) {
                    layout.arrows.append({QPointF(ghost.x, ghost.y), QPointF(to.x, to.y)});
                    break;
                }
            }
        }
        layout.points.append(ghost);
    }

    for (int i = 0; i < stageCount; ++i) {
        const bool occupied = std::any_of(layout.points.cbegin(), layout.points.cend(),
            [i](const CurvePoint &p) { return int(p.x) == i; });
        if (!occupied)
            layout.emptyStages.append(i);
    }
    return layout;
}

} // namespace TrendScope
