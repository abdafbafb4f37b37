#pragma once

#include "leaderboardcompare.h"

#include <QAbstractTableModel>

namespace TrendScope {

class ExplorerState;

// The compare table: one row per model of the compared snapshots (compareLeaderboards), with
// its rank and score in edition A and B, the rank change and the score delta. Built from the
// leaderboard rows a model answers (normally the view's filter proxy, so the filters apply)
// and the shared state's comparison; empty while compare is off.
class LeaderboardCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        BenchmarkColumn,
        RankAColumn,
        RankBColumn,
        ChangeColumn,
        ScoreAColumn,
        ScoreBColumn,
        DeltaColumn,
        ColumnCount
    };

    LeaderboardCompareModel(
        QAbstractItemModel *rows, int rankColumn, ExplorerState *state, QObject *parent = nullptr);

    const QList<LeaderboardPair> &pairs() const { return m_pairs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    QAbstractItemModel *m_rows;
    int m_rankColumn;
    ExplorerState *m_state;
    QList<LeaderboardPair> m_pairs;
    QList<std::pair<EntityRef, EntityRef>> m_entities; // model and organization of each pair
};

} // namespace TrendScope
