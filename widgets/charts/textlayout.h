#pragma once

#include <QColor>
#include <QList>
#include <QPaintDevice>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace TrendScope {

// One run of text as a chart draws it: what, where (device pixels of the canvas) and how
// large. Recorded from the painter itself, so it holds for every kind of chart text
// (frame, axis ticks, legend, items, text an item paints by hand) without a chart having
// to describe its own labels.
struct TextBox
{
    QString text;
    QRectF rect; // the run's ink box: advance width × (ascent + descent), transformed
    double pointSize = 0; // at 1× (96 dpi), after the painter's scale
    bool clipped = false; // part of the run lies outside the painter's clip
    QColor color; // the pen it is drawn with
};

// A canvas of `size` pixels at 96 dpi that draws nothing and records every text run painted
// on it: for pages painted by hand (the PDF report's) and, through recordText, for charts.
class TextRecordingDevice : public QPaintDevice
{
public:
    explicit TextRecordingDevice(const QSize &size);
    ~TextRecordingDevice() override;

    QPaintEngine *paintEngine() const override;
    // The runs recorded so far; the list starts again empty.
    QList<TextBox> takeBoxes();

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
    QPaintEngine *m_engine;
};

// Lays `plot` out at `size` and records every text run it draws, exactly as the SVG export
// draws it (vectorized, no caching). A run its clip hides entirely is not drawn and not
// recorded. The plot's own viewport is left as it was.
QList<TextBox> recordText(QCustomPlot *plot, const QSize &size);

// What makes a chart hard to read, one line each: two runs overlapping, a run off the
// canvas or cut by its clip, a run smaller than `minPointSize`. Empty when it reads well.
// Runs of one line split by font (Latin and CJK) touch but never count as overlapping.
QStringList legibilityProblems(
    const QList<TextBox> &boxes, const QSize &size, double minPointSize = 8);

} // namespace TrendScope
