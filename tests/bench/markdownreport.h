#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace TrendScope::Bench {

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
    QJsonObject imports; // measureImport's result
    QStringList errors;
};

// The machine the run is on, with the load average when it started: a shared machine's
// figures are only comparable with that said.
QString machineDescription();

// The Markdown tables `run` prints (and PERFORMANCE.md quotes).
QString markdownReport(const QList<Dataset> &sets, const QString &machineText);

} // namespace TrendScope::Bench
