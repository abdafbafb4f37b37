#include "chartexporter.h"

#include "atomicfile.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace TrendScope {

namespace {

// Hides selection highlights for the duration of an export, unless asked to keep them.
class SelectionHider
{
public:
    SelectionHider(QCustomPlot *plot, bool keep)
    {
        if (keep)
            return;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *p = plot->plottable(i);
            if (!p->selection().isEmpty()) {
                m_saved.append({p, p->selection()});
                p->setSelection(QCPDataSelection());
            }
        }
    }
    ~SelectionHider()
    {
        for (const auto &[plottable, selection] : std::as_const(m_saved))
            plottable->setSelection(selection);
    }

private:
    QList<std::pair<QCPAbstractPlottable *, QCPDataSelection>> m_saved;
};

QByteArray renderPng(QCustomPlot *plot, const ChartExportOptions &options)
{
    const QPixmap pixmap = plot->toPixmap(options.size.width(), options.size.height(), options.scale);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(QCustomPlot *plot, const QString &title, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    // Without the plot's own resolution, text comes out 25% too small.
    generator.setResolution(plot->logicalDpiX());
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Exported by TrendScope"));
    QCPPainter painter(&generator);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
    return bytes;
}

QByteArray renderPdf(QCustomPlot *plot, const QString &title, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const int dpi = plot->logicalDpiX();
    writer.setResolution(dpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("TrendScope"));
    const QSizeF points(options.size.width() * 72.0 / dpi, options.size.height() * 72.0 / dpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter(&writer);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    plot->toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
    return bytes;
}

} // namespace

std::optional<ChartFormat> chartFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ChartFormat::Png;
    if (n == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString ChartExportOptions::validate() const
{
    if (size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide
        || size.height() > MaxSide)
        return QStringLiteral("size %1x%2 is outside %3 to %4 pixels a side")
            .arg(size.width())
            .arg(size.height())
            .arg(MinSide)
            .arg(MaxSide);
    if (scale < 1 || scale > MaxScale)
        return QStringLiteral("scale %1 is outside 1 to %2").arg(scale).arg(MaxScale);
    if (qint64(size.width()) * scale > MaxSide || qint64(size.height()) * scale > MaxSide)
        return QStringLiteral("size × scale exceeds %1 pixels a side").arg(MaxSide);
    return {};
}

QByteArray renderChart(QCustomPlot *plot, const QString &title, const ChartExportOptions &options)
{
    SelectionHider hider(plot, options.keepSelection);
    switch (options.format) {
    case ChartFormat::Png: return renderPng(plot, options);
    case ChartFormat::Svg: return renderSvg(plot, title, options);
    case ChartFormat::Pdf: return renderPdf(plot, title, options);
    }
    return {};
}

bool exportChart(QCustomPlot *plot, const QString &title, const QString &path,
                 const ChartExportOptions &options, QString *error)
{
    const QString invalid = options.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    const QByteArray bytes = renderChart(plot, title, options);
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("rendering the chart failed");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace TrendScope
