#include "leaderboardcomparemodel.h"

#include "explorerstate.h"
#include "format.h"
#include "roles.h"

#include <limits>

namespace TrendScope {

LeaderboardCompareModel::LeaderboardCompareModel(
    QAbstractItemModel *rows, int rankColumn, ExplorerState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(rows)
    , m_rankColumn(rankColumn)
    , m_state(state)
{
    connect(rows, &QAbstractItemModel::modelReset, this, &LeaderboardCompareModel::refresh);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &LeaderboardCompareModel::refresh);
    connect(rows, &QAbstractItemModel::rowsInserted, this, &LeaderboardCompareModel::refresh);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, &LeaderboardCompareModel::refresh);
    connect(state, &ExplorerState::comparisonChanged, this, &LeaderboardCompareModel::refresh);
    refresh();
}

void LeaderboardCompareModel::refresh()
{
    beginResetModel();
    m_pairs.clear();
    m_entities.clear();
    const Comparison &comparison = m_state->comparison();
    if (comparison.isActive()) {
        QList<int> modelRows;
        const LeaderboardRows rows = leaderboardRowsOf(
            m_rows, m_rankColumn, {comparison.editionA, comparison.editionB}, &modelRows);
        m_pairs = compareLeaderboards(rows, comparison.editionA, comparison.editionB).pairs;
        for (const LeaderboardPair &pair : std::as_const(m_pairs)) {
            const QModelIndex index
                = m_rows->index(modelRows.at(pair.indexB >= 0 ? pair.indexB : pair.indexA), 0);
            // A row compares one model's entries: it stands for the model.
            m_entities.append({index.data(ParentEntityRole).value<EntityRef>(),
                index.data(OrganizationEntityRole).value<EntityRef>()});
        }
    }
    endResetModel();
}

int LeaderboardCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int LeaderboardCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardPair &pair = m_pairs.at(index.row());
    const auto rank = [](int rank) { return rank > 0 ? QVariant(rank) : QVariant(); };
    const auto score = [](const std::optional<double> &s) {
        return s ? QVariant(Format::score(s)) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn:
            return pair.model;
        case BenchmarkColumn:
            return pair.benchmark;
        case RankAColumn:
            return rank(pair.rankA);
        case RankBColumn:
            return rank(pair.rankB);
        case ChangeColumn:
            return rankChangeText(pair);
        case ScoreAColumn:
            return score(pair.scoreA);
        case ScoreBColumn:
            return score(pair.scoreB);
        case DeltaColumn:
            return deltaText(pair);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RankAColumn:
            return pair.rankA > 0 ? pair.rankA : std::numeric_limits<int>::max();
        case RankBColumn:
            return pair.rankB > 0 ? pair.rankB : std::numeric_limits<int>::max();
        case ChangeColumn:
            return pair.isNew() || pair.isGone() ? std::numeric_limits<int>::min()
                                                 : pair.rankChange();
        case ScoreAColumn:
            return pair.scoreA.value_or(-1);
        case ScoreBColumn:
            return pair.scoreB.value_or(-1);
        case DeltaColumn:
            return pair.delta().value_or(std::numeric_limits<double>::lowest());
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() >= RankAColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntityRole:
        return QVariant::fromValue(m_entities.at(index.row()).first);
    case OrganizationEntityRole:
        return QVariant::fromValue(m_entities.at(index.row()).second);
    case LabelRole:
        return pair.model;
    }
    return {};
}

QVariant LeaderboardCompareModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Comparison &c = m_state->comparison();
    const QString a = c.nameA.isEmpty() ? tr("A") : c.nameA;
    const QString b = c.nameB.isEmpty() ? tr("B") : c.nameB;
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case BenchmarkColumn:
        return tr("Benchmark");
    case RankAColumn:
        return tr("Rank, %1").arg(a);
    case RankBColumn:
        return tr("Rank, %1").arg(b);
    case ChangeColumn:
        return tr("Change");
    case ScoreAColumn:
        return tr("Score, %1").arg(a);
    case ScoreBColumn:
        return tr("Score, %1").arg(b);
    case DeltaColumn:
        return tr("Δ score");
    }
    return {};
}

} // namespace TrendScope
