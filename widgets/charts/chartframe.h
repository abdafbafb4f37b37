#pragma once

#include "explorerstate.h"

class QCustomPlot;
class QCPTextElement;

namespace TrendScope {

struct ChartTheme;

// The text around every chart, on screen and in every export: a title, a subtitle stating
// the active filters, and a source line naming the reports.
class ChartFrame
{
public:
    explicit ChartFrame(QCustomPlot *plot);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void setSourceLine(const QString &sources);
    void applyTheme(const ChartTheme &theme);

    QString title() const;
    QString subtitle() const;
    QString sourceLine() const;

private:
    QCPTextElement *m_title;
    QCPTextElement *m_subtitle;
    QCPTextElement *m_source;
};

// "Filters: organization = 百度 · search “glm”", or "All rows" without filters.
QString describeFilter(const Filter &filter);

// Charts that draw only the first rows of a large model say so in their subtitle: "the
// first 40 of 2,011 rows, in the table's order" when the chart stopped at model row `next`
// of `rows` after drawing `drawn`; empty when it reached the end.
QString firstRowsNote(int drawn, int next, int rows);

} // namespace TrendScope
