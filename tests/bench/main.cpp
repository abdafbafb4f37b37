// trendscope_bench: TrendScope's performance harness. `scripts/dev bench` runs it.
//
//   trendscope_bench run [--sizes shipped,10000,100000,1000000] [--data-dir DIR]
//                        [--changes N] [--startups N] [--repeats N] [--check] [--out FILE.md]
//                        [--fresh] [--prepare-only]
//   trendscope_bench generate --rows N --out FILE      write one synthetic dataset
//   trendscope_bench startup|views|export --db FILE    one measurement (a child of `run`)
//
// `run` measures each dataset in fresh child processes (so start-up and peak memory are the
// process's own) and prints Markdown tables. Speed is only ever reported here, never asserted
// in tests; `run` fails only when a step fails or `--check` finds problems in a dataset.

#include "childprocess.h"
#include "database.h"
#include "datasetchecker.h"
#include "importbench.h"
#include "markdownreport.h"
#include "measure.h"
#include "scaledataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace TrendScope;
using namespace TrendScope::Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

struct RunOptions
{
    QStringList sizes;
    QString dataDir;
    int changes = 60;
    int startups = 5;
    int repeats = 5;
    bool check = false;
    bool fresh = false;
    bool prepareOnly = false;
    QString markdownOut;
    QString trendscope = QStringLiteral(TRENDSCOPE_BINARY); // the app of the same build
};

QString sizeLabel(qint64 rows)
{
    if (rows >= 1000000 && rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows >= 1000 && rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

// Runs this program again with `arguments`; the last line of its output is a JSON object.
QJsonObject runChild(const QStringList &arguments, int timeoutMs, qint64 *startedNs = nullptr)
{
    const ChildRun run = runProcess(QCoreApplication::applicationFilePath(), arguments, timeoutMs);
    if (startedNs)
        *startedNs = run.startedNs;
    const QList<QByteArray> lines = run.standardOutput.trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.constLast()).object();
    if (!run.ok() || result.isEmpty())
        return {{QStringLiteral("error"), run.failure(arguments.value(0))}};
    return result;
}

bool prepareDataset(Dataset &d, const RunOptions &options)
{
    const QString schema = QString::number(Database::latestSchemaVersion());
    if (d.size == 0) {
        // The embedded dataset, freshly written, as a first run creates it.
        d.path = QDir(options.dataDir).filePath(QStringLiteral("shipped-s%1.sqlite").arg(schema));
        QFile::remove(d.path);
        DatabaseError error;
        if (!Database::createFromEmbedded(d.path, &error)) {
            d.errors.append(error.message());
            return false;
        }
    } else {
        d.path = QDir(options.dataDir)
                     .filePath(QStringLiteral("scale-%1-g%2-s%3.sqlite")
                                   .arg(d.size)
                                   .arg(GeneratorVersion)
                                   .arg(schema));
        const QString meta = d.path + QStringLiteral(".json");
        if (options.fresh || !QFileInfo::exists(d.path) || !QFileInfo::exists(meta)) {
            QFile::remove(d.path);
            err() << "bench: generating " << d.label << " rows per big table into " << d.path
                  << Qt::endl;
            ScaleOptions scale;
            scale.rows = d.size;
            ScaleReport report;
            QString error;
            if (!generateScaleDataset(d.path, scale, &report, &error)) {
                QFile::remove(d.path);
                d.errors.append(QStringLiteral("generating: ") + error);
                return false;
            }
            QFile file(meta);
            if (file.open(QIODevice::WriteOnly))
                file.write(QJsonDocument(QJsonObject {{QStringLiteral("seconds"), report.seconds},
                                             {QStringLiteral("rows"), report.totalRows},
                                             {QStringLiteral("tables"), report.summary}})
                               .toJson());
        }
        QFile file(meta);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(file.readAll()).object();
            d.generateSeconds = m.value(QStringLiteral("seconds")).toDouble();
            d.generatedRows = m.value(QStringLiteral("rows")).toInteger();
        }
    }
    d.fileMiB = double(QFileInfo(d.path).size()) / (1024.0 * 1024.0);
    if (options.check) {
        const qint64 t0 = monotonicNs();
        DatabaseError error;
        auto db = Database::open(d.path, &error, Database::Access::ReadOnly);
        if (!db) {
            d.errors.append(error.message());
            return false;
        }
        const QList<Problem> problems = DatasetChecker(*db).run();
        d.checkSeconds = double(monotonicNs() - t0) / 1e9;
        d.problems = int(problems.size());
        for (int i = 0; i < std::min<qsizetype>(5, problems.size()); ++i)
            d.errors.append(QStringLiteral("check: ") + problems.at(i).text());
    }
    return true;
}

void measure(Dataset &d, const RunOptions &options)
{
    const int timeout = 30 * 60 * 1000;
    for (int i = 0; i < options.startups; ++i) {
        qint64 started = 0;
        const QJsonObject s = runChild(
            {QStringLiteral("startup"), QStringLiteral("--db"), d.path}, timeout, &started);
        if (s.contains(QStringLiteral("error"))) {
            d.errors.append(
                QStringLiteral("startup: ") + s.value(QStringLiteral("error")).toString());
            break;
        }
        d.firstPaintMs.append(
            double(s.value(QStringLiteral("firstPaint")).toInteger() - started) / 1e6);
        d.populatedMs.append(
            double(s.value(QStringLiteral("populated")).toInteger() - started) / 1e6);
        d.stallMs.append(s.value(QStringLiteral("longestStallMs")).toDouble());
        d.startupPeakMiB
            = std::max(d.startupPeakMiB, s.value(QStringLiteral("peakMiB")).toDouble());
    }
    const QStringList common {QStringLiteral("--db"), d.path, QStringLiteral("--changes"),
        QString::number(options.changes), QStringLiteral("--repeats"),
        QString::number(options.repeats)};
    d.views = runChild(QStringList {QStringLiteral("views")} + common, timeout);
    if (d.views.contains(QStringLiteral("error")))
        d.errors.append(
            QStringLiteral("views: ") + d.views.value(QStringLiteral("error")).toString());
    d.dataExport = runChild(QStringList {QStringLiteral("export")} + common, timeout);
    if (d.dataExport.contains(QStringLiteral("error")))
        d.errors.append(
            QStringLiteral("export: ") + d.dataExport.value(QStringLiteral("error")).toString());

    // As many events as the size's big tables hold; the shipped dataset gets a thousand.
    ImportBenchOptions importRun;
    importRun.trendscope = options.trendscope;
    importRun.database = d.path;
    importRun.events = d.size > 0 ? d.size : 1000;
    importRun.repeats = options.repeats;
    importRun.workDir = options.dataDir;
    d.imports = measureImport(importRun);
    if (d.imports.contains(QStringLiteral("error")))
        d.errors.append(
            QStringLiteral("import: ") + d.imports.value(QStringLiteral("error")).toString());
}

int runAll(const RunOptions &options)
{
    if (!QDir().mkpath(options.dataDir)) {
        err() << "bench: cannot create " << options.dataDir << Qt::endl;
        return 1;
    }
    const QString machineText = machineDescription();
    QList<Dataset> sets;
    for (const QString &size : options.sizes) {
        Dataset d;
        if (size == QLatin1String("shipped")) {
            d.label = QStringLiteral("shipped");
        } else {
            bool ok = false;
            d.size = size.toLongLong(&ok);
            if (!ok || d.size < 100) {
                err() << "bench: a size is `shipped` or a row count of at least 100, not " << size
                      << Qt::endl;
                return 1;
            }
            d.label = sizeLabel(d.size);
        }
        err() << "bench: " << d.label << " …" << Qt::endl;
        if (prepareDataset(d, options) && !options.prepareOnly)
            measure(d, options);
        sets.append(d);
    }
    const QString md = markdownReport(sets, machineText);
    out() << md << Qt::flush;
    if (!options.markdownOut.isEmpty()) {
        QFile file(options.markdownOut);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(md.toUtf8());
    }
    for (const Dataset &d : sets) {
        if (!d.errors.isEmpty())
            return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Measurements never need a display; a run with one can pass QT_QPA_PLATFORM=xcb.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never read or write the user's settings or datasets.
    QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("TRENDSCOPE_BENCH_HOME")) {
        qputenv("TRENDSCOPE_BENCH_HOME", home.path().toLocal8Bit());
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QDir(home.path()).filePath(QLatin1String(var)).toLocal8Bit());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScope"));
    QCoreApplication::setApplicationName(QStringLiteral("TrendScopeBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TrendScope performance harness"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("run | generate | startup | views | export"));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
        QStringLiteral("Datasets: shipped and row counts."), QStringLiteral("LIST"),
        QStringLiteral("shipped,10000,100000,1000000"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Where generated datasets are kept."), QStringLiteral("DIR"),
        QStringLiteral("bench-data"));
    const QCommandLineOption changes(QStringLiteral("changes"),
        QStringLiteral("Filter and focus changes each."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption startups(QStringLiteral("startups"),
        QStringLiteral("Start-ups per dataset."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
        QStringLiteral("Runs per export and query."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption check(
        QStringLiteral("check"), QStringLiteral("Run the dataset checker on each file."));
    const QCommandLineOption fresh(
        QStringLiteral("fresh"), QStringLiteral("Generate datasets even if cached."));
    const QCommandLineOption prepareOnly(QStringLiteral("prepare-only"),
        QStringLiteral("Generate (and check) the datasets, measure nothing."));
    const QCommandLineOption markdown(QStringLiteral("out"),
        QStringLiteral("Also write the tables (run) or the "
                       "dataset (generate) here."),
        QStringLiteral("FILE"));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Dataset file."), QStringLiteral("FILE"));
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Rows per big table."), QStringLiteral("N"));
    for (const auto &option :
        {sizes, dataDir, changes, startups, repeats, check, fresh, prepareOnly, markdown, db, rows})
        parser.addOption(option);
    parser.process(app);

    const QString command = parser.positionalArguments().value(0);
    MeasureOptions measureOptions;
    measureOptions.database = parser.value(db);
    measureOptions.changes = std::max(1, parser.value(changes).toInt());
    measureOptions.repeats = std::max(1, parser.value(repeats).toInt());

    if (command == QLatin1String("run")) {
        RunOptions options;
        options.sizes = parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.dataDir = QDir(parser.value(dataDir)).absolutePath();
        options.changes = measureOptions.changes;
        options.repeats = measureOptions.repeats;
        options.startups = std::max(1, parser.value(startups).toInt());
        options.check = parser.isSet(check);
        options.fresh = parser.isSet(fresh);
        options.prepareOnly = parser.isSet(prepareOnly);
        options.markdownOut = parser.value(markdown);
        return runAll(options);
    }
    if (command == QLatin1String("generate")) {
        ScaleOptions scale;
        scale.rows = parser.value(rows).toLongLong();
        ScaleReport report;
        QString error;
        if (scale.rows < 100 || parser.value(markdown).isEmpty()) {
            err() << "generate needs --rows N (at least 100) and --out FILE" << Qt::endl;
            return 1;
        }
        if (!generateScaleDataset(parser.value(markdown), scale, &report, &error)) {
            err() << "generate: " << error << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("%1 synthetic rows in %2 s: %3")
                     .arg(report.totalRows)
                     .arg(report.seconds, 0, 'f', 1)
                     .arg(report.summary)
              << Qt::endl;
        return 0;
    }
    if (measureOptions.database.isEmpty()) {
        parser.showHelp(1);
    }
    QJsonObject result;
    if (command == QLatin1String("startup"))
        result = measureStartup(measureOptions.database);
    else if (command == QLatin1String("views"))
        result = measureViews(measureOptions);
    else if (command == QLatin1String("export"))
        result = measureDataExport(measureOptions);
    else
        parser.showHelp(1);
    printJson(result);
    return result.contains(QStringLiteral("error")) ? 2 : 0;
}
