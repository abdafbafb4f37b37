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

#include "database.h"
#include "datasetchecker.h"
#include "measure.h"
#include "scaledataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

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
};

// One dataset under test and what was measured on it.
struct Dataset
{
    QString label; // "shipped", "10k", ...
    qint64 size = 0; // 0 for the shipped dataset
    QString path;
    double fileMiB = 0;
    double generateSeconds = -1;
    qint64 generatedRows = 0;
    double checkSeconds = -1;
    int problems = -1;
    QList<double> firstPaintMs;
    QList<double> populatedMs;
    QList<double> stallMs; // longest UI-thread block during each start-up
    double startupPeakMiB = 0;
    QJsonObject views;
    QJsonObject dataExport;
    QStringList errors;
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
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (startedNs)
        *startedNs = monotonicNs();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {{QStringLiteral("error"),
            QStringLiteral("timed out after %1 s").arg(timeoutMs / 1000)}};
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.constLast()).object();
    if (process.exitCode() != 0 || result.isEmpty()) {
        const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return {{QStringLiteral("error"),
            QStringLiteral("%1 exited with %2: %3")
                .arg(arguments.value(0))
                .arg(process.exitCode())
                .arg(stderrText.right(400))}};
    }
    return result;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
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
}

QString num(double v, int decimals = 1)
{
    if (v < 0)
        return QStringLiteral("–");
    return QString::number(v, 'f', decimals);
}

QString pair(const QJsonObject &stats)
{
    if (stats.isEmpty())
        return QStringLiteral("–");
    return num(stats.value(QStringLiteral("median")).toDouble()) + QStringLiteral(" / ")
        + num(stats.value(QStringLiteral("p95")).toDouble());
}

QString mark(bool ok)
{
    return ok ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    double ramGiB = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly))
        ramGiB = mem.readLine().simplified().split(' ').value(1).toDouble() / (1024.0 * 1024.0);
    double load = 0;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        load = loadavg.readAll().split(' ').value(0).toDouble();
    return QStringLiteral("%1 × %2, %3 GiB RAM, %4; load average %5 when the run started")
        .arg(QThread::idealThreadCount())
        .arg(cpu, num(ramGiB, 1), QSysInfo::prettyProductName(), num(load, 2));
}

QString report(const QList<Dataset> &sets, const QString &machineText)
{
    QString md;
    QTextStream s(&md);
    s << "Machine: " << machineText << "\n\n";
    s << "Targets: first paint ≤ 500 ms (shipped), ≤ 1500 ms (1M); filter change → all views p95 ≤ "
         "50 ms "
         "(100k), ≤ 200 ms (1M); app ÷ raw query ≤ 1.5; PNG 1920×1080 ≤ 150 ms; UI thread blocked "
         "≤ 100 ms. "
         "✗ marks a missed target.\n\n";

    s << "### Datasets and start-up\n\n"
      << "| dataset | rows in file | file MiB | generate s | check s | open + load on the UI "
         "thread ms | first paint ms | all views populated ms | longest UI block while "
         "loading ms | peak MiB (start-up) |\n|---|---|---|---|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        const double first = median(d.firstPaintMs);
        const double limit = d.size == 0 ? 500 : (d.size >= 1000000 ? 1500 : -1);
        const double open = d.views.value(QStringLiteral("openAndLoadMs")).toDouble(-1);
        const double stall
            = d.stallMs.isEmpty() ? -1 : *std::max_element(d.stallMs.cbegin(), d.stallMs.cend());
        s << "| " << d.label << " | "
          << (d.generatedRows > 0 ? QString::number(d.generatedRows) : QStringLiteral("shipped"))
          << " | " << num(d.fileMiB) << " | " << num(d.generateSeconds) << " | "
          << (d.checkSeconds < 0 ? QStringLiteral("–")
                                 : num(d.checkSeconds)
                         + (d.problems == 0 ? QStringLiteral(" ok") : QStringLiteral(" FAIL")))
          << " | " << num(open, 0) << " | " << num(first, 0)
          << (limit > 0 && first >= 0 ? mark(first <= limit) : QString()) << " | "
          << num(median(d.populatedMs), 0) << " | " << num(stall, 0)
          << (stall >= 0 ? mark(stall <= 100) : QString()) << " | " << num(d.startupPeakMiB, 0)
          << " |\n";
    }

    s << "\n### Main window: every view follows one state (median / p95 ms)\n\n"
      << "| dataset | filter keys read in idle time after the load ms | filter change → all "
         "views updated, visible one repainted | focus change → all views highlighted | max "
         "filter change ms | peak MiB (whole run) |\n|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        const QJsonObject filter = d.views.value(QStringLiteral("filter")).toObject();
        const double p95 = filter.value(QStringLiteral("p95")).toDouble(-1);
        const double limit = d.size >= 1000000 ? 200 : (d.size >= 100000 ? 50 : 100);
        s << "| " << d.label << " | "
          << num(d.views.value(QStringLiteral("settleMs")).toDouble(-1), 0) << " | " << pair(filter)
          << (p95 >= 0 ? mark(p95 <= limit) : QString()) << " | "
          << pair(d.views.value(QStringLiteral("focus")).toObject()) << " | "
          << num(filter.value(QStringLiteral("max")).toDouble(-1), 0) << " | "
          << num(d.views.value(QStringLiteral("peakMiB")).toDouble(-1), 0) << " |\n";
    }

    s << "\n### Each view alone (median / p95 ms; exports at 1920×1080, median ms)\n\n"
      << "| dataset | view | source rows | filter change | focus change | PNG | SVG | PDF |\n"
         "|---|---|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        for (const QJsonValue &value : d.views.value(QStringLiteral("views")).toArray()) {
            const QJsonObject v = value.toObject();
            const double png = v.value(QStringLiteral("png"))
                                   .toObject()
                                   .value(QStringLiteral("median"))
                                   .toDouble(-1);
            s << "| " << d.label << " | " << v.value(QStringLiteral("view")).toString() << " | "
              << v.value(QStringLiteral("rows")).toInteger() << " | "
              << pair(v.value(QStringLiteral("filter")).toObject()) << " | "
              << pair(v.value(QStringLiteral("focus")).toObject()) << " | " << num(png, 0)
              << (png >= 0 ? mark(png <= 150) : QString()) << " | "
              << num(v.value(QStringLiteral("svg"))
                         .toObject()
                         .value(QStringLiteral("median"))
                         .toDouble(-1),
                     0)
              << " | "
              << num(v.value(QStringLiteral("pdf"))
                         .toObject()
                         .value(QStringLiteral("median"))
                         .toDouble(-1),
                     0)
              << " |\n";
        }
    }

    s << "\n### Source queries: the app (Queries + setRows + every view updated and rendered) "
         "beside the same SQL "
         "through the sqlite3 C API (median ms)\n\n"
      << "| dataset | query | rows | raw SQL | app | app ÷ raw |\n|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        for (const QJsonValue &value : d.views.value(QStringLiteral("queries")).toArray()) {
            const QJsonObject q = value.toObject();
            const double raw = q.value(QStringLiteral("raw"))
                                   .toObject()
                                   .value(QStringLiteral("median"))
                                   .toDouble(-1);
            const double app = q.value(QStringLiteral("app"))
                                   .toObject()
                                   .value(QStringLiteral("median"))
                                   .toDouble(-1);
            const double ratio = raw > 0 ? app / raw : -1;
            s << "| " << d.label << " | " << q.value(QStringLiteral("query")).toString() << " | "
              << q.value(QStringLiteral("rows")).toInteger() << " | " << num(raw, 2) << " | "
              << num(app, 2) << " | " << num(ratio, 2)
              << (ratio >= 0 ? mark(ratio <= 1.5) : QString()) << " |\n";
        }
    }

    s << "\n### Data export: every table and view streamed as export-data writes them (one JSON "
         "document, then CSV per table) into a sink that counts, beside the same SELECT * stepped "
         "raw through the sqlite3 C API\n\n"
      << "| dataset | rows | raw read ms | JSON ms | JSON ÷ raw | JSON MiB | CSV ms | CSV ÷ raw | "
         "peak MiB |\n"
         "|---|---|---|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        const QJsonObject e = d.dataExport;
        const double raw = e.value(QStringLiteral("rawMs")).toDouble(-1);
        const double json = e.value(QStringLiteral("jsonMs")).toDouble(-1);
        const double csv = e.value(QStringLiteral("csvMs")).toDouble(-1);
        const auto ratio
            = [raw](double v) { return raw > 0 && v >= 0 ? num(v / raw, 2) : QStringLiteral("–"); };
        s << "| " << d.label << " | " << e.value(QStringLiteral("rows")).toInteger() << " | "
          << num(raw, 0) << " | " << num(json, 0) << " | " << ratio(json) << " | "
          << num(double(e.value(QStringLiteral("jsonBytes")).toInteger()) / 1048576.0) << " | "
          << num(csv, 0) << " | " << ratio(csv) << " | "
          << num(e.value(QStringLiteral("peakMiB")).toDouble(-1), 0) << " |\n";
    }

    bool anyErrors = false;
    for (const Dataset &d : sets)
        anyErrors = anyErrors || !d.errors.isEmpty();
    if (anyErrors) {
        s << "\n### Errors\n\n";
        for (const Dataset &d : sets)
            for (const QString &e : d.errors)
                s << "- " << d.label << ": " << e << "\n";
    }
    return md;
}

int runAll(const RunOptions &options)
{
    if (!QDir().mkpath(options.dataDir)) {
        err() << "bench: cannot create " << options.dataDir << Qt::endl;
        return 1;
    }
    const QString machineText = machine();
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
    const QString md = report(sets, machineText);
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
