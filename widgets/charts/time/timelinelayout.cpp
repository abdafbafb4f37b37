#include "timelinelayout.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace TrendScope {

namespace {

double key(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
}

} // namespace

DateSpan dateSpan(const QString &isoDate)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(isoDate);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    DateSpan span;
    if (match.captured(2).isEmpty()) {
        span.precision = DateSpan::Precision::Year;
        span.start = key(QDate(year, 1, 1));
        span.end = key(QDate(year + 1, 1, 1));
        return span;
    }
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return {};
    const QDate first(year, month, 1);
    if (match.captured(3).isEmpty()) {
        span.precision = DateSpan::Precision::Month;
        span.start = key(first);
        span.end = key(first.addMonths(1));
        return span;
    }
    const QDate day(year, month, match.captured(3).toInt());
    if (!day.isValid())
        return {};
    span.precision = DateSpan::Precision::Day;
    span.start = span.end = key(day);
    return span;
}

QList<int> packIntervals(const QList<Interval> &intervals, double gap)
{
    QList<int> order(intervals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return intervals.at(a).start < intervals.at(b).start; });
    QList<int> rows(intervals.size(), 0);
    QList<double> rowEnds; // the end of the last interval placed in each sub-row
    for (const int i : std::as_const(order)) {
        const Interval &interval = intervals.at(i);
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) + gap > interval.start)
            ++row;
        if (row == rowEnds.size())
            rowEnds.append(interval.end);
        else
            rowEnds[row] = interval.end;
        rows[i] = row;
    }
    return rows;
}

QList<int> allotRows(const QList<int> &needed, int capacity)
{
    QList<int> rows(needed.size(), 1);
    int left = capacity - int(needed.size());
    while (left > 0) {
        int neediest = -1;
        for (int i = 0; i < needed.size(); ++i) {
            const int missing = needed.at(i) - rows.at(i);
            if (missing > 0 && (neediest < 0 || missing > needed.at(neediest) - rows.at(neediest)))
                neediest = i;
        }
        if (neediest < 0)
            break;
        ++rows[neediest];
        --left;
    }
    return rows;
}

QList<int> packByPriority(
    const QList<Interval> &intervals, const QList<int> &order, int rows, double gap)
{
    QList<int> rowOf(intervals.size(), -1);
    QList<QList<Interval>> placed(std::max(rows, 0));
    for (const int i : order) {
        const Interval &interval = intervals.at(i);
        for (int row = 0; row < placed.size(); ++row) {
            const bool free = std::none_of(
                placed.at(row).cbegin(), placed.at(row).cend(), [&](const Interval &other) {
                    return interval.start < other.end + gap && other.start < interval.end + gap;
                });
            if (free) {
                placed[row].append(interval);
                rowOf[i] = row;
                break;
            }
        }
    }
    return rowOf;
}

} // namespace TrendScope
