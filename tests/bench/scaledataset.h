#pragma once

#include <QString>

#include <functional>

namespace TrendScope::Bench {

// How large a synthetic dataset to write. `rows` is the size of each big table
// (leaderboard entries, funding deals, events, maturity positions); the others scale with it.
struct ScaleOptions
{
    qint64 rows = 10000;
    quint64 seed = 20240501;
};

// What was written, per table, and how long it took.
struct ScaleReport
{
    qint64 totalRows = 0;
    double seconds = 0;
    QString summary; // "leaderboard_entry 10000, event 10000, ..."
};

// Bumped whenever the generator's output changes, so cached files are rebuilt.
constexpr int GeneratorVersion = 1;

// Writes a new TrendScope dataset at `path`: the embedded dataset (Database::
// createFromEmbedded) plus synthetic rows of the same schema, in one transaction with
// prepared statements. Names are clearly synthetic ("合成模型-000123", "Synthetic Org 42");
// every fact row has provenance (source 1, section 'synthetic', note 'synthetic benchmark
// row'). Rows holding a generated number are status 'derived' with the arithmetic that made
// it (so `trendscope check` can recompute it); rows without a number are status 'editor'.
// Never shipped: only the benchmark uses these files.
bool generateScaleDataset(
    const QString &path, const ScaleOptions &options, ScaleReport *report, QString *error);

} // namespace TrendScope::Bench
