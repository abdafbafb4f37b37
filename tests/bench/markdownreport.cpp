#include "markdownreport.h"

#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace TrendScope::Bench {

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QList<double> samples(const QJsonValue &array)
{
    QList<double> v;
    for (const QJsonValue &x : array.toArray())
        v.append(x.toDouble());
    return v;
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

} // namespace

QString machineDescription()
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

QString markdownReport(const QList<Dataset> &sets, const QString &machineText)
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

    s << "\n### Import: N synthetic events from a CSV file by `trendscope import FILE --table "
         "event --new-edition bench --source 1`, a fresh process per run (median wall ms of the "
         "whole command, opening and checking the dataset included; largest peak MiB)\n\n"
      << "| dataset | events in file | CSV MiB | preview (--dry-run) ms | preview peak MiB | "
         "apply (into a copy) ms | apply peak MiB |\n|---|---|---|---|---|---|---|\n";
    for (const Dataset &d : sets) {
        const QJsonObject i = d.imports;
        if (i.isEmpty() || i.contains(QStringLiteral("error")))
            continue;
        s << "| " << d.label << " | " << i.value(QStringLiteral("events")).toInteger() << " | "
          << num(i.value(QStringLiteral("csvMiB")).toDouble(-1)) << " | "
          << num(median(samples(i.value(QStringLiteral("previewMs")))), 0) << " | "
          << num(i.value(QStringLiteral("previewPeakMiB")).toDouble(-1), 0) << " | "
          << num(median(samples(i.value(QStringLiteral("applyMs")))), 0) << " | "
          << num(i.value(QStringLiteral("applyPeakMiB")).toDouble(-1), 0) << " |\n";
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

} // namespace TrendScope::Bench
