#pragma once

#include "rowtablemodel.h"

#include <utility>

namespace TrendScope {

// Leaderboard entries as a table: model, organization, score, rank, snapshot, source.
class LeaderboardModel : public RowTableModel<LeaderboardRow>
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        OrganizationColumn,
        ScoreColumn,
        RankColumn,
        SnapshotColumn,
        SourceColumn,
        ColumnCount
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

private:
    QString headerText(int column) const override;
    void rowsChanged() override;
    QVariant cell(const LeaderboardRow &row, int column, int role) const override;
    QString toolTip(const LeaderboardRow &row, int column) const override;

    // (benchmark, snapshot) -> entries, for "rank 3 of 11"
    QHash<std::pair<QString, QString>, int> m_snapshotSizes;
};

} // namespace TrendScope
