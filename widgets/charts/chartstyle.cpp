#include "chartstyle.h"

#include <qcustomplot.h>

namespace TrendScope {

QColor ChartTheme::seriesColor(qint64 key) const
{
    if (series.isEmpty())
        return text;
    const qint64 n = series.size();
    return series.at(int(((key % n) + n) % n));
}

ChartTheme ChartTheme::light()
{
    return {QStringLiteral("light"), QColor(0xffffff), QColor(0x1f2328), QColor(0x656d76),
        QColor(0x8c959f), QColor(0xe6e8eb), QColor(0xd1242f),
        {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f), QColor(0xb07aa1), QColor(0x76b7b2),
            QColor(0xedc948), QColor(0xe15759), QColor(0x9c755f), QColor(0xff9da7),
            QColor(0xbab0ac)}};
}

ChartTheme ChartTheme::dark()
{
    return {QStringLiteral("dark"), QColor(0x1e2227), QColor(0xe6edf3), QColor(0x9da7b3),
        QColor(0x6e7681), QColor(0x30363d), QColor(0xff7b72),
        {QColor(0x6ea8e0), QColor(0xffa657), QColor(0x7ee787), QColor(0xd2a8ff), QColor(0x76e3ea),
            QColor(0xf2cc60), QColor(0xff7b72), QColor(0xc9a27e), QColor(0xffb3c1),
            QColor(0xb1bac4)}};
}

ChartTheme ChartTheme::print()
{
    return {QStringLiteral("print"), QColor(0xffffff), QColor(Qt::black), QColor(0x404040),
        QColor(Qt::black), QColor(0xd9d9d9), QColor(Qt::black),
        {QColor(0x252525), QColor(0x636363), QColor(0x969696), QColor(0x4d4d4d), QColor(0x7f7f7f),
            QColor(0xbdbdbd), QColor(0x3b3b3b), QColor(0xa8a8a8), QColor(0x575757),
            QColor(0xcccccc)}};
}

std::optional<ChartTheme> ChartTheme::byName(const QString &name)
{
    if (name == QLatin1String("light"))
        return light();
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("print"))
        return print();
    return std::nullopt;
}

QStringList ChartTheme::names()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")};
}

namespace {

class SharpPlotFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            auto *plot = static_cast<QCustomPlot *>(watched);
            if (!qFuzzyCompare(plot->bufferDevicePixelRatio(), plot->devicePixelRatioF())) {
                plot->setBufferDevicePixelRatio(plot->devicePixelRatioF());
                plot->replot(QCustomPlot::rpQueuedReplot);
            }
        }
        return false;
    }
};

} // namespace

void keepPlotSharp(QCustomPlot *plot)
{
    plot->installEventFilter(new SharpPlotFilter(plot));
}

QStringList chartFontFamilies()
{
    // Latin first: Qt 6.4's PDF text layer loses digits in Latin runs set in the CJK font.
    // Noto Sans matches Noto Sans CJK's design; Chinese falls through to the SC variant.
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("DejaVu Sans")};
}

QFont chartFont(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(chartFontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void applyBaseTheme(QCustomPlot *plot, const ChartTheme &theme)
{
    plot->setBackground(theme.background);
    // QCustomPlot has no getter for its background brush; exports restore it from here.
    plot->setProperty("trendscopeBackground", theme.background);
    const QList<QCPAxisRect *> rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        rect->setBackground(Qt::NoBrush);
        const QList<QCPAxis *> axes = rect->axes();
        for (QCPAxis *axis : axes) {
            axis->setBasePen(QPen(theme.axis));
            axis->setTickPen(QPen(theme.axis));
            axis->setSubTickPen(QPen(theme.axis));
            axis->setTickLabelColor(theme.text);
            axis->setLabelColor(theme.text);
            axis->setTickLabelFont(chartFont(9));
            axis->setLabelFont(chartFont(10));
            axis->grid()->setPen(QPen(theme.grid, 1, Qt::SolidLine));
            axis->grid()->setSubGridVisible(false);
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    plot->legend->setBrush(theme.background);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setTextColor(theme.text);
    plot->legend->setFont(chartFont(9));
}

} // namespace TrendScope
