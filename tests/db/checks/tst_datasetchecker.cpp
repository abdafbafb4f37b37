#include "database.h"
#include "datasetchecker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

class TestDatasetChecker : public QObject
{
    Q_OBJECT

private slots:
    void shippedDatasetPasses();
    void arithmetic_data();
    void arithmetic();
    void injectedErrorsAreNamed_data();
    void injectedErrorsAreNamed();
};

void TestDatasetChecker::shippedDatasetPasses()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    const QList<Problem> problems = DatasetChecker(*db).run();
    QStringList texts;
    for (const Problem &p : problems)
        texts.append(p.text());
    QVERIFY2(problems.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
}

void TestDatasetChecker::arithmetic_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("report minus") << "258 − 165" << 93.0 << true;
    QTest::newRow("times and divide") << "10 × 7.0366 ÷ 2" << 35.183 << true;
    QTest::newRow("precedence") << "2 + 3 * 4" << 14.0 << true;
    QTest::newRow("parentheses") << "(2 + 3) * 4" << 20.0 << true;
    QTest::newRow("thousands comma") << "1,217 - 17" << 1200.0 << true;
    QTest::newRow("unary minus") << "-8.71 + 5.72" << -2.99 << true;
    QTest::newRow("words") << "amount times rate" << 0.0 << false;
    QTest::newRow("divide by zero") << "1 / 0" << 0.0 << false;
    QTest::newRow("unbalanced") << "(1 + 2" << 0.0 << false;
    QTest::newRow("empty") << "" << 0.0 << false;
}

void TestDatasetChecker::arithmetic()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    QFETCH(bool, valid);
    const auto result = evaluateArithmetic(expression);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QVERIFY(qAbs(*result - value) < 1e-9);
}

void TestDatasetChecker::injectedErrorsAreNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dangling reference")
        << "INSERT INTO leaderboard_entry (leaderboard_id, model_id, score, source_id, section)"
           " VALUES (1, 9999, 50, 2, 's')"
        << "leaderboard_entry row";
    QTest::newRow("no section") << "UPDATE leaderboard_entry SET section = '  ' WHERE id = 1"
                                << "leaderboard_entry row 1: provenance: no section";
    QTest::newRow("derived without formula") << "UPDATE leaderboard_entry SET status = 'derived' WHERE id = 2"
                                             << "leaderboard_entry row 2: provenance: derived without a formula";
    QTest::newRow("unknown status") << "UPDATE leaderboard_entry SET status = 'guessed' WHERE id = 3"
                                    << "status \"guessed\"";
    QTest::newRow("impossible month") << "UPDATE leaderboard SET snapshot = '2024-13' WHERE id = 1"
                                      << "leaderboard row 1: snapshot \"2024-13\" is not a date";
    QTest::newRow("invented day format") << "UPDATE leaderboard SET snapshot = '2024/04/01' WHERE id = 1"
                                         << "is not a date";
    QTest::newRow("percent above 100")
        << "INSERT INTO survey_stat (id, survey, question, answer, percent, source_id, section)"
           " VALUES (90001, 's', 'q', 'a', 120, 1, 'x')"
        << "survey_stat row 90001: percent 120 is outside 0-100";
    QTest::newRow("negative amount")
        << "INSERT INTO funding_total (id, period_start, period_end, domain, amount_yuan, source_id, section)"
           " VALUES (90001, '2023-01', '2023-11', 'd', -5, 1, 'x')"
        << "funding_total row 90001: amount_yuan -5 must be a number of at least 0";
    QTest::newRow("shares over 100")
        << "INSERT INTO funding_total (period_start, period_end, domain, parent_domain, share_percent, share_of, source_id, section)"
           " VALUES ('2099-01', '2099-11', 'a', 'test', 60, 'test whole', 1, 'x'),"
           "        ('2099-01', '2099-11', 'b', 'test', 60, 'test whole', 1, 'x')"
        << "shares of test whole (2099-01 to 2099-11) add up to 120.00%";
    QTest::newRow("derived result wrong")
        << "UPDATE key_figure SET value = 94, formula = '258 − 165 = 94' WHERE status = 'derived'"
        << "derived: 258 − 165 gives 93, not 94";
    QTest::newRow("derived row disagrees with its formula")
        << "UPDATE key_figure SET value = 95 WHERE status = 'derived'"
        << "derived: the row does not hold the formula's result 93";
    QTest::newRow("derived formula not arithmetic")
        << "UPDATE key_figure SET formula = 'about a hundred' WHERE status = 'derived'"
        << "is not arithmetic of the form EXPR = RESULT";
    QTest::newRow("min above max")
        << "INSERT INTO price_cut (id, organization_id, min_percent, max_percent, source_id, section)"
           " VALUES (90001, 1, 50, 15, 1, 'x')"
        << "price_cut row 90001: min_percent 50 is above max_percent 15";
}

void TestDatasetChecker::injectedErrorsAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    // Let the broken rows in, as a hand-edited file would have them.
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const QList<Problem> problems = DatasetChecker(*db).run();
    QStringList texts;
    for (const Problem &p : problems)
        texts.append(p.text());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(expected), qPrintable(texts.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDatasetChecker)
#include "tst_datasetchecker.moc"
