#pragma once

#include "types.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

// Where the maturity curve puts things, in plot coordinates (x: stage bands of width 1 from
// 0; y: maturity from 0 to 1), computed from plain rows and no QCustomPlot: the S-shaped
// curve, the year(s) drawn, each technology's point and, in compare mode, the earlier
// positions and the arrows between them.

// One model row: a technology's position on one year's curve.
struct CurveEntry
{
    int row = -1;
    int year = 0;
    int stageOrdinal = 0;
    QString label;
    EntityRef entity;
    bool isNew = false; // the report marks it new on this curve
    QString domain;
    qint64 edition = 0; // the edition of its source the row belongs to (comparing editions)
};

struct CurvePoint
{
    int row = -1;
    double x = 0;
    double y = 0;
    EntityRef entity;
    QString label;
    QString domain;
    bool isNew = false; // marked new, or (comparing) only on the later curve
    bool ghost = false; // a position on the earlier curve (comparing)
    bool onlyEarlier = false; // a ghost whose technology left the curve
};

// Comparing: a technology that changed stage, from its earlier to its later point.
struct CurveArrow
{
    QPointF from;
    QPointF to;
};

struct CurveLayout
{
    int year = 0; // the later (or only) year drawn
    std::optional<int> earlierYear;
    QPolygonF curve; // the S, sampled left to right
    // The later year's points, then the earlier positions drawn: those that changed stage or
    // left the curve (a technology in the same stage both years is drawn once). Points of a
    // stage are spread evenly over its band, by label.
    QList<CurvePoint> points;
    QList<CurveArrow> arrows;
    QList<int> emptyStages; // bands without a point, by index
    QStringList domains; // of every placed row, sorted: the order of their colours
    QList<int> rows; // the model rows placed, of both years, in model order
    int leftOut = 0; // rows of the drawn years beyond maxPointsPerYear
};

// The S over `stageCount` bands: a logistic from 0.1 to 0.9, steepest at the middle.
double curveY(double x, int stageCount);

// Lays out `entries` (every row of the model, in model order) on the curve of `year` (0 or
// a year without rows: the latest year present), compared with `compareYear` if given. At
// most `maxPointsPerYear` rows of each year are placed, the first in model order; rows
// whose stage is not among `stages` are left off.
CurveLayout layoutCurve(const MaturityStages &stages, const QList<CurveEntry> &entries, int year,
    std::optional<int> compareYear, int maxPointsPerYear);

} // namespace TrendScope
