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
    layout->addElement(0, 0, m_title.element);
    layout->addElement(1, 0, m_subtitle.element);
    layout->insertRow(layout->rowCount());
    m_source.element = new QCPTextElement(plot, QString(), chartFont(8));
    m_source.element->setObjectName(QStringLiteral("chart-source"));
    m_source.element->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_source.element->setMargins(QMargins(12, 4, 12, 6));
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

void ChartFrame::fitTo(double width)
{
    for (Line *line : {&m_title, &m_subtitle, &m_source}) {
        if (line->element->text() != line->shown)
            continue;
        const QMargins margins = line->element->margins();
        line->shown = fitText(line->full, line->element->font(),
            width - margins.left() - margins.right() - 2, line->maxLines);
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

QString fitText(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    if (text.isEmpty() || metrics.horizontalAdvance(text) <= width)
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) // the last line takes the rest, elided
            lines << metrics.elidedText(
                text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
        else
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
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
