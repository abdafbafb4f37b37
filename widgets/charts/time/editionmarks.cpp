#include "editionmarks.h"

#include "explorerstate.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <qcustomplot.h>

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

EditionMarking markEditionRows(const QList<EditionKeyedRow> &rows, const Comparison &comparison)
{
    EditionMarking marking;
    marking.marks = markEditions(rows, comparison.editionA, comparison.editionB);
    for (int i = 0; i < rows.size(); ++i) {
        const EditionMark mark = marking.marks.at(i);
        marking.anyA = marking.anyA || mark == EditionMark::InA;
        if (mark != EditionMark::InB && mark != EditionMark::NewInB)
            continue;
        const EditionKeyedRow &row = rows.at(i);
        marking.spanBStart = marking.anyB ? std::min(marking.spanBStart, row.start) : row.start;
        marking.spanBEnd = marking.anyB ? std::max(marking.spanBEnd, row.end) : row.end;
        marking.anyB = true;
    }
    if (comparison.isActive() && !(marking.anyA && marking.anyB))
        marking.missingEdition = editionName(comparison, !marking.anyA);
    return marking;
}

QString editionName(const Comparison &comparison, bool a)
{
    const QString name = a ? comparison.nameA : comparison.nameB;
    return name.isEmpty() ? QCoreApplication::translate("EditionMarks", "edition %1")
                                .arg(a ? comparison.editionA : comparison.editionB)
                          : name;
}

QColor newInBColor()
{
    return QColor(0xe8, 0x7a, 0x00);
}

QCPItemRect *shadeEditionSpan(QCustomPlot *plot, const EditionMarking &marking)
{
    constexpr double Day = 24 * 3600;
    auto *shade = new QCPItemRect(plot);
    shade->setLayer(QStringLiteral("background"));
    shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    shade->topLeft->setCoords(marking.spanBStart, 0);
    shade->bottomRight->setCoords(std::max(marking.spanBEnd, marking.spanBStart + Day), 1);
    shade->setPen(Qt::NoPen);
    QColor color = newInBColor();
    color.setAlpha(36);
    shade->setBrush(color);
    shade->setSelectable(false);
    return shade;
}

} // namespace TrendScope
