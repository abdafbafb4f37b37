#include "database.h"
#include "leaderboardcompare.h"
#include "leaderboardmodel.h"
#include "queries.h"
#include "testutil.h"

#include <QTest>

using namespace TrendScope;

class TestLeaderboardCompare : public QObject
{
    Q_OBJECT

private slots:
    void ranksDeltasNewGone();
    void ties();
    void newestSnapshotOfEachEdition();
    void editionWithoutRows();
    void changeTexts_data();
    void changeTexts();
    void syntheticEditionsThroughTheModel();
};

namespace {

LeaderboardRow row(qint64 edition, const QString &snapshot, qint64 modelId, double score, int rank,
    const QString &benchmark = QStringLiteral("SuperClue"))
{
    LeaderboardRow r;
    r.modelId = modelId;
    r.model = QStringLiteral("m%1").arg(modelId);
    r.benchmark = benchmark;
    r.snapshot = snapshot;
    r.score = score;
    r.rank = rank;
    r.provenance.editionId = edition;
    return r;
}

// "model: rankA→rankB change delta" per pair, to compare whole results at once.
QStringList dump(const LeaderboardComparison &c)
{
    QStringList lines;
    for (const LeaderboardPair &p : c.pairs)
        lines << QStringLiteral("%1 %2: %3→%4 %5 %6")
                     .arg(p.benchmark, p.model)
                     .arg(p.rankA)
                     .arg(p.rankB)
                     .arg(rankChangeText(p), deltaText(p))
                     .trimmed();
    return lines;
}

} // namespace

void TestLeaderboardCompare::ranksDeltasNewGone()
{
    const LeaderboardRows rows {row(2, "2024-04", 1, 79.13, 1), row(2, "2024-04", 2, 77.02, 2),
        row(2, "2024-04", 3, 74.47, 3), row(2, "2024-04", 4, 70.00, 4),
        row(4, "2024-05", 3, 76.20, 1), row(4, "2024-05", 1, 75.00, 2),
        row(4, "2024-05", 5, 72.80, 3), row(4, "2024-05", 2, 71.70, 4),
        row(9, "2024-06", 4, 99.0, 1)}; // another edition: ignored
    const LeaderboardComparison c = compareLeaderboards(rows, 2, 4);
    QCOMPARE(c.snapshotA, QStringLiteral("2024-04"));
    QCOMPARE(c.snapshotB, QStringLiteral("2024-05"));
    QCOMPARE(dump(c),
        QStringList({"SuperClue m3: 3→1 ▲2 +1.73", "SuperClue m1: 1→2 ▼1 −4.13",
            "SuperClue m5: 0→3 new", "SuperClue m2: 2→4 ▼2 −5.32", "SuperClue m4: 4→0 gone"}));
    QCOMPARE(c.pairs.at(0).indexA, 2);
    QCOMPARE(c.pairs.at(0).indexB, 4);
    QVERIFY(c.pairs.at(2).isNew());
    QVERIFY(c.pairs.at(4).isGone());
    QVERIFY(!c.pairs.at(4).delta());
}

void TestLeaderboardCompare::ties()
{
    // Equal scores share a rank (as the queries derive it): a tie is "=", not a move.
    const LeaderboardRows rows {row(1, "2024", 1, 80, 1), row(1, "2024", 2, 75, 2),
        row(1, "2024", 3, 70, 3), row(2, "2025", 1, 80, 1), row(2, "2025", 2, 75, 2),
        row(2, "2025", 3, 75, 2)};
    QCOMPARE(dump(compareLeaderboards(rows, 1, 2)),
        QStringList({"SuperClue m1: 1→1 = ±0.00", "SuperClue m2: 2→2 = ±0.00",
            "SuperClue m3: 3→2 ▲1 +5.00"}));
}

void TestLeaderboardCompare::newestSnapshotOfEachEdition()
{
    // Edition 1 has two snapshots: its newest is compared. Benchmarks stay apart.
    const LeaderboardRows rows {row(1, "2023-12", 1, 60, 1), row(1, "2024-04", 1, 70, 1),
        row(1, "2024-04", 2, 65, 2), row(2, "2024-05", 2, 72, 1), row(2, "2024-05", 1, 71, 2),
        row(1, "2024", 1, 9, 1, "Other"), row(2, "2025", 1, 8, 1, "Other")};
    QCOMPARE(dump(compareLeaderboards(rows, 1, 2)),
        QStringList(
            {"SuperClue m2: 2→1 ▲1 +7.00", "SuperClue m1: 1→2 ▼1 +1.00", "Other m1: 1→1 = −1.00"}));
}

void TestLeaderboardCompare::editionWithoutRows()
{
    const LeaderboardRows rows {row(1, "2024", 1, 80, 1), row(1, "2024", 2, 75, 2)};
    const LeaderboardComparison c = compareLeaderboards(rows, 1, 3);
    QCOMPARE(c.snapshotA, QStringLiteral("2024"));
    QVERIFY(c.snapshotB.isEmpty());
    QCOMPARE(dump(c), QStringList({"SuperClue m1: 1→0 gone", "SuperClue m2: 2→0 gone"}));
    QVERIFY(compareLeaderboards(rows, 3, 4).pairs.isEmpty());
    // A row without a score is listed, not ranked: it takes no part.
    LeaderboardRow unscored = row(3, "2025", 1, 0, 0);
    unscored.score.reset();
    QVERIFY(compareLeaderboards({unscored}, 1, 3).snapshotB.isEmpty());
}

void TestLeaderboardCompare::changeTexts_data()
{
    QTest::addColumn<int>("rankA");
    QTest::addColumn<int>("rankB");
    QTest::addColumn<QString>("change");
    QTest::newRow("up") << 5 << 2 << "▲3";
    QTest::newRow("down") << 2 << 3 << "▼1";
    QTest::newRow("same") << 4 << 4 << "=";
    QTest::newRow("new") << 0 << 1 << "new";
    QTest::newRow("gone") << 7 << 0 << "gone";
}

void TestLeaderboardCompare::changeTexts()
{
    QFETCH(int, rankA);
    QFETCH(int, rankB);
    QFETCH(QString, change);
    LeaderboardPair pair;
    pair.indexA = rankA ? 0 : -1;
    pair.indexB = rankB ? 1 : -1;
    pair.rankA = rankA;
    pair.rankB = rankB;
    QCOMPARE(rankChangeText(pair), change);
}

void TestLeaderboardCompare::syntheticEditionsThroughTheModel()
{
    // The blue book 2024 (edition 2) against its synthetic 2025 edition (4), read back from
    // the table model's roles as the chart reads them.
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    LeaderboardModel model;
    model.setRows(Queries(*db).leaderboard());
    QList<int> modelRows;
    const LeaderboardRows rows
        = leaderboardRowsOf(&model, LeaderboardModel::RankColumn, {2, 4}, &modelRows);
    QCOMPARE(rows.size(), modelRows.size());
    const LeaderboardComparison c = compareLeaderboards(rows, 2, 4);
    QCOMPARE(c.snapshotA, QStringLiteral("2024-04"));
    QCOMPARE(c.snapshotB, QStringLiteral("2024-05"));
    const QStringList lines = dump(c);
    QCOMPARE(lines.first(), QStringLiteral("SuperClue GPT4-Turbo-0125: 1→1 = +0.90"));
    QVERIFY(lines.contains(QStringLiteral("SuperClue 合成模型-1: 0→7 new")));
    QVERIFY(lines.last().startsWith(QStringLiteral("SuperClue GPT3.5-Turbo-0125: ")));
    QVERIFY(lines.last().endsWith(QStringLiteral(" gone")));
    QVERIFY(lines.contains(QStringLiteral("SuperClue Claude3-Opus: 4→3 ▲1 +1.73")));
}

QTEST_MAIN(TestLeaderboardCompare)
#include "tst_leaderboardcompare.moc"
