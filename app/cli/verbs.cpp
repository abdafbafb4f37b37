#include "verbs.h"

#include "atomicfile.h"
#include "batchexporter.h"
#include "chartexporter.h"
#include "chartframe.h"
#include "chartstyle.h"
#include "chartview.h"
#include "clisession.h"
#include "dataexport.h"
#include "datasetchecker.h"
#include "editschema.h"
#include "editwording.h"
#include "mainwindow.h"
#include "modelchart.h"
#include "modeltable.h"
#include "printable.h"
#include "queries.h"
#include "readsnapshot.h"
#include "reportwriter.h"
#include "savedview.h"
#include "viewregistry.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>

#include <functional>
#include <memory>
#include <vector>

#include <cstdio>
#include <unistd.h>

namespace TrendScope::Cli {

namespace {

// Streams what `write` produces into `out` (see writeOutput). A read that fails half-way
// leaves a file as it was; a terminal or a pipe has had the part before the failure.
int writeStreamed(const QString &out, const Database &db,
    const std::function<bool(const ExportSink &, QString *)> &write)
{
    if (!outputsAreSafe({out}, db.path()))
        return ExitUsage;
    OutputStream stream(out.isEmpty() ? QStringLiteral("-") : out);
    QString error;
    if (!stream.open(&error)) {
        printError(error);
        return ExitUsage;
    }
    const bool read = write(
        [&stream](const char *data, qsizetype size) { return stream.write(data, size); }, &error);
    if (!read && !error.isEmpty()) {
        stream.cancel();
        printError(error);
        return ExitUsage;
    }
    if (!stream.commit(&error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

// --headers readable: each column of a table the editor knows under its label in the
// interface language ("Name", "名称"); other columns and tables keep their SQL names.
ColumnHeader readableHeaders(const EditSchema &schema)
{
    return [&schema](const QString &table, const QString &column) {
        const TableInfo *info = schema.table(table);
        const ColumnInfo *c = info ? info->column(column) : nullptr;
        return c ? EditWording::columnLabel(*c) : column;
    };
}

// A chart with nothing to draw is still written (it says why on the image), and the command
// says so on stderr: a script exporting slides should not learn of an empty one by looking.
void warnIfEmpty(ChartView *view)
{
    const auto *chart = qobject_cast<const ModelChart *>(view->plot());
    const QString message = chart ? chart->emptyMessage() : QString();
    if (!message.isEmpty())
        printError(tr("warning: %1: %2 (written anyway)").arg(view->tabTitle(), message));
}

// export-chart --saved NAME: the view, filters, focus, editions and export settings as saved
// in the dataset; options given beside it change what they name.
int exportSavedChart(const Args &args, const ViewRegistry &views)
{
    if (args.has(QStringLiteral("all")) || !args.positional.isEmpty()) {
        printError(tr(
            "export-chart --saved NAME takes no VIEW and no --all: the saved view names its view"));
        return ExitUsage;
    }
    const QString out = requiredValue(
        args, QStringLiteral("out"), tr("export-chart --saved NAME needs --out FILE"));
    if (out.isEmpty() || !outputsAreSafe({out}, datasetPath(args)))
        return ExitUsage;
    int exitCode = ExitOk;
    auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    const auto saved = savedViewsNamed(args, *db, views, &exitCode);
    if (!saved)
        return exitCode;
    if (saved->size() != 1) {
        printError(tr("export-chart --saved takes one name; export-report --saved "
                      "takes several"));
        return ExitUsage;
    }
    const SavedView &view = saved->constFirst();
    ChartExportOptions options = ChartExportOptions::fromJson(view.exportSettings);
    if (args.has(QStringLiteral("format"))) {
        const auto format = chartFormatFromName(args.value(QStringLiteral("format")));
        if (!format) {
            printError(tr("export-chart needs --format png, svg or pdf"));
            return ExitUsage;
        }
        options.format = *format;
    }
    QString error;
    if (!parseChartOptions(args, &options, &error)) {
        printError(error);
        return ExitUsage;
    }
    const auto session = startSession(args, views, {view.view}, std::move(db), &view, &exitCode);
    if (!session)
        return exitCode;
    if (!exportView(session->views.constFirst().data(), out, options, &error)) {
        printError(error);
        return ExitUsage;
    }
    warnIfEmpty(session->views.constFirst().data());
    return ExitOk;
}

} // namespace

int exportChart(const Args &args, const ViewRegistry &views)
{
    if (args.has(QStringLiteral("saved")))
        return exportSavedChart(args, views);
    QString error;
    const bool all = args.has(QStringLiteral("all"));
    if (all == !args.positional.isEmpty()) {
        printError(tr("export-chart needs a view (%1) or --all")
                       .arg(views.names().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (!all && !views.names().contains(args.positional.constFirst())) {
        printError(
            tr("export-chart: no view named \"%1\" (one of: %2)")
                .arg(args.positional.constFirst(), views.names().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    // One format, or with --all a comma-separated list.
    QList<ChartFormat> formats;
    const QStringList formatNames
        = args.value(QStringLiteral("format")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : formatNames) {
        const auto format = chartFormatFromName(name.trimmed());
        if (!format) {
            formats.clear();
            break;
        }
        formats.append(*format);
    }
    if (formats.isEmpty() || (!all && formats.size() != 1)) {
        printError(all
                ? tr(
                    "export-chart --all needs --format png, svg, pdf or a list such as png,svg,pdf")
                : tr("export-chart needs --format png, svg or pdf"));
        return ExitUsage;
    }
    const QString out = requiredValue(args, all ? QStringLiteral("out-dir") : QStringLiteral("out"),
        all ? tr("export-chart --all needs --out-dir DIR") : tr("export-chart needs --out FILE"));
    if (out.isEmpty())
        return ExitUsage;
    ChartExportOptions options;
    options.format = formats.constFirst();
    if (!parseChartOptions(args, &options, &error)) {
        printError(error);
        return ExitUsage;
    }
    QStringList outputs {out};
    if (all) {
        outputs.clear();
        for (const QString &view : views.names())
            for (ChartFormat format : std::as_const(formats))
                outputs.append(batchFilePath(out, view, format));
    }
    if (!outputsAreSafe(outputs, datasetPath(args)))
        return ExitUsage;

    int exitCode = ExitOk;
    const auto session = openSession(args, views, all ? views.names() : args.positional, &exitCode);
    if (!session)
        return exitCode;
    if (!all) {
        if (!exportView(session->views.constFirst().data(), out, options, &error)) {
            printError(error);
            return ExitUsage;
        }
        warnIfEmpty(session->views.constFirst().data());
        return ExitOk;
    }
    const BatchResult result = exportViews(session->viewList(), out, formats, options);
    for (const QString &file : result.written)
        writeStdout((file + QLatin1Char('\n')).toUtf8());
    for (ChartView *view : session->viewList())
        warnIfEmpty(view);
    if (!result.errors.isEmpty()) {
        printError(tr("%1 of %2 files failed: %3")
                       .arg(result.errors.size())
                       .arg(result.errors.size() + result.written.size())
                       .arg(result.errors.constFirst()));
        return ExitUsage;
    }
    return ExitOk;
}

int exportReport(const Args &args, const ViewRegistry &views)
{
    const QString out
        = requiredValue(args, QStringLiteral("out"), tr("export-report needs --out FILE.pdf"));
    if (out.isEmpty())
        return ExitUsage;
    ReportContent content;
    if (args.has(QStringLiteral("theme"))) {
        content.theme = args.value(QStringLiteral("theme"));
        if (!ChartTheme::byName(content.theme)) {
            printError(
                tr("--theme needs one of %1").arg(ChartTheme::names().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }
    if (!outputsAreSafe({out}, datasetPath(args)))
        return ExitUsage;
    int exitCode = ExitOk;
    // One session per page with --saved (each saved view has its own filters), else one.
    std::vector<std::unique_ptr<Session>> sessions;
    if (args.has(QStringLiteral("saved"))) {
        auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
        if (!db)
            return exitCode;
        const auto saved = savedViewsNamed(args, *db, views, &exitCode);
        if (!saved)
            return exitCode;
        QStringList names;
        for (const SavedView &view : *saved) {
            DatabaseError dbError;
            auto viewDb = db ? std::move(db)
                             : sessions.front()->workspace.database()->openAnotherReader(&dbError);
            if (!viewDb) {
                printError(dbError.message());
                return dbError.exitCode();
            }
            sessions.push_back(
                startSession(args, views, {view.view}, std::move(viewDb), &view, &exitCode));
            if (!sessions.back())
                return exitCode;
            names.append(view.name);
        }
        content.filterText = tr("each page as saved (%1)").arg(names.join(QStringLiteral(", ")));
    } else {
        sessions.push_back(openSession(args, views, views.names(), &exitCode));
        if (!sessions.back())
            return exitCode;
        content.filterText
            = describeFilter(sessions.back()->state.filter(), sessions.back()->state.nameOrder());
    }
    const Session &first = *sessions.front();
    content.datasetPath = first.workspace.database()->path();
    content.sources = first.workspace.sources();
    for (const auto &session : sessions)
        content.views += session->viewList();
    QString error;
    if (!writeReport(content, out, &error)) {
        printError(error);
        return ExitUsage;
    }
    for (ChartView *view : std::as_const(content.views))
        warnIfEmpty(view);
    return ExitOk;
}

int exportData(const Args &args, const ViewRegistry &views)
{
    QString error;
    const QString format = args.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(tr("export-data needs --format csv or --format json"));
        return ExitUsage;
    }
    const bool all = args.has(QStringLiteral("all"));
    const QString headers = args.value(QStringLiteral("headers"));
    if (!headers.isEmpty() && headers != QLatin1String("sql")
        && headers != QLatin1String("readable")) {
        printError(tr("--headers is sql or readable, not %1").arg(quoted(headers)));
        return ExitUsage;
    }
    const QString viewName = args.value(QStringLiteral("view"));
    if (!viewName.isEmpty() && !headers.isEmpty()) {
        printError(tr("--headers names a table's columns; --view writes the view's own headings"));
        return ExitUsage;
    }
    if (!viewName.isEmpty()) {
        // The rows a view shows under the given filters, as on screen.
        if (all || !args.positional.isEmpty() || !views.names().contains(viewName)) {
            printError(tr("export-data --view needs one view (%1) and no table names")
                           .arg(views.names().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        if (!outputsAreSafe({args.value(QStringLiteral("out"))}, datasetPath(args)))
            return ExitUsage;
        int exitCode = ExitOk;
        const auto session = openSession(args, views, {viewName}, &exitCode);
        if (!session)
            return exitCode;
        const Table table = tableFromModel(session->views.constFirst()->tableModel(), viewName);
        const QByteArray bytes = format == QLatin1String("json")
            ? toJson({table})
            : toCsv(table, CsvOptions {args.has(QStringLiteral("bom"))});
        return writeOutput(
            bytes, args.value(QStringLiteral("out")), *session->workspace.database());
    }
    if (args.has(QStringLiteral("filter")) || args.has(QStringLiteral("year"))) {
        printError(tr("--filter and --year narrow a view's rows: add --view VIEW"));
        return ExitUsage;
    }
    if (all == !args.positional.isEmpty()) {
        printError(tr("export-data needs either --all, table names or --view VIEW"));
        return ExitUsage;
    }
    if (args.has(QStringLiteral("out")) && args.has(QStringLiteral("out-dir"))) {
        printError(tr("give --out or --out-dir, not both"));
        return ExitUsage;
    }

    const QString out = args.value(QStringLiteral("out"));
    if (!outputsAreSafe({out}, datasetPath(args)))
        return ExitUsage;
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    const QStringList names = all ? Queries(*db).exportableNames() : args.positional;
    const EditSchema schema
        = headers == QLatin1String("readable") ? EditSchema::read(*db) : EditSchema();
    const ColumnHeader header
        = headers == QLatin1String("readable") ? readableHeaders(schema) : ColumnHeader();
    // Rows go from SQLite straight into the output (a file replaced only once all of it is
    // written), so that memory stays flat whatever the size of the tables.
    if (format == QLatin1String("json")) {
        return writeStreamed(out, *db, [&](const ExportSink &sink, QString *readError) {
            return streamJson(*db, names, sink, readError, header);
        });
    }
    const CsvOptions csv {args.has(QStringLiteral("bom"))};
    const QString outDir = args.value(QStringLiteral("out-dir"));
    if (outDir.isEmpty()) {
        if (!areExportable(*db, names, &error)) {
            printError(error);
            return ExitUsage;
        }
        if (names.size() != 1) {
            printError(tr("CSV holds one table: name one, or use --out-dir DIR for several"));
            return ExitUsage;
        }
        return writeStreamed(out, *db, [&](const ExportSink &sink, QString *readError) {
            return streamCsv(*db, names.constFirst(), csv, sink, readError, header);
        });
    }
    if (!areExportable(*db, names, &error)) {
        printError(error);
        return ExitUsage;
    }
    // Table names come from the file: each becomes a safe name inside the folder, and every
    // planned file is checked before the first is written.
    QStringList paths;
    for (const QString &fileName : exportFileNames(names, QStringLiteral(".csv")))
        paths.append(QDir(outDir).filePath(fileName));
    if (!outputsAreSafe(paths, db->path()))
        return ExitUsage;
    if (!QDir().mkpath(outDir)) {
        printError(tr("cannot create the folder %1").arg(outDir));
        return ExitUsage;
    }
    // One snapshot for all the files, and none replaced unless every table was read.
    const ReadSnapshot snapshot(*db);
    if (!snapshot.isValid()) {
        printError(snapshot.error());
        return ExitUsage;
    }
    std::vector<std::unique_ptr<OutputStream>> files;
    for (qsizetype i = 0; i < names.size(); ++i) {
        files.push_back(std::make_unique<OutputStream>(paths.at(i)));
        OutputStream &file = *files.back();
        if (!file.open(&error)) {
            printError(error);
            return ExitUsage;
        }
        const bool read = streamCsv(
            *db, names.at(i), csv,
            [&file](const char *data, qsizetype size) { return file.write(data, size); }, &error,
            header);
        if (!read && !error.isEmpty()) {
            printError(error);
            return ExitUsage;
        }
    }
    for (const auto &file : files) {
        if (!file->commit(&error)) {
            printError(error);
            return ExitUsage;
        }
    }
    return ExitOk;
}

int screenshot(const Args &args, const ViewRegistry &views)
{
    const QString out
        = requiredValue(args, QStringLiteral("out"), tr("screenshot needs --out FILE.png"));
    if (out.isEmpty())
        return ExitUsage;
    const QString viewName = args.has(QStringLiteral("view")) ? args.value(QStringLiteral("view"))
                                                              : views.names().constFirst();
    if (!views.names().contains(viewName)) {
        printError(tr("unknown view %1: %2")
                       .arg(Cli::quoted(viewName), views.names().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    QSize size(1280, 800);
    if (args.has(QStringLiteral("size"))) {
        const auto parsed = parseSize(args.value(QStringLiteral("size")));
        if (!parsed || parsed->width() < 320 || parsed->height() < 240 || parsed->width() > 7680
            || parsed->height() > 4320) {
            printError(tr("--size needs WIDTHxHEIGHT from 320x240 to 7680x4320"));
            return ExitUsage;
        }
        size = *parsed;
    }
    if (!outputsAreSafe({out}, datasetPath(args)))
        return ExitUsage;
    int exitCode = ExitOk;
    const auto session = openSession(args, views, views.names(), &exitCode);
    if (!session)
        return exitCode;
    MainWindow window(&session->workspace, &session->state, session->viewList());
    window.showView(viewName);
    window.resize(size);
    window.show();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QString error;
    if (!writeOutputFile(out, bytes, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

int check(const Args &args, const ViewRegistry & /*views*/)
{
    QString error;
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    // On a terminal, a line counting the steps: a large file takes a while.
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    const QList<Problem> problems = DatasetChecker(*db).run([&](int done, int total) {
        if (showProgress) {
            // The terminal controls stay out of the translated text.
            const QString step = tr("checking %1: step %2 of %3")
                                     .arg(printable(QFileInfo(db->path()).fileName()))
                                     .arg(done)
                                     .arg(total);
            const QByteArray line = QString(
                QLatin1Char('\r') + step + (done == total ? QStringLiteral("\r\x1b[K") : QString()))
                                        .toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
    });
    QString listing;
    qsizetype errors = 0;
    for (const Problem &p : problems) {
        listing += p.text() + QLatin1Char('\n');
        errors += p.warning ? 0 : 1;
    }
    writeStdout(listing.toUtf8());
    // Warnings are listed but do not make the dataset invalid.
    if (errors == 0) {
        const qsizetype warnings = problems.size();
        writeStdout(tr("%1: ok (schema version %2)%3\n")
                        .arg(db->path())
                        .arg(db->schemaVersion())
                        .arg(warnings ? tr(", %1 warning(s)").arg(warnings) : QString())
                        .toUtf8());
        return ExitOk;
    }
    printError(tr("%1: %2 problem(s) found").arg(db->path()).arg(errors));
    return ExitInvalid;
}

} // namespace TrendScope::Cli
