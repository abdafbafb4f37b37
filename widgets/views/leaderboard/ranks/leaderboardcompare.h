#pragma once

#include "types.h"

#include <optional>

class QAbstractItemModel;

namespace TrendScope {

// One model of one benchmark in two editions' leaderboards: its score and rank in edition A
// ("before") and in edition B ("after"). A model only in B is new, one only in A is gone.
struct LeaderboardPair
{
    QString benchmark;
    qint64 modelId = 0;
    QString model;
    qint64 organizationId = 0;
    int indexA = -1; // into the rows compared; -1: not in edition A
    int indexB = -1;
    std::optional<double> scoreA;
    std::optional<double> scoreB;
    int rankA = 0;
    int rankB = 0;

    bool isNew() const { return indexA < 0; }
    bool isGone() const { return indexB < 0; }
    // Places moved up from A to B (negative: down); 0 unless ranked in both.
    int rankChange() const { return rankA > 0 && rankB > 0 ? rankA - rankB : 0; }
    // B's score minus A's, when both state one.
    std::optional<double> delta() const;
};

struct LeaderboardComparison
{
    QList<LeaderboardPair> pairs;
    QString snapshotA; // the snapshots compared ("2024-04"); empty: no rows in that edition
    QString snapshotB;
};

// Matches the scored rows of edition A with those of edition B by benchmark and model. Of
// each benchmark the newest snapshot an edition has is compared. Pairs come per benchmark
// (in the order the rows name them), by B's rank, then the models gone by A's rank.
LeaderboardComparison compareLeaderboards(
    const LeaderboardRows &rows, qint64 editionA, qint64 editionB);

// The leaderboard rows a model answers through its roles (roles.h), in model row order;
// rows of other editions are skipped. `rankColumn` answers the rank as its SortRole.
// `modelRows` receives each returned row's model row.
LeaderboardRows leaderboardRowsOf(const QAbstractItemModel *model, int rankColumn,
    const QList<qint64> &editions, QList<int> *modelRows);

// "▲2", "▼1", "=", "new" or "gone", as the compare chart and table show the change.
QString rankChangeText(const LeaderboardPair &pair);
// "+1.32", "−0.40", "±0.00", or empty without both scores.
QString deltaText(const LeaderboardPair &pair);

} // namespace TrendScope
