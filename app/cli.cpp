#include "cli.h"

#include "atomicfile.h"
#include "chartexporter.h"
#include "chartstyle.h"
#include "chartview.h"
#include "cliparse.h"
#include "database.h"
#include "dataexport.h"
#include "datasetchecker.h"
#include "explorerstate.h"
#include "batchexporter.h"
#include "chartframe.h"
#include "modeltable.h"
#include "reportwriter.h"
#include "mainwindow.h"
#include "queries.h"
#include "viewfactory.h"
#include "workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <cstdio>
#include <memory>

namespace TrendScope {

namespace {

using Cli::Args;
using Cli::Spec;
using Cli::applyFilters;
using Cli::parse;
using Cli::parseSize;

constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitInvalid = 2;

void printError(const QString &line)
{
    const QByteArray bytes = (QStringLiteral("trendscope: ") + Cli::printableLine(line) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool writeStdout(const QByteArray &bytes)
{
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

// The dataset named by --db, or the user's own (created from the embedded one on first run).
std::unique_ptr<Database> openDataset(const Args &args, Database::Access access, int *exitCode)
{
    DatabaseError error;
    std::unique_ptr<Database> db = args.has(QStringLiteral("db"))
        ? Database::open(args.value(QStringLiteral("db")), &error, access)
        : Database::openDefault(&error, access);
    if (!db) {
        printError(error.message());
        *exitCode = error.exitCode();
        return db;
    }
    // A hostile file cannot keep a command running for ever (TRENDSCOPE_TIME_LIMIT).
    db->setTimeLimit(Database::defaultTimeLimitSeconds());
    return db;
}

// Output goes to a file (atomically, never onto the open dataset) or to stdout.
int writeOutput(const QByteArray &bytes, const QString &out, const Database &db)
{
    if (out.isEmpty() || out == QLatin1String("-")) {
        if (!writeStdout(bytes)) {
            printError(QStringLiteral("cannot write to standard output"));
            return ExitUsage;
        }
        return ExitOk;
    }
    if (isSameFile(out, db.path())) {
        printError(QStringLiteral("refusing to overwrite the open dataset %1").arg(out));
        return ExitUsage;
    }
    QString error;
    if (!writeFileAtomically(out, bytes, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

// A dataset opened for one command, with the shared state, the models and the views.
// A window given the views takes them over; the session deletes only those still its own.
struct Session
{
    ExplorerState state;
    Workspace workspace;
    QList<QPointer<ChartView>> views;

    ~Session()
    {
        for (const QPointer<ChartView> &view : std::as_const(views))
            if (view && !view->parent())
                delete view.data();
    }
    QList<ChartView *> viewList() const
    {
        QList<ChartView *> list;
        for (const QPointer<ChartView> &view : views)
            list.append(view.data());
        return list;
    }
};

// Opens --db read-only (or the user's own dataset), applies --year and --filter, and creates
// the named views. Prints the failure and returns nullptr with its exit code.
std::unique_ptr<Session> openSession(const Args &args, const QStringList &views, int *exitCode)
{
    auto session = std::make_unique<Session>();
    QString error;
    if (!applyFilters(args, &session->state, &error)) {
        printError(error);
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto db = openDataset(args, Database::Access::ReadOnly, exitCode);
    if (!db)
        return nullptr;
    if (!session->workspace.setDatabase(std::move(db), &error)) {
        printError(QStringLiteral("reading the dataset failed: %1").arg(error));
        *exitCode = ExitInvalid;
        return nullptr;
    }
    for (const QString &name : views)
        session->views.append(createView(name, &session->workspace, &session->state));
    return session;
}

// The chart options every export verb shares: --size, --scale, --theme and the text flags.
bool parseChartOptions(const Args &args, ChartExportOptions *options, QString *error)
{
    if (args.has(QStringLiteral("size"))) {
        const auto size = parseSize(args.value(QStringLiteral("size")));
        if (!size) {
            *error = QStringLiteral("--size needs WIDTHxHEIGHT, e.g. 1920x1080");
            return false;
        }
        options->size = *size;
    }
    if (args.has(QStringLiteral("scale"))) {
        bool ok = false;
        options->scale = args.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--scale needs a whole number from 1 to %1").arg(ChartExportOptions::MaxScale);
            return false;
        }
    }
    if (args.has(QStringLiteral("theme"))) {
        options->theme = args.value(QStringLiteral("theme"));
        if (!ChartTheme::byName(options->theme)) {
            *error = QStringLiteral("--theme needs one of %1").arg(ChartTheme::names().join(QStringLiteral(", ")));
            return false;
        }
    }
    options->transparent = args.has(QStringLiteral("transparent"));
    options->showTitle = !args.has(QStringLiteral("no-title"));
    options->showSubtitle = !args.has(QStringLiteral("no-subtitle"));
    options->showSource = !args.has(QStringLiteral("no-source"));
    *error = options->validate();
    return error->isEmpty();
}

QStringList chartValued()
{
    return {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("out-dir"),
            QStringLiteral("size"), QStringLiteral("scale"), QStringLiteral("theme"), QStringLiteral("year"),
            QStringLiteral("filter")};
}

QStringList chartFlags()
{
    return {QStringLiteral("all"), QStringLiteral("transparent"), QStringLiteral("no-title"),
            QStringLiteral("no-subtitle"), QStringLiteral("no-source")};
}

int exportChart(const QStringList &arguments)
{
    const Spec spec{chartValued(), chartFlags(), {QStringLiteral("filter")}, 1};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    const bool all = args.has(QStringLiteral("all"));
    if (all == !args.positional.isEmpty()
        || (!all && !viewNames().contains(args.positional.constFirst()))) {
        printError(QStringLiteral("export-chart needs a view (%1) or --all").arg(viewNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    // One format, or with --all a comma-separated list.
    QList<ChartFormat> formats;
    const QStringList formatNames = args.value(QStringLiteral("format")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : formatNames) {
        const auto format = chartFormatFromName(name.trimmed());
        if (!format) {
            formats.clear();
            break;
        }
        formats.append(*format);
    }
    if (formats.isEmpty() || (!all && formats.size() != 1)) {
        printError(all ? QStringLiteral("export-chart --all needs --format png, svg, pdf or a list such as png,svg,pdf")
                       : QStringLiteral("export-chart needs --format png, svg or pdf"));
        return ExitUsage;
    }
    const QString out = args.value(all ? QStringLiteral("out-dir") : QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(all ? QStringLiteral("export-chart --all needs --out-dir DIR") : QStringLiteral("export-chart needs --out FILE"));
        return ExitUsage;
    }
    ChartExportOptions options;
    options.format = formats.constFirst();
    if (!parseChartOptions(args, &options, &error)) {
        printError(error);
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const auto session = openSession(args, all ? viewNames() : args.positional, &exitCode);
    if (!session)
        return exitCode;
    if (!all) {
        if (isSameFile(out, session->workspace.database()->path())) {
            printError(QStringLiteral("refusing to overwrite the open dataset %1").arg(out));
            return ExitUsage;
        }
        if (!exportView(session->views.constFirst().data(), out, options, &error)) {
            printError(error);
            return ExitUsage;
        }
        return ExitOk;
    }
    const BatchResult result = exportViews(session->viewList(), out, formats, options);
    for (const QString &file : result.written)
        writeStdout((file + QLatin1Char('\n')).toUtf8());
    if (!result.errors.isEmpty()) {
        printError(QStringLiteral("%1 of %2 files failed: %3")
                       .arg(result.errors.size())
                       .arg(result.errors.size() + result.written.size())
                       .arg(result.errors.constFirst()));
        return ExitUsage;
    }
    return ExitOk;
}

int exportReport(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("theme"), QStringLiteral("year"),
                     QStringLiteral("filter")},
                    {},
                    {QStringLiteral("filter")},
                    0};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("export-report needs --out FILE.pdf"));
        return ExitUsage;
    }
    ReportContent content;
    if (args.has(QStringLiteral("theme"))) {
        content.theme = args.value(QStringLiteral("theme"));
        if (!ChartTheme::byName(content.theme)) {
            printError(QStringLiteral("--theme needs one of %1").arg(ChartTheme::names().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto session = openSession(args, viewNames(), &exitCode);
    if (!session)
        return exitCode;
    if (isSameFile(out, session->workspace.database()->path())) {
        printError(QStringLiteral("refusing to overwrite the open dataset %1").arg(out));
        return ExitUsage;
    }
    content.datasetPath = session->workspace.database()->path();
    content.filterText = describeFilter(session->state.filter());
    content.sources = session->workspace.sources();
    content.views = session->viewList();
    if (!writeReport(content, out, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

int exportData(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
                     QStringLiteral("out-dir"), QStringLiteral("view"), QStringLiteral("year"),
                     QStringLiteral("filter")},
                    {QStringLiteral("all"), QStringLiteral("bom")},
                    {QStringLiteral("filter")},
                    1000};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    const QString format = args.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("export-data needs --format csv or --format json"));
        return ExitUsage;
    }
    const bool all = args.has(QStringLiteral("all"));
    const QString viewName = args.value(QStringLiteral("view"));
    if (!viewName.isEmpty()) {
        // The rows a view shows under the given filters, as on screen.
        if (all || !args.positional.isEmpty() || !viewNames().contains(viewName)) {
            printError(QStringLiteral("export-data --view needs one view (%1) and no table names")
                           .arg(viewNames().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        int exitCode = ExitOk;
        const auto session = openSession(args, {viewName}, &exitCode);
        if (!session)
            return exitCode;
        const Table table = tableFromModel(session->views.constFirst()->tableModel(), viewName);
        const QByteArray bytes = format == QLatin1String("json") ? toJson({table})
                                                                 : toCsv(table, CsvOptions{args.has(QStringLiteral("bom"))});
        return writeOutput(bytes, args.value(QStringLiteral("out")), *session->workspace.database());
    }
    if (args.has(QStringLiteral("filter")) || args.has(QStringLiteral("year"))) {
        printError(QStringLiteral("--filter and --year narrow a view's rows: add --view VIEW"));
        return ExitUsage;
    }
    if (all == !args.positional.isEmpty()) {
        printError(QStringLiteral("export-data needs either --all, table names or --view VIEW"));
        return ExitUsage;
    }
    if (args.has(QStringLiteral("out")) && args.has(QStringLiteral("out-dir"))) {
        printError(QStringLiteral("give --out or --out-dir, not both"));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    const Queries queries(*db);
    const QStringList names = all ? queries.exportableNames() : args.positional;
    const std::optional<QList<Table>> read = queries.tables(names, &error);
    if (!read) {
        printError(error);
        return ExitUsage;
    }
    const QList<Table> &tables = *read;

    if (format == QLatin1String("json"))
        return writeOutput(toJson(tables), args.value(QStringLiteral("out")), *db);

    const CsvOptions csv{args.has(QStringLiteral("bom"))};
    const QString outDir = args.value(QStringLiteral("out-dir"));
    if (outDir.isEmpty()) {
        if (tables.size() != 1) {
            printError(QStringLiteral("CSV holds one table: name one, or use --out-dir DIR for several"));
            return ExitUsage;
        }
        return writeOutput(toCsv(tables.constFirst(), csv), args.value(QStringLiteral("out")), *db);
    }
    if (!QDir().mkpath(outDir)) {
        printError(QStringLiteral("cannot create the folder %1").arg(outDir));
        return ExitUsage;
    }
    for (const Table &table : std::as_const(tables)) {
        const int code = writeOutput(toCsv(table, csv), QDir(outDir).filePath(table.name + QStringLiteral(".csv")), *db);
        if (code != ExitOk)
            return code;
    }
    return ExitOk;
}

int screenshot(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("view"), QStringLiteral("size"),
                     QStringLiteral("year"), QStringLiteral("filter")},
                    {},
                    {QStringLiteral("filter")},
                    0};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("screenshot needs --out FILE.png"));
        return ExitUsage;
    }
    const QString viewName = args.has(QStringLiteral("view")) ? args.value(QStringLiteral("view")) : viewNames().constFirst();
    if (!viewNames().contains(viewName)) {
        printError(QStringLiteral("unknown view %1: %2").arg(Cli::quoted(viewName), viewNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    QSize size(1280, 800);
    if (args.has(QStringLiteral("size"))) {
        const auto parsed = parseSize(args.value(QStringLiteral("size")));
        if (!parsed || parsed->width() < 320 || parsed->height() < 240 || parsed->width() > 7680
            || parsed->height() > 4320) {
            printError(QStringLiteral("--size needs WIDTHxHEIGHT from 320x240 to 7680x4320"));
            return ExitUsage;
        }
        size = *parsed;
    }
    int exitCode = ExitOk;
    const auto session = openSession(args, viewNames(), &exitCode);
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
    if (!writeFileAtomically(out, bytes, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

int check(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db")}, {}, {}, 0};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    const QList<Problem> problems = DatasetChecker(*db).run();
    if (problems.isEmpty()) {
        writeStdout(QStringLiteral("%1: ok (schema version %2)\n").arg(db->path()).arg(db->schemaVersion()).toUtf8());
        return ExitOk;
    }
    QString listing;
    for (const Problem &p : problems)
        listing += p.text() + QLatin1Char('\n');
    writeStdout(listing.toUtf8());
    printError(QStringLiteral("%1: %2 problem(s) found").arg(db->path()).arg(problems.size()));
    return ExitInvalid;
}

} // namespace

Verb detectVerb(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db") {
            ++i; // its value
            continue;
        }
        if (arg.startsWith("--db="))
            continue;
        if (arg == "--version" || arg == "-v")
            return Verb::Version;
        if (arg == "--help" || arg == "-h")
            return Verb::Help;
        if (arg == "export-data")
            return Verb::ExportData;
        if (arg == "export-chart")
            return Verb::ExportChart;
        if (arg == "export-report")
            return Verb::ExportReport;
        if (arg == "screenshot")
            return Verb::Screenshot;
        if (arg == "check")
            return Verb::Check;
        return arg.startsWith('-') ? Verb::Gui : Verb::Unknown;
    }
    return Verb::Gui;
}

bool verbNeedsWidgets(Verb verb)
{
    // export-data too: --view reads the rows through the view's own models.
    return verb == Verb::Gui || verb == Verb::ExportChart || verb == Verb::ExportReport
        || verb == Verb::Screenshot || verb == Verb::ExportData;
}

bool verbIsHeadless(Verb verb)
{
    return verb != Verb::Gui;
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  trendscope [--db FILE]                  open the explorer (default: your own copy of\n"
        "                                          the embedded dataset)\n"
        "  trendscope export-data (--all | NAME...) --format csv|json [--out FILE | --out-dir DIR]\n"
        "                         [--bom] [--db FILE]\n"
        "  trendscope export-data --view VIEW --format csv|json [--out FILE] [--year Y]\n"
        "                         [--filter KEY=VALUE]...   the rows the view shows\n"
        "  trendscope export-chart VIEW --format png|svg|pdf --out FILE [--size WxH] [--scale N]\n"
        "                         [--theme light|dark|print] [--transparent] [--no-title]\n"
        "                         [--no-subtitle] [--no-source] [--year Y] [--filter KEY=VALUE]...\n"
        "                         [--db FILE]\n"
        "  trendscope export-chart --all --format png,svg,pdf --out-dir DIR [options as above]\n"
        "  trendscope export-report --out FILE.pdf [--theme T] [--year Y] [--filter KEY=VALUE]...\n"
        "                         cover, one page per view with its chart and table, sources\n"
        "  trendscope screenshot --out FILE.png [--view VIEW] [--size WxH] [--db FILE]\n"
        "  trendscope check [--db FILE]            validate a dataset file\n"
        "  trendscope --version | --help\n"
        "\n"
        "VIEW: %1\n"
        "Filter keys: organization, search, source. A PNG has (W x scale) x (H x scale) pixels.\n"
        "Exit codes: 0 ok, 1 usage or file error, 2 invalid data.\n")
        .arg(viewNames().join(QStringLiteral(", ")));
}

int runCommand(const QStringList &arguments)
{
    QStringList rest = arguments.mid(1);
    // --db may precede the verb; move it after so each verb parses it.
    QStringList leading;
    while (!rest.isEmpty() && rest.constFirst().startsWith(QLatin1String("--db"))) {
        leading.append(rest.takeFirst());
        if (leading.constLast() == QLatin1String("--db") && !rest.isEmpty())
            leading.append(rest.takeFirst());
    }
    if (rest.isEmpty()) {
        printError(QStringLiteral("no command given"));
        return ExitUsage;
    }
    const QString verb = rest.takeFirst();
    rest = leading + rest;
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        writeStdout(QStringLiteral("trendscope %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return ExitOk;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        writeStdout(usageText().toUtf8());
        return ExitOk;
    }
    if (verb == QLatin1String("export-data"))
        return exportData(rest);
    if (verb == QLatin1String("export-chart"))
        return exportChart(rest);
    if (verb == QLatin1String("export-report"))
        return exportReport(rest);
    if (verb == QLatin1String("screenshot"))
        return screenshot(rest);
    if (verb == QLatin1String("check"))
        return check(rest);
    printError(QStringLiteral("unknown command %1 (see trendscope --help)").arg(Cli::quoted(verb)));
    return ExitUsage;
}

} // namespace TrendScope
