#include "chartframe.h"

#include "chartstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <qcustomplot.h>

namespace TrendScope {

ChartFrame::ChartFrame(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    layout->insertRow(0);
    layout->insertRow(1);
    m_title = new QCPTextElement(plot, QString(), chartFont(14, true));
    m_title->setObjectName(QStringLiteral("chart-title"));
    m_subtitle = new QCPTextElement(plot, QString(), chartFont(9.5));
    m_subtitle->setObjectName(QStringLiteral("chart-subtitle"));
    layout->addElement(0, 0, m_title);
    layout->addElement(1, 0, m_subtitle);
    layout->insertRow(layout->rowCount());
    m_source = new QCPTextElement(plot, QString(), chartFont(8));
    m_source->setObjectName(QStringLiteral("chart-source"));
    m_source->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_source->setMargins(QMargins(12, 4, 12, 6));
    layout->addElement(layout->rowCount() - 1, 0, m_source);
    // Text rows take their natural height; the axis rect gets the rest.
    layout->setRowStretchFactor(0, 0.001);
    layout->setRowStretchFactor(1, 0.001);
    layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    layout->setRowSpacing(0);
}

void ChartFrame::setTitle(const QString &title)
{
    m_title->setText(title);
}
void ChartFrame::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}
void ChartFrame::setSourceLine(const QString &sources)
{
    m_source->setText(sources);
}
QString ChartFrame::title() const
{
    return m_title->text();
}
QString ChartFrame::subtitle() const
{
    return m_subtitle->text();
}
QString ChartFrame::sourceLine() const
{
    return m_source->text();
}

void ChartFrame::applyTheme(const ChartTheme &theme)
{
    m_title->setTextColor(theme.text);
    m_subtitle->setTextColor(theme.mutedText);
    m_source->setTextColor(theme.mutedText);
}

QString firstRowsNote(int drawn, int next, int rows)
{
    if (next >= rows)
        return {};
    return QCoreApplication::translate(
        "TrendScope::ChartFrame", "the first %1 of %2 rows, in the table's order")
        .arg(QLocale().toString(drawn), QLocale().toString(rows));
}

QString describeFilter(const Filter &filter)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("TrendScope::ChartFrame", text);
    };
    QStringList parts;
    if (!filter.organization.isEmpty())
        parts << tr("organization %1").arg(filter.organization);
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
    if (parts.isEmpty())
        return tr("All rows, no filters");
    return tr("Filtered: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace TrendScope
