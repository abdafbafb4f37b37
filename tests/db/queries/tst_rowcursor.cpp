// RowCursor reads a file's rows through the sqlite3 C API: every value must read as QSqlQuery
// reads it (the path it replaces), on the shipped dataset and on values chosen to differ.
#include "database.h"
#include "queries.h"
#include "rowcursor.h"
#include "sourcequeries.h"
#include "testutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace TrendScope;

class TestRowCursor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourceQueriesReadAsQSqlQueryReadsThem_data();
    void sourceQueriesReadAsQSqlQueryReadsThem();
    void valuesOfEveryKind();
    void repeatedTextIsOneCopy();
    void aBrokenStatementSaysWhy();
    void leaderboardRowsOfASyntheticTable();
    void leaderboardRanksAsTheWindowFunctionGivesThem();

private:
    std::unique_ptr<Database> m_db;
};

void TestRowCursor::initTestCase()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    QVERIFY(m_db->handle());
}

void TestRowCursor::sourceQueriesReadAsQSqlQueryReadsThem_data()
{
    addSourceQueryRows();
}

// Each value of each row: NULL where QSqlQuery says NULL, numbers as its QVariant converts
// them, text as its QString.
void TestRowCursor::sourceQueriesReadAsQSqlQueryReadsThem()
{
    QFETCH(QString, sql);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    RowCursor cursor(*m_db, sql);
    int rows = 0;
    while (q.next()) {
        QVERIFY2(cursor.next(), qPrintable(cursor.error()));
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant value = q.value(c);
            const QString where = QStringLiteral("row %1 column %2").arg(rows).arg(c);
            QCOMPARE(cursor.isNull(c), value.isNull());
            if (value.isNull()) {
                QVERIFY2(!cursor.real(c) && cursor.integer(c) == 0 && cursor.text(c).isEmpty(),
                    qPrintable(where));
                continue;
            }
            switch (value.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::Int:
                QVERIFY2(cursor.integer(c) == value.toLongLong(), qPrintable(where));
                break;
            case QMetaType::Double:
                QVERIFY2(*cursor.real(c) == value.toDouble(), qPrintable(where));
                break;
            default:
                QVERIFY2(cursor.text(c) == value.toString(), qPrintable(where));
                QVERIFY2(cursor.shared(c) == value.toString(), qPrintable(where));
            }
        }
    }
    QVERIFY(rows > 0);
    QVERIFY(!cursor.next());
    QVERIFY(cursor.error().isEmpty());
}

void TestRowCursor::valuesOfEveryKind()
{
    RowCursor cursor(*m_db,
        QStringLiteral("SELECT NULL, '', '文心一言 ＧＰＴ', 9007199254740993, -0.5, 72.58, '12',"
                       " 3.0, x'e4b8ad'"));
    QVERIFY2(cursor.next(), qPrintable(cursor.error()));
    QVERIFY(cursor.isNull(0));
    QCOMPARE(cursor.optionalInteger(0), std::nullopt);
    QCOMPARE(cursor.real(0), std::nullopt);
    QVERIFY(cursor.shared(0).isEmpty());
    QVERIFY(!cursor.isNull(1));
    QVERIFY(cursor.text(1).isEmpty() && cursor.shared(1).isEmpty());
    QCOMPARE(cursor.text(2), QStringLiteral("文心一言 ＧＰＴ"));
    QCOMPARE(cursor.shared(2), QStringLiteral("文心一言 ＧＰＴ"));
    QCOMPARE(cursor.integer(3), Q_INT64_C(9007199254740993)); // beyond a double's 53 bits
    QCOMPARE(*cursor.real(4), -0.5);
    QCOMPARE(*cursor.real(5), 72.58);
    QCOMPARE(cursor.integer(6), 12); // text that is a number, as SQLite converts it
    QCOMPARE(*cursor.optionalInteger(7), 3);
    QCOMPARE(cursor.text(8), QStringLiteral("中")); // a blob of UTF-8
    // number(): only values stored as numbers, as the checker asks what a row holds.
    QCOMPARE(cursor.number(0), std::nullopt);
    QCOMPARE(cursor.number(2), std::nullopt);
    QCOMPARE(*cursor.number(4), -0.5);
    QCOMPARE(*cursor.number(5), 72.58);
    QCOMPARE(cursor.number(6), std::nullopt); // text, though it reads as a number
    QCOMPARE(*cursor.number(7), 3.0);
    QCOMPARE(cursor.number(8), std::nullopt);
    QVERIFY(!cursor.next());
    QVERIFY(cursor.error().isEmpty());
}

void TestRowCursor::repeatedTextIsOneCopy()
{
    RowCursor cursor(
        *m_db, QStringLiteral("SELECT '百度' UNION ALL SELECT '百度' UNION ALL SELECT 'Baidu'"));
    QList<QString> texts;
    while (cursor.next())
        texts.append(cursor.shared(0));
    QCOMPARE(texts, QList<QString>({"百度", "百度", "Baidu"}));
    QCOMPARE(texts.at(0).constData(), texts.at(1).constData()); // one copy shared
    QVERIFY(texts.at(0).constData() != texts.at(2).constData());
}

void TestRowCursor::aBrokenStatementSaysWhy()
{
    RowCursor missing(*m_db, QStringLiteral("SELECT x FROM no_such_table"));
    QVERIFY(!missing.next());
    QVERIFY2(missing.error().contains(QLatin1String("no_such_table")), qPrintable(missing.error()));
    // A failure while stepping, not preparing: a value out of range for its function.
    RowCursor failing(*m_db,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE"
                       " i < 3) SELECT CASE WHEN i = 3 THEN json('not json') ELSE i END FROM n"));
    QVERIFY(failing.next());
    QVERIFY(failing.next());
    QVERIFY(!failing.next());
    QVERIFY2(failing.error().contains(QLatin1String("JSON")), qPrintable(failing.error()));
}

// Queries::leaderboard reads through the cursor: rows of a synthetic board, NULL scores and
// shared names included, come out as stored.
void TestRowCursor::leaderboardRowsOfASyntheticTable()
{
    TestUtil::execSql(*m_db, QStringLiteral(R"(
INSERT INTO leaderboard (id, benchmark, snapshot, metric, source_id, section)
 VALUES (9301, 'Synthetic', '2030-01', '总分', 1, '合成');
INSERT INTO model (id, name, name_en, source_id, section) VALUES
 (9301, '合成模型甲', 'Synthetic A', 1, '合成'), (9302, '合成模型乙', NULL, 1, '合成');
INSERT INTO leaderboard_entry (id, leaderboard_id, model_id, score, source_id, section) VALUES
 (9301, 9301, 9301, 50.5, 1, '合成'), (9302, 9301, 9302, NULL, 1, '合成');
)"));
    QString error;
    const LeaderboardRows rows = Queries(*m_db).leaderboard(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<const LeaderboardRow *> synthetic;
    for (const LeaderboardRow &row : rows)
        if (row.benchmark == QLatin1String("Synthetic"))
            synthetic.append(&row);
    QCOMPARE(synthetic.size(), 2);
    QCOMPARE(synthetic.at(0)->model, QStringLiteral("合成模型甲"));
    QCOMPARE(synthetic.at(0)->modelEn, QStringLiteral("Synthetic A"));
    QCOMPARE(*synthetic.at(0)->score, 50.5);
    QCOMPARE(synthetic.at(0)->rank, 1);
    QCOMPARE(synthetic.at(0)->snapshot, QStringLiteral("2030-01"));
    QCOMPARE(synthetic.at(0)->provenance.section, QStringLiteral("合成"));
    QCOMPARE(synthetic.at(1)->model, QStringLiteral("合成模型乙"));
    QVERIFY(synthetic.at(1)->modelEn.isEmpty());
    QCOMPARE(synthetic.at(1)->score, std::nullopt);
    QCOMPARE(synthetic.at(1)->entryId, 9302);
    TestUtil::execSql(*m_db, QStringLiteral(R"(
DELETE FROM leaderboard_entry WHERE id >= 9301;
DELETE FROM model WHERE id >= 9301;
DELETE FROM leaderboard WHERE id = 9301;
)"));
}

// Queries::leaderboard counts each row's rank while reading: it must be the rank SQL's
// RANK() window gives, for every row of the shipped dataset and for ties and missing scores.
void TestRowCursor::leaderboardRanksAsTheWindowFunctionGivesThem()
{
    TestUtil::execSql(*m_db, QStringLiteral(R"(
INSERT INTO leaderboard (id, benchmark, snapshot, metric, source_id, section)
 VALUES (9401, 'Synthetic', '2030-02', '总分', 1, '合成');
INSERT INTO model (id, name, source_id, section) VALUES
 (9401, '甲', 1, '合成'), (9402, '乙', 1, '合成'), (9403, '丙', 1, '合成'),
 (9404, '丁', 1, '合成'), (9405, '戊', 1, '合成'), (9406, '己', 1, '合成');
INSERT INTO leaderboard_entry (id, leaderboard_id, model_id, score, source_id, section) VALUES
 (9401, 9401, 9405, NULL, 1, '合成'), (9402, 9401, 9402, 80, 1, '合成'),
 (9403, 9401, 9401, 90, 1, '合成'), (9404, 9401, 9403, 80, 1, '合成'),
 (9405, 9401, 9404, 70, 1, '合成'), (9406, 9401, 9406, NULL, 1, '合成');
)"));
    QString error;
    const LeaderboardRows rows = Queries(*m_db).leaderboard(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<qint64, int> expected;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, RANK() OVER (PARTITION BY leaderboard_id ORDER BY "
                                  "score DESC NULLS LAST) FROM leaderboard_entry")));
    while (q.next())
        expected.insert(q.value(0).toLongLong(), q.value(1).toInt());
    QCOMPARE(rows.size(), expected.size());
    QStringList synthetic;
    for (const LeaderboardRow &row : rows) {
        QCOMPARE(row.rank, expected.value(row.entryId));
        if (row.benchmark == QLatin1String("Synthetic"))
            synthetic.append(QStringLiteral("%1 %2").arg(row.model).arg(row.rank));
    }
    QCOMPARE(synthetic,
        QStringList({QStringLiteral("甲 1"), QStringLiteral("丙 2"), QStringLiteral("乙 2"),
            QStringLiteral("丁 4"), QStringLiteral("己 5"), QStringLiteral("戊 5")}));
    TestUtil::execSql(*m_db, QStringLiteral(R"(
DELETE FROM leaderboard_entry WHERE id >= 9401;
DELETE FROM model WHERE id >= 9401;
DELETE FROM leaderboard WHERE id = 9401;
)"));
}

QTEST_GUILESS_MAIN(TestRowCursor)
#include "tst_rowcursor.moc"
