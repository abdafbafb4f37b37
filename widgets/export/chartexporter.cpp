#include "chartexporter.h"

#include "atomicfile.h"
#include "chartstyle.h"
#include "chartview.h"
#include "textlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace TrendScope {

namespace {

// Gives a view the export's look for as long as it lives: theme, transparent background,
// hidden frame texts, no selection highlight. Everything is put back afterwards.
class ExportLook
{
public:
    ExportLook(ChartView *view, const ChartExportOptions &options)
        : m_view(view)
        , m_plot(view->plot())
    {
        // Views coalesce bursts of model signals into one queued update: run any that is
        // pending, or a filter set just before the export would not be drawn.
        QCoreApplication::sendPostedEvents(m_view, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(m_plot, QEvent::MetaCall);
        const auto theme = ChartTheme::byName(options.theme);
        m_themed = theme && theme->name != QLatin1String("light");
        if (m_themed)
            m_view->setTheme(*theme);
        if (options.transparent && options.format == ChartFormat::Png) {
            m_plot->setBackground(Qt::NoBrush);
            m_transparent = true;
            // The legend's box, in the background's colour on screen, would be an opaque strip
            // across a slide (across the whole width under a chart without rows).
            m_legendBrush = m_plot->legend->brush();
            m_plot->legend->setBrush(Qt::NoBrush);
        }
        hide(QStringLiteral("chart-title"), !options.showTitle);
        hide(QStringLiteral("chart-subtitle"), !options.showSubtitle);
        hide(QStringLiteral("chart-source"), !options.showSource);
        if (!options.keepSelection) {
            for (int i = 0; i < m_plot->plottableCount(); ++i) {
                QCPAbstractPlottable *p = m_plot->plottable(i);
                if (!p->selection().isEmpty()) {
                    m_selections.append({p, p->selection()});
                    p->setSelection(QCPDataSelection());
                }
            }
        }
    }

    ~ExportLook()
    {
        for (const auto &[plottable, selection] : std::as_const(m_selections))
            plottable->setSelection(selection);
        for (const Hidden &h : std::as_const(m_hidden)) {
            h.element->setText(h.text);
            h.element->setMargins(h.margins);
        }
        if (m_transparent) {
            m_plot->setBackground(m_plot->property("trendscopeBackground").value<QColor>());
            m_plot->legend->setBrush(m_legendBrush);
        }
        if (m_themed)
            m_view->setTheme(ChartTheme::light());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

private:
    struct Hidden
    {
        QCPTextElement *element;
        QString text;
        QMargins margins;
    };

    // An empty text with no margins takes no room in the layout.
    void hide(const QString &name, bool hidden)
    {
        auto *element = m_plot->findChild<QCPTextElement *>(name);
        if (!hidden || !element)
            return;
        m_hidden.append({element, element->text(), element->margins()});
        element->setText(QString());
        element->setMargins(QMargins());
    }

    ChartView *m_view;
    QCustomPlot *m_plot;
    bool m_themed = false;
    bool m_transparent = false;
    QBrush m_legendBrush;
    QList<Hidden> m_hidden;
    QList<std::pair<QCPAbstractPlottable *, QCPDataSelection>> m_selections;
};

QByteArray renderPng(QCustomPlot *plot, const ChartExportOptions &options)
{
    const QPixmap pixmap
        = plot->toPixmap(options.size.width(), options.size.height(), options.scale);
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
    generator.setDescription(
        QCoreApplication::translate("TrendScope::ChartExporter", "Exported by TrendScope"));
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

QString chartFormatSuffix(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png:
        return QStringLiteral("png");
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QList<SizePreset> sizePresets()
{
    return {{QCoreApplication::translate("TrendScope::ChartExporter", "Slide 16:9 (1920×1080)"),
                QSize(1920, 1080)},
        {QCoreApplication::translate("TrendScope::ChartExporter", "Slide 4:3 (1600×1200)"),
            QSize(1600, 1200)},
        {QCoreApplication::translate("TrendScope::ChartExporter", "Square (1080×1080)"),
            QSize(1080, 1080)},
        {QCoreApplication::translate(
             "TrendScope::ChartExporter", "A4 landscape (1754×1240, 150 dpi)"),
            QSize(1754, 1240)},
        {QCoreApplication::translate("TrendScope::ChartExporter", "Half slide (960×540)"),
            QSize(960, 540)}};
}

QString ChartExportOptions::validate() const
{
    if (size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide
        || size.height() > MaxSide)
        return QCoreApplication::translate(
            "TrendScope::ChartExporter", "size %1x%2 is outside %3 to %4 pixels a side")
            .arg(size.width())
            .arg(size.height())
            .arg(MinSide)
            .arg(MaxSide);
    if (scale < 1 || scale > MaxScale)
        return QCoreApplication::translate(
            "TrendScope::ChartExporter", "scale %1 is outside 1 to %2")
            .arg(scale)
            .arg(MaxScale);
    if (qint64(size.width()) * scale > MaxSide || qint64(size.height()) * scale > MaxSide)
        return QCoreApplication::translate(
            "TrendScope::ChartExporter", "size × scale exceeds %1 pixels a side")
            .arg(MaxSide);
    if (!ChartTheme::byName(theme))
        return QCoreApplication::translate("TrendScope::ChartExporter", "unknown theme \"%1\"")
            .arg(theme);
    return {};
}

QJsonObject ChartExportOptions::toJson() const
{
    return {{QLatin1String("format"), chartFormatSuffix(format)},
        {QLatin1String("width"), size.width()}, {QLatin1String("height"), size.height()},
        {QLatin1String("scale"), scale}, {QLatin1String("theme"), theme},
        {QLatin1String("transparent"), transparent}, {QLatin1String("title"), showTitle},
        {QLatin1String("subtitle"), showSubtitle}, {QLatin1String("source"), showSource},
        {QLatin1String("selection"), keepSelection}};
}

ChartExportOptions ChartExportOptions::fromJson(const QJsonObject &object)
{
    ChartExportOptions o;
    o.format
        = chartFormatFromName(object.value(QLatin1String("format")).toString()).value_or(o.format);
    o.size = QSize(object.value(QLatin1String("width")).toInt(o.size.width()),
        object.value(QLatin1String("height")).toInt(o.size.height()));
    o.scale = object.value(QLatin1String("scale")).toInt(o.scale);
    o.theme = object.value(QLatin1String("theme")).toString(o.theme);
    o.transparent = object.value(QLatin1String("transparent")).toBool(o.transparent);
    o.showTitle = object.value(QLatin1String("title")).toBool(o.showTitle);
    o.showSubtitle = object.value(QLatin1String("subtitle")).toBool(o.showSubtitle);
    o.showSource = object.value(QLatin1String("source")).toBool(o.showSource);
    o.keepSelection = object.value(QLatin1String("selection")).toBool(o.keepSelection);
    return o.validate().isEmpty() ? o : ChartExportOptions {};
}

QByteArray renderView(ChartView *view, const ChartExportOptions &options)
{
    const ExportLook look(view, options);
    QCustomPlot *plot = view->plot();
    switch (options.format) {
    case ChartFormat::Png:
        return renderPng(plot, options);
    case ChartFormat::Svg:
        return renderSvg(plot, view->title(), options);
    case ChartFormat::Pdf:
        return renderPdf(plot, view->title(), options);
    }
    return {};
}

QList<TextBox> viewText(ChartView *view, const ChartExportOptions &options)
{
    const ExportLook look(view, options);
    return recordText(view->plot(), options.size);
}

bool exportView(
    ChartView *view, const QString &path, const ChartExportOptions &options, QString *error)
{
    const QString invalid = options.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    const QByteArray bytes = renderView(view, options);
    if (bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "TrendScope::ChartExporter", "rendering the chart failed");
        return false;
    }
    return writeOutputFile(path, bytes, error);
}

void paintView(
    ChartView *view, QCPPainter *painter, const QRect &rect, const ChartExportOptions &options)
{
    const ExportLook look(view, options);
    painter->save();
    painter->translate(rect.topLeft());
    view->plot()->toPainter(painter, rect.width(), rect.height());
    painter->restore();
}

} // namespace TrendScope
