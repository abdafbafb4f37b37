#pragma once

#include <QList>
#include <QString>

#include <utility>

class QColor;
class QCustomPlot;
class QCPItemRect;

namespace TrendScope {

struct Comparison;

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

// One timeline row: its edition, what it is about (e.g. lane + title: a row of B is new when
// no row of A has the same key) and the stretch of time it covers (date keys), for B's span.
struct EditionKeyedRow
{
    qint64 edition = 0;
    QString key;
    double start = 0;
    double end = 0;
};

// The mark of each row, in order; all Plain when `a` and `b` do not make a comparison.
QList<EditionMark> markEditions(const QList<EditionKeyedRow> &rows, qint64 a, qint64 b);

// What a timeline needs to draw a comparison of its rows: each row's mark, whether each
// edition has rows at all, and the span of B's rows (the views do not know the editions'
// stated periods, so B's time is the span of its own rows).
struct EditionMarking
{
    QList<EditionMark> marks;
    bool anyA = false;
    bool anyB = false;
    double spanBStart = 0; // from B's earliest row to its latest; 0 to 0 without rows of B
    double spanBEnd = 0;
    // Comparing, the edition without rows (A when neither has any), named; empty when compare
    // is off or both have rows. Half a comparison would read as "everything is new" (or
    // gone): the charts say this instead.
    QString missingEdition;
};
EditionMarking markEditionRows(const QList<EditionKeyedRow> &rows, const Comparison &comparison);

// markEditionRows over a chart's own items: `keyOf(item)` gives an item's EditionKeyedRow,
// and each item's `mark` is set.
template <typename Item, typename KeyOf>
EditionMarking markEditionsOf(QList<Item> &items, const Comparison &comparison, KeyOf keyOf)
{
    QList<EditionKeyedRow> rows;
    rows.reserve(items.size());
    for (const Item &item : std::as_const(items))
        rows.append(keyOf(item));
    EditionMarking marking = markEditionRows(rows, comparison);
    for (int i = 0; i < items.size(); ++i)
        items[i].mark = marking.marks.at(i);
    return marking;
}

// How charts name an edition compared: its name, or "edition 4" when it has none.
QString editionName(const Comparison &comparison, bool a);

// Rows new in the later edition compared: the maturity curve's "new" orange.
QColor newInBColor();

// Shades B's span behind every lane of `plot`'s axis rect (at least a day wide, so a span of
// one day shows).
QCPItemRect *shadeEditionSpan(QCustomPlot *plot, const EditionMarking &marking);

} // namespace TrendScope
