#include "leaderboardcompare.h"

#include "roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace TrendScope {

namespace {

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("TrendScope", text);
}

} // namespace

std::optional<double> LeaderboardPair::delta() const
{
    if (!scoreA || !scoreB)
        return std::nullopt;
    return *scoreB - *scoreA;
}

LeaderboardComparison compareLeaderboards(
    const LeaderboardRows &rows, qint64 editionA, qint64 editionB)
{
    // The newest snapshot of each benchmark in each edition.
    QStringList benchmarks;
    QHash<QString, QString> newestA, newestB;
    for (const LeaderboardRow &row : rows) {
        if (!row.score)
            continue;
        const qint64 edition = row.provenance.editionId;
        QHash<QString, QString> *newest
            = edition == editionA ? &newestA : (edition == editionB ? &newestB : nullptr);
        if (!newest)
            continue;
        if (!benchmarks.contains(row.benchmark))
            benchmarks.append(row.benchmark);
        QString &snapshot = (*newest)[row.benchmark];
        if (row.snapshot > snapshot)
            snapshot = row.snapshot;
    }

    LeaderboardComparison result;
    for (const QString &benchmark : std::as_const(benchmarks)) {
        QList<LeaderboardPair> pairs;
        QHash<qint64, int> pairOfModel;
        for (int i = 0; i < rows.size(); ++i) {
            const LeaderboardRow &row = rows.at(i);
            if (!row.score || row.benchmark != benchmark)
                continue;
            const qint64 edition = row.provenance.editionId;
            const bool inA = edition == editionA && row.snapshot == newestA.value(benchmark);
            const bool inB = edition == editionB && row.snapshot == newestB.value(benchmark);
            if (!inA && !inB)
                continue;
            auto it = pairOfModel.constFind(row.modelId);
            if (it == pairOfModel.constEnd()) {
                LeaderboardPair pair;
                pair.benchmark = benchmark;
                pair.modelId = row.modelId;
                pair.model = row.model;
                pair.organizationId = row.organizationId;
                pairs.append(pair);
                it = pairOfModel.insert(row.modelId, int(pairs.size()) - 1);
            }
            LeaderboardPair &pair = pairs[*it];
            if (inA) {
                pair.indexA = i;
                pair.scoreA = row.score;
                pair.rankA = row.rank;
            } else {
                pair.indexB = i;
                pair.scoreB = row.score;
                pair.rankB = row.rank;
                pair.model = row.model; // B's spelling of the name
            }
        }
        std::stable_sort(
            pairs.begin(), pairs.end(), [](const LeaderboardPair &x, const LeaderboardPair &y) {
                if (x.isGone() != y.isGone())
                    return y.isGone();
                return x.isGone() ? x.rankA < y.rankA : x.rankB < y.rankB;
            });
        result.pairs.append(pairs);
        if (result.snapshotA.isEmpty())
            result.snapshotA = newestA.value(benchmark);
        if (result.snapshotB.isEmpty())
            result.snapshotB = newestB.value(benchmark);
    }
    return result;
}

LeaderboardRows leaderboardRowsOf(const QAbstractItemModel *model, int rankColumn,
    const QList<qint64> &editions, QList<int> *modelRows)
{
    LeaderboardRows rows;
    const int count = model->rowCount();
    for (int r = 0; r < count; ++r) {
        const QModelIndex index = model->index(r, 0);
        const qint64 edition = index.data(EditionRole).toLongLong();
        if (!editions.contains(edition))
            continue;
        LeaderboardRow row;
        // Editions' entries are matched by the model they score.
        row.entryId = index.data(EntityRole).value<EntityRef>().id;
        row.modelId = index.data(ParentEntityRole).value<EntityRef>().id;
        row.organizationId = index.data(OrganizationEntityRole).value<EntityRef>().id;
        row.model = index.data(LabelRole).toString();
        row.benchmark = index.data(GroupRole).toString();
        row.snapshot = index.data(DateRole).toString();
        const QVariant score = index.data(ValueRole);
        if (score.isValid())
            row.score = score.toDouble();
        row.rank = model->index(r, rankColumn).data(SortRole).toInt();
        row.provenance.editionId = edition;
        rows.append(row);
        if (modelRows)
            modelRows->append(r);
    }
    return rows;
}

QString rankChangeText(const LeaderboardPair &pair)
{
    if (pair.isNew())
        return tr("new");
    if (pair.isGone())
        return tr("gone");
    const int change = pair.rankChange();
    if (change > 0)
        return QStringLiteral("▲") + QString::number(change);
    if (change < 0)
        return QStringLiteral("▼") + QString::number(-change);
    return QStringLiteral("=");
}

QString deltaText(const LeaderboardPair &pair)
{
    const std::optional<double> delta = pair.delta();
    if (!delta)
        return {};
    const QString number = QLocale().toString(std::abs(*delta), 'f', 2);
    if (number == QLocale().toString(0.0, 'f', 2))
        return QStringLiteral("±") + number;
    return (*delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number;
}

} // namespace TrendScope
