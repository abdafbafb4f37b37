#include "reportwriter.h"

#include "atomicfile.h"
#include "chartstyle.h"
#include "chartview.h"
#include "format.h"
#include "textlayout.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace TrendScope {

namespace {

constexpr int Dpi = 96;
// The report's texts are in the interface language (context "TrendScope::ReportWriter").
constexpr int Margin = 48;

class ReportPainter
{
public:
    ReportPainter(const QSize &pageSize, QCPPainter *painter)
        : m_painter(painter)
        , m_page(QRect(QPoint(0, 0), pageSize).adjusted(Margin, Margin, -Margin, -Margin - 24))
    { }

    QRect page() const { return m_page; }

    int text(int y, const QString &text, const QFont &font, const QColor &color = QColor(0x1f2328))
    {
        m_painter->setFont(font);
        m_painter->setPen(color);
        const QRect bounds = m_painter->boundingRect(
            QRect(m_page.left(), y, m_page.width(), m_page.bottom() - y), Qt::TextWordWrap, text);
        m_painter->drawText(bounds, Qt::TextWordWrap, text);
        return bounds.bottom() + 6;
    }

    void footer(int pageNumber)
    {
        m_painter->setFont(chartFont(8));
        m_painter->setPen(QColor(0x656d76));
        const QRect line(m_page.left(), m_page.bottom() + 12, m_page.width(), 20);
        m_painter->drawText(line, Qt::AlignLeft, QStringLiteral("TrendScope"));
        m_painter->drawText(line, Qt::AlignRight, QStringLiteral("%1").arg(pageNumber));
    }

    // The first rows of a model as a table, or `emptyNote` when it has none; returns the y
    // below it.
    int table(int y, const QAbstractItemModel *model, int maxRows, const QString &emptyNote)
    {
        if (!model || model->columnCount() == 0)
            return y;
        const int columns = model->columnCount();
        const int width = m_page.width() / columns;
        const int rowHeight = 18;
        const QFont body = chartFont(8);
        const QFont header = chartFont(8, true);
        auto cell = [&](int column, int top, const QString &text, const QFont &font) {
            m_painter->setFont(font);
            const QRect r(m_page.left() + column * width + 3, top, width - 6, rowHeight);
            m_painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));
        };
        m_painter->setPen(QColor(0x1f2328));
        for (int c = 0; c < columns; ++c)
            cell(c, y, model->headerData(c, Qt::Horizontal).toString(), header);
        y += rowHeight;
        m_painter->setPen(QPen(QColor(0x8c959f), 0.6));
        m_painter->drawLine(QLineF(m_page.left(), y, m_page.right(), y));
        if (model->rowCount() == 0)
            return text(y + 6, emptyNote, chartFont(9), QColor(0x656d76));
        const int rows = std::min(model->rowCount(), maxRows);
        // The last line says how many rows were left out: room is kept for it on the page.
        const int noteHeight = QFontMetrics(chartFont(8)).height() + 12;
        int drawn = 0;
        for (int r = 0; r < rows && y + rowHeight + noteHeight <= m_page.bottom(); ++r) {
            if (r % 2) {
                m_painter->fillRect(
                    QRect(m_page.left(), y, m_page.width(), rowHeight), QColor(0xf6f8fa));
            }
            m_painter->setPen(QColor(0x1f2328));
            for (int c = 0; c < columns; ++c)
                cell(c, y, model->index(r, c).data().toString(), body);
            y += rowHeight;
            ++drawn;
        }
        if (model->rowCount() > drawn)
            y = text(y + 4,
                QCoreApplication::translate("TrendScope::ReportWriter",
                    "… and %1 more rows (export the view's data for all of them)")
                    .arg(model->rowCount() - drawn),
                chartFont(8), QColor(0x656d76));
        return y;
    }

private:
    QCPPainter *m_painter;
    QRect m_page;
};

// Paints every page of the report with `painter`; `newPage` starts the next page.
bool paintReport(const ReportContent &content, QCPPainter &painter, const QSize &pageSize,
    const std::function<void()> &newPage, const ExportProgress &progress, QString *error)
{
    ReportPainter page(pageSize, &painter);
    int pageNumber = 1;

    // Cover.
    int y = page.page().top() + 120;
    y = page.text(y, QCoreApplication::translate("TrendScope::ReportWriter", "TrendScope report"),
        chartFont(30, true));
    y = page.text(y,
        QCoreApplication::translate(
            "TrendScope::ReportWriter", "China's technology trends 2023–2024"),
        chartFont(14), QColor(0x656d76));
    y += 40;
    y = page.text(y,
        QCoreApplication::translate("TrendScope::ReportWriter", "Dataset: %1")
            .arg(QDir::toNativeSeparators(content.datasetPath)),
        chartFont(10));
    y = page.text(y,
        QCoreApplication::translate("TrendScope::ReportWriter", "Created: %1")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
        chartFont(10));
    y = page.text(y,
        QCoreApplication::translate("TrendScope::ReportWriter", "Filters: %1")
            .arg(content.filterText),
        chartFont(10));
    QStringList titles;
    for (const ChartView *view : content.views)
        titles.append(view->title());
    y = page.text(y + 10,
        QCoreApplication::translate("TrendScope::ReportWriter", "Views: %1")
            .arg(titles.join(QStringLiteral(" · "))),
        chartFont(10));
    page.footer(pageNumber);

    const int total = int(content.views.size());
    for (int i = 0; i < total; ++i) {
        ChartView *view = content.views.at(i);
        if (progress && !progress(i, total, view->title())) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
        newPage();
        ++pageNumber;
        ChartExportOptions options;
        options.theme = content.theme;
        options.format = ChartFormat::Pdf;
        const QRect chart(page.page().left(), page.page().top(), page.page().width(),
            int(page.page().height() * 0.6));
        paintView(view, &painter, chart, options);
        page.table(chart.bottom() + 16, view->tableModel(), content.maxTableRows,
            QCoreApplication::translate(
                "TrendScope::ReportWriter", "No rows match the filters (%1).")
                .arg(content.filterText));
        page.footer(pageNumber);
    }

    // Sources.
    newPage();
    ++pageNumber;
    y = page.text(page.page().top(),
        QCoreApplication::translate("TrendScope::ReportWriter", "Sources"), chartFont(18, true));
    y += 8;
    for (const SourceInfo &source : content.sources) {
        y = page.text(y, source.title, chartFont(11, true));
        QStringList lines;
        if (!source.titleEn.isEmpty())
            lines.append(source.titleEn);
        if (!source.publisher.isEmpty())
            lines.append(QCoreApplication::translate("TrendScope::ReportWriter", "Publisher: %1")
                             .arg(source.publisher));
        if (!source.published.isEmpty())
            lines.append(QCoreApplication::translate("TrendScope::ReportWriter", "Published: %1")
                             .arg(Format::date(source.published)));
        if (!source.file.isEmpty())
            lines.append(QCoreApplication::translate("TrendScope::ReportWriter", "Text: %1")
                             .arg(source.file));
        y = page.text(y, lines.join(QLatin1Char('\n')), chartFont(9.5), QColor(0x424a53)) + 10;
    }
    y = page.text(y + 10,
        QCoreApplication::translate("TrendScope::ReportWriter",
            "Every figure in TrendScope carries its report, section and status (stated in the "
            "report, derived by arithmetic from stated figures, or changed by an editor)."),
        chartFont(9), QColor(0x656d76));
    page.footer(pageNumber);
    return true;
}

const QPageLayout ReportPage(
    QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));

void setUp(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setRenderHint(QPainter::Antialiasing);
}

} // namespace

bool writeReport(const ReportContent &content, const QString &path, QString *error,
    const ExportProgress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Dpi);
    writer.setTitle(QCoreApplication::translate("TrendScope::ReportWriter", "TrendScope report"));
    writer.setCreator(QStringLiteral("TrendScope"));
    writer.setPageLayout(ReportPage);

    QCPPainter painter(&writer);
    setUp(painter);
    const bool painted = paintReport(
        content, painter, ReportPage.fullRectPixels(Dpi).size(), [&writer] { writer.newPage(); },
        progress, error);
    painter.end();
    if (!painted)
        return false;
    if (progress)
        progress(int(content.views.size()), int(content.views.size()), QString());
    return writeOutputFile(path, bytes, error);
}

QList<QList<TextBox>> reportText(const ReportContent &content)
{
    const QSize size = ReportPage.fullRectPixels(Dpi).size();
    TextRecordingDevice device(size);
    QList<QList<TextBox>> pages;
    QCPPainter painter(&device);
    setUp(painter);
    paintReport(
        content, painter, size,
        [&] {
            painter.end();
            pages.append(device.takeBoxes());
            painter.begin(&device);
            setUp(painter);
        },
        {}, nullptr);
    painter.end();
    pages.append(device.takeBoxes());
    return pages;
}

} // namespace TrendScope
