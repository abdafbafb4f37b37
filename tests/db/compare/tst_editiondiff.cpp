#include "database.h"
#include "editiondiff.h"
#include "testutil.h"

#include <QTest>

using namespace TrendScope;

// What changed between two editions, on the shipped dataset plus the synthetic later
// editions of tests/fixtures/editions-synthetic.sql.
class TestEditionDiff : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        DatabaseError error;
        m_db = Database::createInMemory(&error);
        QVERIFY2(m_db, qPrintable(error.message()));
        TestUtil::addSyntheticEditions(*m_db);
    }

    void leaderboardRanksScoresNewAndGone()
    {
        QStringList notCompared;
        QString error;
        const FactChanges changes = EditionDiff::between(*m_db, 2, 4, &notCompared, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const FactChange *gone = find(changes, "SuperClue · GPT3.5-Turbo-0125", "score");
        QVERIFY(gone);
        QCOMPARE(gone->kind, FactChange::Kind::Removed);
        QCOMPARE(gone->before.toDouble(), 66.56);
        QVERIFY(gone->after.isNull());
        QCOMPARE(gone->placeA, QStringLiteral("2024-04"));
        QVERIFY(gone->placeB.isEmpty());
        QCOMPARE(gone->provenanceA.edition, QStringLiteral("2024"));
        QCOMPARE(gone->provenance.edition, QStringLiteral("2024")); // where it last stood
        QCOMPARE(gone->tableLabel, QStringLiteral("Leaderboard entries"));

        const FactChange *added = find(changes, "SuperClue · 合成模型-1", "score");
        QVERIFY(added);
        QCOMPARE(added->kind, FactChange::Kind::Added);
        QCOMPARE(added->after.toDouble(), 72.80);
        QCOMPARE(added->placeB, QStringLiteral("2024-05"));
        QVERIFY(added->provenance.section.startsWith(QStringLiteral("SYNTHETIC")));

        const FactChange *score = find(changes, "SuperClue · GLM-4", "score");
        QVERIFY(score);
        QCOMPARE(score->kind, FactChange::Kind::Changed);
        QCOMPARE(score->before.toDouble(), 72.58);
        QCOMPARE(score->after.toDouble(), 74.90);
        QVERIFY(!score->derivedField);
        const FactChange *rank = find(changes, "SuperClue · GLM-4", "rank");
        QVERIFY(rank);
        QCOMPARE(rank->before.toInt(), 6);
        QCOMPARE(rank->after.toInt(), 5);
        QVERIFY(rank->derivedField);

        // Same score, lower rank: only the rank is listed.
        QVERIFY(!find(changes, "SuperClue · GPT4(官网)", "score"));
        const FactChange *pushedDown = find(changes, "SuperClue · GPT4(官网)", "rank");
        QVERIFY(pushedDown);
        QCOMPARE(pushedDown->before.toInt(), 3);
        QCOMPARE(pushedDown->after.toInt(), 4);

        // Edition 4 holds only a leaderboard: the blue book's other tables are not compared
        // (not listed as removed), and are named as such.
        for (const FactChange &c : changes)
            QCOMPARE(c.table, QStringLiteral("leaderboard_entry"));
        QVERIFY(notCompared.contains(QStringLiteral("key_figure")));
        QVERIFY(!notCompared.contains(QStringLiteral("leaderboard_entry")));
    }

    void curveComparesTheLatestPlaceOfEachEdition()
    {
        const FactChanges changes = EditionDiff::between(*m_db, 1, 3);
        // Edition 1 states 数字孪生 on the 2022 and 2024 curves: the 2024 place is compared,
        // and it is where the synthetic 2025 curve has it too.
        QVERIFY(!find(changes, "数字孪生", "stage"));
        const FactChange *moved = find(changes, "多模态生成", "stage");
        QVERIFY(moved);
        QCOMPARE(moved->before.toString(), QStringLiteral("早期推广"));
        QCOMPARE(moved->after.toString(), QStringLiteral("准成熟"));
        QCOMPARE(moved->placeA, QStringLiteral("2024"));
        QCOMPARE(moved->placeB, QStringLiteral("2025"));
        const FactChange *dropped = find(changes, "文本生成图像", "stage");
        QVERIFY(dropped);
        QCOMPARE(dropped->kind, FactChange::Kind::Removed);
        const FactChange *fresh = find(changes, "合成技术甲", "stage");
        QVERIFY(fresh);
        QCOMPARE(fresh->kind, FactChange::Kind::Added);
    }

    void fundingListMatchesCompaniesNotRows()
    {
        const FactChanges changes = EditionDiff::between(*m_db, 1, 3);
        const FactChange *amount = find(changes, "百川智能", "amount_yuan");
        QVERIFY(amount);
        QCOMPARE(amount->before.toDouble(), 2100000000.0);
        QCOMPARE(amount->after.toDouble(), 3000000000.0);
        const FactChange *rank = find(changes, "百川智能", "list_rank");
        QVERIFY(rank);
        QCOMPARE(rank->before.toInt(), 2);
        QCOMPARE(rank->after.toInt(), 1);
        QCOMPARE(find(changes, "小马智行", "amount_yuan")->kind, FactChange::Kind::Removed);
        QCOMPARE(find(changes, "合成公司乙", "amount_yuan")->kind, FactChange::Kind::Added);
        const FactChange *total = find(changes, "技术领域", "amount_yuan");
        QVERIFY(total);
        QCOMPARE(total->after.toDouble(), 52000000000.0);
    }

    void sameEditionHasNoChanges()
    {
        QCOMPARE(EditionDiff::between(*m_db, 2, 2).size(), 0);
        QStringList notCompared;
        // An edition with no rows (or none that exists) compares nothing and says so.
        QCOMPARE(EditionDiff::between(*m_db, 2, 999, &notCompared).size(), 0);
        QVERIFY(notCompared.contains(QStringLiteral("leaderboard_entry")));
    }

    void nullAndNumbersCompareByValue()
    {
        // 75.32 stored as REAL on both sides; a NULL score against a number is a change.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = NULL WHERE "
                                      "leaderboard_id = 1000 AND model_id = (SELECT id FROM "
                                      "model WHERE name = 'Baichuan3')")));
        const FactChanges changes = EditionDiff::between(*m_db, 2, 4);
        const FactChange *cleared = find(changes, "SuperClue · Baichuan3", "score");
        QVERIFY(cleared);
        QCOMPARE(cleared->before.toDouble(), 73.32);
        QVERIFY(cleared->after.isNull());
    }

    void tableForExportHasOneRowPerChange()
    {
        const FactChanges changes = EditionDiff::between(*m_db, 2, 4);
        const Table table = EditionDiff::toTable(changes);
        QCOMPARE(table.rows.size(), changes.size());
        QCOMPARE(table.columns.constFirst(), QStringLiteral("change"));
        const int kind = int(table.columns.indexOf(QStringLiteral("change")));
        const int derived = int(table.columns.indexOf(QStringLiteral("derived")));
        const int quoteA = int(table.columns.indexOf(QStringLiteral("quote_a")));
        QStringList kinds;
        for (const QVariantList &row : table.rows) {
            kinds.append(row.at(kind).toString());
            QCOMPARE(row.size(), table.columns.size());
        }
        QVERIFY(kinds.contains(QStringLiteral("added")));
        QVERIFY(kinds.contains(QStringLiteral("removed")));
        QVERIFY(kinds.contains(QStringLiteral("changed")));
        // A derived field says so; a shipped row keeps the report's words.
        bool sawDerived = false;
        for (const QVariantList &row : table.rows)
            sawDerived = sawDerived || row.at(derived).toInt() == 1;
        QVERIFY(sawDerived);
        const int key = int(table.columns.indexOf(QStringLiteral("key")));
        bool sawQuote = false;
        for (const QVariantList &row : table.rows)
            if (row.at(key) == QStringLiteral("SuperClue · GPT3.5-Turbo-0125")) {
                QCOMPARE(
                    row.at(quoteA).toString(), QStringLiteral("GPT3.5-Turbo-0125 OpenAI 66.56"));
                sawQuote = true;
            }
        QVERIFY(sawQuote);
    }

private:
    static const FactChange *find(const FactChanges &changes, const char *key, const char *field)
    {
        for (const FactChange &c : changes)
            if (c.key == QString::fromUtf8(key) && c.field == QLatin1String(field))
                return &c;
        return nullptr;
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestEditionDiff)
#include "tst_editiondiff.moc"
