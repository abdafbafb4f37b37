#pragma once

#include "explorerstate.h"

class QCustomPlot;
class QCPLayoutElement;
class QCPTextElement;

namespace TrendScope {

struct ChartTheme;

// The text around every chart, on screen and in every export: a title, a subtitle stating
// the active filters, and a source line naming the reports. Each fits the width it is drawn
// at: the subtitle and the source line wrap onto a second line, then end in an ellipsis, and
// the full text is the tooltip (fullTextAt).
class ChartFrame
{
public:
    explicit ChartFrame(QCustomPlot *plot);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void setSourceLine(const QString &sources);
    void applyTheme(const ChartTheme &theme);

    // The full texts, however they are shown.
    QString title() const;
    QString subtitle() const;
    QString sourceLine() const;

    // Wraps and elides the texts to a canvas `width` × `height` pixels; runs before every
    // layout. A text someone else replaced meanwhile (an export hiding it) is left alone.
    void fitTo(double width, double height);
    // The subtitle's lines: three on a canvas at least this tall, else two.
    static constexpr int TallCanvas = 480;
    // The frame's texts keep this far from the canvas's sides.
    static constexpr int SideMargin = 12;
    // The full text of a frame line shown shortened, for its tooltip; empty otherwise.
    QString fullTextAt(const QCPLayoutElement *element) const;

private:
    struct Line
    {
        QCPTextElement *element = nullptr;
        QString full;
        QString shown;
        int maxLines = 1;
    };
    void setText(Line &line, const QString &text);

    Line m_title;
    Line m_subtitle;
    Line m_source;
};

// `text` in `font` within `width` pixels: broken at spaces (anywhere in a long word or in
// Chinese) onto at most `maxLines` lines, the last ending in "…" when text is left over;
// lines that fit are balanced (as narrow as the same number of lines allows) for centred text,
// and full for text set flush left (`balanced` false).
QString fitText(
    const QString &text, const QFont &font, double width, int maxLines, bool balanced = true);

// "Filtered: organization 百度 · search “glm”", or "All rows, no filters" without filters;
// the organization by the name `order` puts first.
QString describeFilter(const Filter &filter, NameOrder order = NameOrder::ReportFirst);
// The filter's conditions alone, in the interface language: "year 2019 · search “foo”"; empty
// without filters.
QString filterConditions(const Filter &filter, NameOrder order = NameOrder::ReportFirst);

// Charts that draw only the first rows of a large model say so in their subtitle: "the
// first 40 of 2,011 rows, in the table's order" when the chart stopped at model row `next`
// of `rows` after drawing `drawn`; empty when it reached the end.
QString firstRowsNote(int drawn, int next, int rows);

} // namespace TrendScope
