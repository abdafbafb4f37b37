#include "textlayout.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <qcustomplot.h>

#include <cmath>
#include <utility>

namespace TrendScope {

namespace {

constexpr int Dpi = 96; // the resolution every export and the offscreen screen use

// A paint engine that draws nothing and remembers where text went.
class TextRecorder : public QPaintEngine
{
public:
    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    QList<TextBox> boxes;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(
        const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    { }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
    void drawLines(const QLineF *, int) override { }
    void drawLines(const QLine *, int) override { }
    void drawRects(const QRectF *, int) override { }
    void drawRects(const QRect *, int) override { }
    void drawEllipse(const QRectF &) override { }
    void drawPoints(const QPointF *, int) override { }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.trimmed().isEmpty())
            return;
        const QTransform transform = painter()->combinedTransform();
        const QRectF local(
            p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        TextBox box;
        box.text = text;
        box.color = painter()->pen().color();
        box.rect = transform.mapRect(local);
        const QFont font = item.font();
        const double points
            = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / Dpi;
        box.pointSize = points * std::sqrt(std::abs(transform.determinant()));
        if (painter()->hasClipping()) {
            const QRectF clip = transform.mapRect(painter()->clipBoundingRect());
            if (!clip.intersects(box.rect))
                return; // wholly clipped away: nobody sees it
            box.clipped = !clip.adjusted(-1, -1, 1, 1).contains(box.rect);
        }
        boxes.append(box);
    }
};

QString quoted(const TextBox &box)
{
    return QStringLiteral("“%1” at %2,%3 %4×%5")
        .arg(box.text)
        .arg(box.rect.x(), 0, 'f', 0)
        .arg(box.rect.y(), 0, 'f', 0)
        .arg(box.rect.width(), 0, 'f', 0)
        .arg(box.rect.height(), 0, 'f', 0);
}

} // namespace

TextRecordingDevice::TextRecordingDevice(const QSize &size)
    : m_size(size)
    , m_engine(new TextRecorder)
{ }

TextRecordingDevice::~TextRecordingDevice()
{
    delete m_engine;
}

QPaintEngine *TextRecordingDevice::paintEngine() const
{
    return m_engine;
}

QList<TextBox> TextRecordingDevice::takeBoxes()
{
    return std::exchange(static_cast<TextRecorder *>(m_engine)->boxes, {});
}

int TextRecordingDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / Dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / Dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return Dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

QList<TextBox> recordText(QCustomPlot *plot, const QSize &size)
{
    TextRecordingDevice device(size);
    QCPPainter painter(&device);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return device.takeBoxes();
}

QStringList legibilityProblems(const QList<TextBox> &boxes, const QSize &size, double minPointSize)
{
    QStringList problems;
    const QRectF canvas = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-1, -1, 1, 1);
    for (int i = 0; i < boxes.size(); ++i) {
        const TextBox &a = boxes.at(i);
        if (!canvas.contains(a.rect))
            problems << QStringLiteral("off the canvas: %1").arg(quoted(a));
        else if (a.clipped)
            problems << QStringLiteral("cut by its clip: %1").arg(quoted(a));
        if (a.pointSize < minPointSize - 0.01)
            problems << QStringLiteral("%1 pt, too small: %2").arg(a.pointSize).arg(quoted(a));
        for (int j = i + 1; j < boxes.size(); ++j) {
            const TextBox &b = boxes.at(j);
            // Runs of one line in two fonts touch; lines of one paragraph may share a pixel
            // or two of descent. Anything more is text on text.
            const QRectF common = a.rect.intersected(b.rect);
            if (common.width() > 1 && common.height() > 2)
                problems << QStringLiteral("overlap: %1 and %2").arg(quoted(a), quoted(b));
        }
    }
    return problems;
}

} // namespace TrendScope
