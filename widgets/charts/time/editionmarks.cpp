#include "editionmarks.h"

#include <QSet>

namespace TrendScope {

QList<EditionMark> markEditions(const QList<EditionKeyedRow> &rows, qint64 a, qint64 b)
{
    QList<EditionMark> marks;
    marks.reserve(rows.size());
    if (a <= 0 || b <= 0 || a == b) {
        marks.fill(EditionMark::Plain, rows.size());
        return marks;
    }
    QSet<QString> inA;
    for (const EditionKeyedRow &row : rows) {
        if (row.edition == a)
            inA.insert(row.key);
    }
    for (const EditionKeyedRow &row : rows) {
        if (row.edition == a)
            marks.append(EditionMark::InA);
        else if (row.edition != b)
            marks.append(EditionMark::Neither);
        else
            marks.append(inA.contains(row.key) ? EditionMark::InB : EditionMark::NewInB);
    }
    return marks;
}

} // namespace TrendScope
