#include "importbench.h"

#include "childprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace TrendScope::Bench {

namespace {

// Plainly synthetic rows (as the generated datasets' names are), dated within 2025 so every
// date is valid, in a category the schema accepts.
bool writeEventsCsv(const QString &path, qint64 events, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray chunk = "title,date,category,summary\n";
    for (qint64 i = 1; i <= events; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += "合成事件 " + n + ",2025-" + QByteArray::number(i % 12 + 1).rightJustified(2, '0')
            + '-' + QByteArray::number(i % 28 + 1).rightJustified(2, '0')
            + ",market,synthetic benchmark event " + n + '\n';
        if (chunk.size() > (1 << 20) || i == events) {
            if (file.write(chunk) != chunk.size()) {
                *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
            chunk.clear();
        }
    }
    return file.flush();
}

// Removes a dataset copy and the WAL files SQLite may leave beside it.
void removeDataset(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QJsonObject measureImport(const ImportBenchOptions &options)
{
    const int timeout = 60 * 60 * 1000;
    const QDir work(options.workDir);
    const QString csv = work.filePath(QStringLiteral("import-%1-events.csv").arg(options.events));
    const QString copy = work.filePath(QStringLiteral("import-copy.sqlite"));
    QString error;
    if (!writeEventsCsv(csv, options.events, &error))
        return {{QStringLiteral("error"), error}};
    const QStringList command {csv, QStringLiteral("--table"), QStringLiteral("event"),
        QStringLiteral("--new-edition"), QStringLiteral("bench"), QStringLiteral("--source"),
        QStringLiteral("1"), QStringLiteral("--db")};

    QJsonArray previewMs;
    QJsonArray applyMs;
    double previewPeak = 0;
    double applyPeak = 0;
    for (int i = 0; i < std::max(1, options.repeats) && error.isEmpty(); ++i) {
        const ChildRun preview = runProcess(options.trendscope,
            QStringList {QStringLiteral("import")} + command
                + QStringList {options.database, QStringLiteral("--dry-run")},
            timeout);
        if (!preview.ok()) {
            error = preview.failure(QStringLiteral("import --dry-run"));
            break;
        }
        previewMs.append(preview.wallMs());
        previewPeak = std::max(previewPeak, preview.peakMiB);

        // A fresh copy per run: the cached dataset is never written, and each apply adds the
        // same rows to the same file.
        removeDataset(copy);
        if (!QFile::copy(options.database, copy)) {
            error = QStringLiteral("cannot copy %1 to %2").arg(options.database, copy);
            break;
        }
        const ChildRun apply = runProcess(options.trendscope,
            QStringList {QStringLiteral("import")} + command + QStringList {copy}, timeout);
        removeDataset(copy);
        if (!apply.ok() || !apply.standardOutput.contains("imported: ")) {
            error = apply.failure(QStringLiteral("import"));
            break;
        }
        applyMs.append(apply.wallMs());
        applyPeak = std::max(applyPeak, apply.peakMiB);
    }
    const double csvMiB = double(QFileInfo(csv).size()) / 1048576.0;
    QFile::remove(csv);
    if (!error.isEmpty())
        return {{QStringLiteral("error"), error}};
    return {{QStringLiteral("events"), options.events}, {QStringLiteral("csvMiB"), csvMiB},
        {QStringLiteral("previewMs"), previewMs}, {QStringLiteral("previewPeakMiB"), previewPeak},
        {QStringLiteral("applyMs"), applyMs}, {QStringLiteral("applyPeakMiB"), applyPeak}};
}

} // namespace TrendScope::Bench
