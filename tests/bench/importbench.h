#pragma once

#include <QJsonObject>
#include <QString>

namespace TrendScope::Bench {

// What an import measurement needs: the real command-line binary, the dataset, how many
// synthetic events to import, and a scratch directory for the CSV file and the copy.
struct ImportBenchOptions
{
    QString trendscope; // the `trendscope` executable of the same build
    QString database; // opened read-only by the preview; never written
    qint64 events = 1000;
    int repeats = 3;
    QString workDir;
};

// Writes a CSV file of `events` synthetic events (title,date,category,summary), then times
// `trendscope import FILE --table event --new-edition bench --source 1` in fresh processes:
// with --dry-run on the dataset (the preview: every record planned), and for real into a copy
// of the dataset made before each run (the apply: planning plus one EditSession
// transaction). Each figure is the whole command as a person runs it, opening and checking
// the dataset included. Keys: events, csvMiB, previewMs and applyMs (wall time of each run),
// previewPeakMiB and applyPeakMiB (the largest), or error.
QJsonObject measureImport(const ImportBenchOptions &options);

} // namespace TrendScope::Bench
