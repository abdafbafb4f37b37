#pragma once

#include "viewregistry.h"

#include <QJsonObject>
#include <QString>

namespace TrendScope::Bench {

// Settings of one measuring run (one dataset, one process).
struct MeasureOptions
{
    QString database;
    int changes = 60; // filter changes and focus changes, each
    int repeats = 5; // query, export runs per item (fewer when one run is slow)
    ViewRegistry views = ViewRegistry::builtIn(); // the views measured, each alone
};

// The time since an arbitrary, system-wide point (CLOCK_MONOTONIC), in nanoseconds: a parent
// process and its child compare these.
qint64 monotonicNs();

// Peak resident memory of this process so far (VmHWM), in MiB.
double peakMemoryMiB();

// In a fresh process: opens the dataset and the main window as `trendscope` does, and
// returns the monotonic times of the first painted window and of every view's chart
// populated and rendered (keys "opened", "firstPaint", "populated", in ns).
QJsonObject measureStartup(const QString &database);

// Filter and focus changes on the main window and on each view alone, chart exports and each
// source query beside its raw SQL.
QJsonObject measureViews(const MeasureOptions &options);

// Data export of every table and view (export-data --all) as JSON and CSV.
QJsonObject measureDataExport(const MeasureOptions &options);

} // namespace TrendScope::Bench
