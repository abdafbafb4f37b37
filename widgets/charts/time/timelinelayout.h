#pragma once

#include <QList>
#include <QString>

namespace TrendScope {

// The stretch of time an ISO date of any precision stands for, as QCustomPlot date keys
// (seconds since the epoch, UTC). 'YYYY-MM-DD' is a point at the start of that day;
// 'YYYY-MM' spans the whole month and 'YYYY' the whole year: a month-only date is never
// drawn as if it were the first of the month.
struct DateSpan
{
    enum class Precision
    {
        None,
        Year,
        Month,
        Day
    };

    Precision precision = Precision::None;
    double start = 0;
    double end = 0; // equals start for a day

    bool isValid() const { return precision != Precision::None; }
    bool isPoint() const { return precision == Precision::Day; }
    double center() const { return (start + end) / 2; }
};

// Invalid for empty or malformed text.
DateSpan dateSpan(const QString &isoDate);

// Greedy interval packing. Intervals are [first, second] in any unit (pixels for labels);
// each gets the lowest sub-row in which it keeps at least `gap` from everything already
// placed there, taking intervals in order of their start. Returns the sub-row of each input
// interval, in input order.
struct Interval
{
    double start = 0;
    double end = 0;
};
QList<int> packIntervals(const QList<Interval> &intervals, double gap = 0);

// The sub-rows each lane gets when the chart has room for `capacity` rows in all and lane i
// needs needed[i]: one each, then the rest one at a time to the lane missing most (the first
// such lane on a tie). Never more than a lane needs.
QList<int> allotRows(const QList<int> &needed, int capacity);

// Like packIntervals within at most `rows` sub-rows, taking the intervals in `order` (most
// important first) and putting each in the lowest sub-row where it keeps `gap` from all
// placed there. An interval with no room in any sub-row gets -1.
QList<int> packByPriority(
    const QList<Interval> &intervals, const QList<int> &order, int rows, double gap = 0);

} // namespace TrendScope
