#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

class QCustomPlot;

namespace TrendScope {

enum class ChartFormat { Png, Svg, Pdf };

std::optional<ChartFormat> chartFormatFromName(const QString &name);

struct ChartExportOptions
{
    static constexpr int MinSide = 64;
    static constexpr int MaxSide = 8192;
    static constexpr int MaxScale = 4;

    ChartFormat format = ChartFormat::Png;
    QSize size{1920, 1080}; // logical size; a PNG has size × scale pixels
    int scale = 1;          // PNG only: re-rendered at this factor, text stays sharp
    bool keepSelection = false;

    // Empty when the options are usable, otherwise what is wrong.
    QString validate() const;
};

// Renders `plot` off screen into the bytes of one file; the plot on screen is left as it was.
QByteArray renderChart(QCustomPlot *plot, const QString &title, const ChartExportOptions &options);

// Renders and writes atomically: an existing file is replaced only by a complete new one.
bool exportChart(QCustomPlot *plot, const QString &title, const QString &path,
                 const ChartExportOptions &options, QString *error);

} // namespace TrendScope
