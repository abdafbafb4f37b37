#pragma once

#include <QList>
#include <QString>

namespace TrendScope {

// How a timeline row is drawn while two editions are compared (issue 15): rows of A as
// usual, rows of B that A also has as usual, rows of B that A has not ("new in B")
// highlighted, and rows of neither edition faded but still on the axis.
enum class EditionMark
{
    Plain, // compare is off
    InA,
    InB, // also in A
    NewInB,
    Neither,
};

// One timeline row: its edition and what it is about, e.g. lane + title: a row of B is new
// when no row of A has the same key.
struct EditionKeyedRow
{
    qint64 edition = 0;
    QString key;
};

// The mark of each row, in order; all Plain when `a` and `b` do not make a comparison.
QList<EditionMark> markEditions(const QList<EditionKeyedRow> &rows, qint64 a, qint64 b);

} // namespace TrendScope
