#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Leaderboard entries as a table: model, organization, score, rank, snapshot, source.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, OrganizationColumn, ScoreColumn, RankColumn, SnapshotColumn,
                  SourceColumn, ColumnCount };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setRows(const LeaderboardRows &rows);
    const LeaderboardRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const LeaderboardRow &row) const;

    LeaderboardRows m_rows;
    QHash<QString, int> m_snapshotSizes; // "benchmark|snapshot" -> entries, for "rank 3 of 11"
};

} // namespace TrendScope
