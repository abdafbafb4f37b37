#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

class QCPPainter;
class QCustomPlot;

namespace TrendScope {

class ChartView;
struct TextBox;

enum class ChartFormat
{
    Png,
    Svg,
    Pdf
};

std::optional<ChartFormat> chartFormatFromName(const QString &name);
QString chartFormatSuffix(ChartFormat format);

// Sizes a presenter asks for.
struct SizePreset
{
    QString name;
    QSize size;
};
QList<SizePreset> sizePresets();

struct ChartExportOptions
{
    static constexpr int MinSide = 64;
    static constexpr int MaxSide = 8192;
    static constexpr int MaxScale = 4;

    ChartFormat format = ChartFormat::Png;
    QSize size {1920, 1080}; // logical size; a PNG has size × scale pixels
    int scale = 1; // PNG only: re-rendered at this factor, text stays sharp
    QString theme = QStringLiteral("light"); // light, dark or print; independent of the screen
    bool transparent = false; // PNG only
    bool showTitle = true;
    bool showSubtitle = true;
    bool showSource = true;
    bool keepSelection = false; // export the focus highlight too

    // Empty when the options are usable, otherwise what is wrong.
    QString validate() const;

    // The options as a saved view keeps them (db/state/savedview.h), and back. Reading keeps
    // the default of a field that is missing or unusable, and the defaults altogether when
    // the whole does not validate.
    QJsonObject toJson() const;
    static ChartExportOptions fromJson(const QJsonObject &object);
};

// Renders a view's chart off screen into the bytes of one file, with the export's theme and
// text; the view on screen is left as it was.
QByteArray renderView(ChartView *view, const ChartExportOptions &options);

// Every text run the export of `view` with `options` draws, where and how large it is drawn
// (see textlayout.h): what layout tests check for overlapping, cut and tiny text.
QList<TextBox> viewText(ChartView *view, const ChartExportOptions &options);

// Renders and writes atomically: an existing file is replaced only by a complete new one.
bool exportView(
    ChartView *view, const QString &path, const ChartExportOptions &options, QString *error);

// Paints a view's chart with the export look into `rect` of an open painter (PDF report).
void paintView(
    ChartView *view, QCPPainter *painter, const QRect &rect, const ChartExportOptions &options);

} // namespace TrendScope

Q_DECLARE_METATYPE(TrendScope::ChartExportOptions)
