#include "exportactions.h"

#include "atomicfile.h"
#include "batchexporter.h"
#include "chartframe.h"
#include "chartview.h"
#include "database.h"
#include "dataexport.h"
#include "explorerstate.h"
#include "exportdialog.h"
#include "modeltable.h"
#include "queries.h"
#include "reportwriter.h"
#include "retranslator.h"
#include "settingskeys.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

namespace TrendScope {

ChartExportOptions ExportActions::lastOptions()
{
    QSettings s;
    ChartExportOptions o;
    o.format
        = chartFormatFromName(s.value(SettingsKey::ExportFormat, QStringLiteral("png")).toString())
              .value_or(ChartFormat::Png);
    o.size = s.value(SettingsKey::ExportSize, o.size).toSize();
    o.scale = s.value(SettingsKey::ExportScale, 2).toInt();
    o.theme = s.value(SettingsKey::ExportTheme, o.theme).toString();
    o.transparent = s.value(SettingsKey::ExportTransparent, false).toBool();
    o.showTitle = s.value(SettingsKey::ExportShowTitle, true).toBool();
    o.showSubtitle = s.value(SettingsKey::ExportShowSubtitle, true).toBool();
    o.showSource = s.value(SettingsKey::ExportShowSource, true).toBool();
    if (!o.validate().isEmpty())
        o = ChartExportOptions {};
    return o;
}

void ExportActions::rememberOptions(const ChartExportOptions &o)
{
    QSettings s;
    s.setValue(SettingsKey::ExportFormat, chartFormatSuffix(o.format));
    s.setValue(SettingsKey::ExportSize, o.size);
    s.setValue(SettingsKey::ExportScale, o.scale);
    s.setValue(SettingsKey::ExportTheme, o.theme);
    s.setValue(SettingsKey::ExportTransparent, o.transparent);
    s.setValue(SettingsKey::ExportShowTitle, o.showTitle);
    s.setValue(SettingsKey::ExportShowSubtitle, o.showSubtitle);
    s.setValue(SettingsKey::ExportShowSource, o.showSource);
}

namespace {

QString lastFolder()
{
    return QSettings().value(SettingsKey::ExportFolder, QDir::homePath()).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(SettingsKey::ExportFolder, QFileInfo(path).absolutePath());
}

} // namespace

ExportActions::ExportActions(Workspace *workspace, ExplorerState *state, QList<ChartView *> views,
    std::function<ChartView *()> currentView, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_state(state)
    , m_views(std::move(views))
    , m_currentView(std::move(currentView))
    , m_window(window)
{ }

void ExportActions::addTo(QMenu *file, QMenu *edit)
{
    // The texts follow the interface language (set again on every change of it).
    auto *texts = new Retranslator(m_window);
    const char *context = "TrendScope::ExportActions";
    auto named = [texts, context](
                     QAction *action, const char *text) { texts->setText(action, context, text); };
    named(file->addAction(QString(), QKeySequence(tr("Ctrl+E")), this, &ExportActions::exportChart),
        QT_TR_NOOP("&Export Chart…"));
    named(file->addAction(
              QString(), QKeySequence(tr("Ctrl+Shift+E")), this, &ExportActions::exportAllCharts),
        QT_TR_NOOP("Export &All Charts…"));
    named(file->addAction(
              QString(), QKeySequence(tr("Ctrl+Shift+R")), this, &ExportActions::exportReport),
        QT_TR_NOOP("Export &PDF Report…"));
    QMenu *data = file->addMenu(QString());
    named(data->menuAction(), QT_TR_NOOP("Export &Data"));
    named(data->addAction(QString(), this, [this] { exportViewRows(QStringLiteral("csv")); }),
        QT_TR_NOOP("Rows of This View as CSV…"));
    named(data->addAction(QString(), this, [this] { exportViewRows(QStringLiteral("json")); }),
        QT_TR_NOOP("Rows of This View as JSON…"));
    named(data->addAction(QString(), this, &ExportActions::exportDataset),
        QT_TR_NOOP("Whole Dataset as JSON…"));

    named(edit->addAction(QString(), QKeySequence::Copy, this, &ExportActions::copySelection),
        QT_TR_NOOP("&Copy"));
    named(edit->addAction(
              QString(), QKeySequence(tr("Ctrl+Shift+C")), this, &ExportActions::copyChart),
        QT_TR_NOOP("Copy C&hart Image"));
}

void ExportActions::report(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, 6000);
}

QString ExportActions::askSavePath(
    const QString &title, const QString &suggested, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, title, QDir(lastFolder()).filePath(suggested), filter);
    if (path.isEmpty())
        return {};
    rememberFolder(path);
    if (m_workspace->database() && isDatasetFile(path, m_workspace->database()->path())) {
        QMessageBox::warning(
            m_window, title, tr("That is the open dataset file; choose another name."));
        return {};
    }
    return path;
}

void ExportActions::exportChart()
{
    ChartView *view = m_currentView();
    if (!view)
        return;
    ExportDialog dialog(view, m_window);
    dialog.setOptions(lastOptions());
    connect(&dialog, &ExportDialog::copyRequested, this, [this](const QImage &image) {
        QApplication::clipboard()->setImage(image);
        report(tr("Chart copied to the clipboard"));
    });
    connect(&dialog, &ExportDialog::exportRequested, this,
        [this, view, &dialog](const ChartExportOptions &options) {
            const QString suffix = chartFormatSuffix(options.format);
            const QString path
                = askSavePath(tr("Export Chart"), view->viewName() + QLatin1Char('.') + suffix,
                    tr("%1 file (*.%2)").arg(suffix.toUpper(), suffix));
            if (path.isEmpty())
                return;
            QString error;
            if (!exportView(view, path, options, &error)) {
                QMessageBox::warning(&dialog, tr("Export Chart"), error);
                return;
            }
            rememberOptions(options);
            report(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
            dialog.accept();
        });
    dialog.exec();
}

// The settings are shown before anything is written (the batch dialog, starting from the
// last ones used), then the folder is asked for.
void ExportActions::exportAllCharts()
{
    ChartView *current = m_currentView();
    if (!current)
        return;
    ExportDialog dialog(current, ExportDialog::Mode::Batch, m_window);
    dialog.setOptions(lastOptions());
    QString folder;
    connect(&dialog, &ExportDialog::exportRequested, this, [this, &dialog, &folder] {
        folder
            = QFileDialog::getExistingDirectory(&dialog, tr("Export All Charts To"), lastFolder());
        if (!folder.isEmpty())
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || folder.isEmpty())
        return;
    QSettings().setValue(SettingsKey::ExportFolder, folder);
    const ChartExportOptions options = dialog.options();
    const QList<ChartFormat> formats = dialog.formats();
    rememberOptions(options);
    QProgressDialog progress(
        tr("Exporting charts…"), tr("Cancel"), 0, int(m_views.size() * formats.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const BatchResult result = exportViews(
        m_views, folder, formats, options, [&progress](int done, int, const QString &file) {
            progress.setValue(done);
            progress.setLabelText(tr("Exporting %1…").arg(QFileInfo(file).fileName()));
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result.errors.isEmpty())
        QMessageBox::warning(
            m_window, tr("Export All Charts"), result.errors.join(QLatin1Char('\n')));
    const int written = int(result.written.size());
    report(result.cancelled ? tr("Export cancelled after %n file(s)", nullptr, written)
                            : tr("Exported %n file(s) to %1", nullptr, written)
                                  .arg(QDir::toNativeSeparators(folder)));
}

void ExportActions::exportReport()
{
    const QString path = askSavePath(tr("Export PDF Report"),
        QStringLiteral("trendscope-report.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportContent content;
    content.datasetPath = m_workspace->database() ? m_workspace->database()->path() : QString();
    content.filterText = describeFilter(m_state->filter(), m_state->nameOrder());
    content.sources = m_workspace->sources();
    content.views = m_views;
    QProgressDialog progress(
        tr("Writing the report…"), tr("Cancel"), 0, int(m_views.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QString error;
    const bool ok = writeReport(content, path, &error, [&progress](int done, int, const QString &) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!ok && !progress.wasCanceled())
        QMessageBox::warning(m_window, tr("Export PDF Report"), error);
    else if (ok)
        report(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::exportViewRows(const QString &format)
{
    ChartView *view = m_currentView();
    if (!view)
        return;
    const QString path
        = askSavePath(tr("Export Rows"), view->viewName() + QLatin1Char('.') + format,
            tr("%1 file (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    const Table table = tableFromModel(view->tableModel(), view->viewName());
    const QByteArray bytes
        = format == QLatin1String("csv") ? toCsv(table, CsvOptions {true}) : toJson({table});
    QString error;
    if (!writeFileAtomically(path, bytes, &error))
        QMessageBox::warning(m_window, tr("Export Rows"), error);
    else
        report(tr("Exported %n row(s) to %1", nullptr, int(table.rows.size()))
                   .arg(QDir::toNativeSeparators(path)));
}

void ExportActions::exportDataset()
{
    if (!m_workspace->database())
        return;
    const QString path
        = askSavePath(tr("Export Dataset"), QStringLiteral("trendscope.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Queries queries(*m_workspace->database());
    QList<Table> tables;
    QString error;
    const QStringList names = queries.exportableNames();
    for (const QString &name : names) {
        if (auto table = queries.table(name, &error))
            tables.append(*table);
    }
    if (!writeFileAtomically(path, toJson(tables), &error))
        QMessageBox::warning(m_window, tr("Export Dataset"), error);
    else
        report(tr("Exported %n table(s) to %1", nullptr, int(tables.size()))
                   .arg(QDir::toNativeSeparators(path)));
}

void ExportActions::copyChart()
{
    ChartView *view = m_currentView();
    if (!view)
        return;
    ChartExportOptions options = lastOptions();
    options.format = ChartFormat::Png;
    QApplication::clipboard()->setImage(QImage::fromData(renderView(view, options), "PNG"));
    report(tr("Chart copied to the clipboard"));
}

void ExportActions::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    QAbstractItemView *itemView = nullptr;
    for (QWidget *w = focus; w && !itemView; w = w->parentWidget())
        itemView = qobject_cast<QAbstractItemView *>(w);
    if (!itemView) {
        copyChart();
        return;
    }
    const QString text = selectionAsTsv(itemView->selectionModel());
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
        report(tr("Copied %n row(s)", nullptr, int(text.count(QLatin1Char('\n')))));
    }
}

} // namespace TrendScope
