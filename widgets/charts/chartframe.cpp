#include "chartframe.h"

#include "chartstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextLayout>
#include <qcustomplot.h>

namespace TrendScope {

ChartFrame::ChartFrame(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    layout->insertRow(0);
    layout->insertRow(1);
    m_title.element = new QCPTextElement(plot, QString(), chartFont(14, true));
    m_title.element->setObjectName(QStringLiteral("chart-title"));
    m_subtitle.element = new QCPTextElement(plot, QString(), chartFont(9.5));
    m_subtitle.element->setObjectName(QStringLiteral("chart-subtitle"));
    m_subtitle.maxLines = 2;
    // Room at the sides: a subtitle that wraps never runs to the canvas's edges.
    m_subtitle.element->setMargins(QMargins(SideMargin, 2, SideMargin, 2));
    m_title.element->setMargins(QMargins(SideMargin, 2, SideMargin, 2));
    layout->addElement(0, 0, m_title.element);
    layout->addElement(1, 0, m_subtitle.element);
    layout->insertRow(layout->rowCount());
    m_source.element = new QCPTextElement(plot, QString(), chartFont(8));
    m_source.element->setObjectName(QStringLiteral("chart-source"));
    m_source.element->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_source.element->setMargins(QMargins(SideMargin, 4, SideMargin, 6));
    m_source.maxLines = 2;
    layout->addElement(layout->rowCount() - 1, 0, m_source.element);
    // Text rows take their natural height; the axis rect gets the rest.
    layout->setRowStretchFactor(0, 0.001);
    layout->setRowStretchFactor(1, 0.001);
    layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    layout->setRowSpacing(0);
}

void ChartFrame::setText(Line &line, const QString &text)
{
    line.full = text;
    line.shown = text;
    line.element->setText(text);
}

void ChartFrame::setTitle(const QString &title)
{
    setText(m_title, title);
}
void ChartFrame::setSubtitle(const QString &subtitle)
{
    setText(m_subtitle, subtitle);
}
void ChartFrame::setSourceLine(const QString &sources)
{
    setText(m_source, sources);
}
QString ChartFrame::title() const
{
    return m_title.full;
}
QString ChartFrame::subtitle() const
{
    return m_subtitle.full;
}
QString ChartFrame::sourceLine() const
{
    return m_source.full;
}

void ChartFrame::applyTheme(const ChartTheme &theme)
{
    m_title.element->setTextColor(theme.text);
    m_subtitle.element->setTextColor(theme.mutedText);
    m_source.element->setTextColor(theme.mutedText);
}

void ChartFrame::fitTo(double width, double height)
{
    // A long subtitle (compare mode's legend words, a filter) gets a third line where the
    // chart has the height for it; a small export keeps two.
    m_subtitle.maxLines = height >= TallCanvas ? 3 : 2;
    for (Line *line : {&m_title, &m_subtitle, &m_source}) {
        if (line->element->text() != line->shown)
            continue;
        const QMargins margins = line->element->margins();
        line->shown = fitText(line->full, line->element->font(),
            width - margins.left() - margins.right() - 2, line->maxLines,
            line->element->textFlags() & Qt::AlignHCenter);
        line->element->setText(line->shown);
    }
}

QString ChartFrame::fullTextAt(const QCPLayoutElement *element) const
{
    for (const Line *line : {&m_title, &m_subtitle, &m_source}) {
        if (line->element == element && line->shown != line->full)
            return line->full;
    }
    return {};
}

namespace {

// The lines `text` breaks into at `width` (at spaces; anywhere in a long word or in Chinese),
// at most `limit` of them, each as (start, length).
QList<std::pair<int, int>> breakLines(
    const QString &text, const QFont &font, double width, int limit)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<std::pair<int, int>> lines;
    layout.beginLayout();
    while (lines.size() < limit) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    return lines;
}

} // namespace

QString fitText(const QString &text, const QFont &font, double width, int maxLines, bool balanced)
{
    const QFontMetricsF metrics(font);
    const double advance = metrics.horizontalAdvance(text);
    if (text.isEmpty() || advance <= width)
        return text;
    QList<std::pair<int, int>> lines = breakLines(text, font, width, maxLines + 1);
    QStringList shown;
    if (lines.size() > maxLines) {
        for (int i = 0; i < maxLines - 1; ++i)
            shown << text.mid(lines.at(i).first, lines.at(i).second).trimmed();
        // The last line takes the rest, elided.
        shown << metrics.elidedText(
            text.mid(lines.at(maxLines - 1).first).trimmed(), Qt::ElideRight, width);
        return shown.join(QLatin1Char('\n'));
    }
    // It fits: the lines are balanced, as narrow as they can be in as many lines, rather than
    // full ones and a last word alone ("…放大即可\n看到"), and Chinese, which breaks anywhere,
    // no longer runs from edge to edge.
    const qsizetype count = lines.size();
    double narrow = balanced ? advance / double(count) : width;
    double wide = width;
    for (int step = 0; step < 8 && wide - narrow > 1; ++step) {
        const double middle = (narrow + wide) / 2;
        QList<std::pair<int, int>> tried = breakLines(text, font, middle, int(count) + 1);
        if (tried.size() <= count) {
            wide = middle;
            lines = std::move(tried);
        } else {
            narrow = middle;
        }
    }
    for (const auto &[start, length] : std::as_const(lines))
        shown << text.mid(start, length).trimmed();
    return shown.join(QLatin1Char('\n'));
}

QString firstRowsNote(int drawn, int next, int rows)
{
    if (next >= rows)
        return {};
    return QCoreApplication::translate(
        "TrendScope::ChartFrame", "the first %1 of %2 rows, in the table's order")
        .arg(QLocale().toString(drawn), QLocale().toString(rows));
}

QString filterConditions(const Filter &filter, NameOrder order)
{
    // lupdate files a free function's tr() under its namespace: the same context here.
    auto tr = [](const char *text) { return QCoreApplication::translate("TrendScope", text); };
    QStringList parts;
    if (!filter.organization.isEmpty())
        parts << tr("organization %1")
                     .arg(firstName(filter.organization, filter.organizationEn, order));
    if (!filter.sourceCode.isEmpty())
        parts << tr("source %1").arg(filter.sourceCode);
    if (filter.yearFrom || filter.yearTo) {
        if (filter.yearFrom == filter.yearTo)
            parts << tr("year %1").arg(filter.yearFrom);
        else
            parts << tr("years %1–%2")
                         .arg(filter.yearFrom ? QString::number(filter.yearFrom)
                                              : QStringLiteral("…"),
                             filter.yearTo ? QString::number(filter.yearTo) : QStringLiteral("…"));
    }
    if (!filter.search.isEmpty())
        parts << tr("search “%1”").arg(filter.search);
    return parts.join(QStringLiteral(" · "));
}

QString describeFilter(const Filter &filter, NameOrder order)
{
    const QString conditions = filterConditions(filter, order);
    if (conditions.isEmpty())
        return QCoreApplication::translate("TrendScope", "All rows, no filters");
    return QCoreApplication::translate("TrendScope", "Filtered: %1").arg(conditions);
}

} // namespace TrendScope
