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
#include "mainwindow.h"
#include "queries.h"
#include "viewfactory.h"
#include "workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>

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
        : Database::openDefault(&error);
    if (!db) {
        printError(error.message());
        *exitCode = error.exitCode();
    }
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

int exportData(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
                     QStringLiteral("out-dir")},
                    {QStringLiteral("all"), QStringLiteral("bom")},
                    {},
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
    if (all == !args.positional.isEmpty()) {
        printError(QStringLiteral("export-data needs either --all or table names"));
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
    QList<Table> tables;
    for (const QString &name : names) {
        auto table = queries.table(name, &error);
        if (!table) {
            printError(error);
            return ExitUsage;
        }
        tables.append(*table);
    }

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

int exportChart(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
                     QStringLiteral("size"), QStringLiteral("scale"), QStringLiteral("theme"),
                     QStringLiteral("year"), QStringLiteral("filter")},
                    {},
                    {QStringLiteral("filter")},
                    1};
    Args args;
    QString error;
    if (!parse(arguments, spec, &args, &error)) {
        printError(error);
        return ExitUsage;
    }
    if (args.positional.isEmpty() || !viewNames().contains(args.positional.constFirst())) {
        printError(QStringLiteral("export-chart needs a view: %1").arg(viewNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    ChartExportOptions options;
    const auto format = chartFormatFromName(args.value(QStringLiteral("format")));
    if (!format) {
        printError(QStringLiteral("export-chart needs --format png, svg or pdf"));
        return ExitUsage;
    }
    options.format = *format;
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("export-chart needs --out FILE"));
        return ExitUsage;
    }
    if (args.has(QStringLiteral("size"))) {
        const auto size = parseSize(args.value(QStringLiteral("size")));
        if (!size) {
            printError(QStringLiteral("--size needs WIDTHxHEIGHT, e.g. 1920x1080"));
            return ExitUsage;
        }
        options.size = *size;
    }
    if (args.has(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = args.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok) {
            printError(QStringLiteral("--scale needs a whole number from 1 to %1").arg(ChartExportOptions::MaxScale));
            return ExitUsage;
        }
    }
    if (const QString invalid = options.validate(); !invalid.isEmpty()) {
        printError(invalid);
        return ExitUsage;
    }
    const auto theme = ChartTheme::byName(args.value(QStringLiteral("theme")).isEmpty()
                                              ? QStringLiteral("light")
                                              : args.value(QStringLiteral("theme")));
    if (!theme) {
        printError(QStringLiteral("--theme needs one of %1").arg(ChartTheme::names().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    if (isSameFile(out, db->path())) {
        printError(QStringLiteral("refusing to overwrite the open dataset %1").arg(out));
        return ExitUsage;
    }
    ExplorerState state;
    if (!applyFilters(args, &state, &error)) {
        printError(error);
        return ExitUsage;
    }
    Workspace workspace;
    if (!workspace.setDatabase(std::move(db), &error)) {
        printError(QStringLiteral("reading the dataset failed: %1").arg(error));
        return ExitInvalid;
    }
    std::unique_ptr<ChartView> view(createView(args.positional.constFirst(), &workspace, &state));
    view->setTheme(*theme);
    if (!TrendScope::exportChart(view->plot(), view->title(), out, options, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

int screenshot(const QStringList &arguments)
{
    const Spec spec{{QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("view"), QStringLiteral("size")},
                    {},
                    {},
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
    auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    ExplorerState state;
    Workspace workspace;
    if (!workspace.setDatabase(std::move(db), &error)) {
        printError(QStringLiteral("reading the dataset failed: %1").arg(error));
        return ExitInvalid;
    }
    QList<ChartView *> views;
    for (const QString &name : viewNames())
        views.append(createView(name, &workspace, &state));
    MainWindow window(&workspace, &state, views);
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
    return verb == Verb::Gui || verb == Verb::ExportChart || verb == Verb::Screenshot;
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
        "  trendscope export-chart VIEW --format png|svg|pdf --out FILE [--size WxH] [--scale N]\n"
        "                         [--theme light|dark|print] [--year Y] [--filter KEY=VALUE]...\n"
        "                         [--db FILE]\n"
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
    if (verb == QLatin1String("screenshot"))
        return screenshot(rest);
    if (verb == QLatin1String("check"))
        return check(rest);
    printError(QStringLiteral("unknown command %1 (see trendscope --help)").arg(Cli::quoted(verb)));
    return ExitUsage;
}

} // namespace TrendScope
