#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <optional>

class QCustomPlot;

namespace TrendScope {

// Colours for one look of the charts; exports may use another theme than the screen.
struct ChartTheme
{
    QString name;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor axis;
    QColor grid;
    QColor highlight;
    QList<QColor> series;

    QColor seriesColor(qint64 key) const;

    static ChartTheme light();
    static ChartTheme dark();
    static ChartTheme print();
    static std::optional<ChartTheme> byName(const QString &name);
    static QStringList names();
};

// Fonts for chart text. Families are explicit: without them Chinese falls back to the
// Japanese variant of Noto CJK.
QFont chartFont(qreal pointSize, bool bold = false);
QStringList chartFontFamilies();

// Axes, grid, ticks and background of every axis rect in `plot`.
void applyBaseTheme(QCustomPlot *plot, const ChartTheme &theme);

// QCustomPlot 2.1 sets its buffers' device pixel ratio once; this keeps it equal to the
// screen's (moving to a 4K screen, changing scale) so charts never blur.
void keepPlotSharp(QCustomPlot *plot);

} // namespace TrendScope
