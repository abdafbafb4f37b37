#include "inferred.h"

#include <QTest>

using namespace TrendScope;

class TestInferred : public QObject
{
    Q_OBJECT

private slots:
    void groupsAndFields();
    void reasonKeepsItsCommasAndColons();
    void groupWithoutReasonIsUnexplained();
    void emptyMeansNothingInferred();
};

void TestInferred::groupsAndFields()
{
    const InferredFields f = parseInferred(
        QStringLiteral("period_start, period_end: the chart titles; curve_year: the page"));
    QCOMPARE(f.fields.size(), 3);
    QCOMPARE(f.fields.at(0).field, QStringLiteral("period_start"));
    QCOMPARE(f.reasonFor(QStringLiteral("period_end")), QStringLiteral("the chart titles"));
    QCOMPARE(f.reasonFor(QStringLiteral("curve_year")), QStringLiteral("the page"));
    QVERIFY(f.contains(QStringLiteral("curve_year")));
    QVERIFY(!f.contains(QStringLiteral("stage")));
    QVERIFY(f.unexplained.isEmpty());
}

void TestInferred::reasonKeepsItsCommasAndColons()
{
    const InferredFields f = parseInferred(
        QStringLiteral("horizon: the section is titled 2024年展望: 十大趋势, not the sentence"));
    QCOMPARE(f.fields.size(), 1);
    QCOMPARE(f.reasonFor(QStringLiteral("horizon")),
        QStringLiteral("the section is titled 2024年展望: 十大趋势, not the sentence"));
}

void TestInferred::groupWithoutReasonIsUnexplained()
{
    const InferredFields f
        = parseInferred(QStringLiteral("period_start; period_end: the title; date:  "));
    QCOMPARE(f.unexplained, (QStringList {"period_start", "date:"}));
    QCOMPARE(f.fields.size(), 1);
    QVERIFY(!f.contains(QStringLiteral("period_start")));
}

void TestInferred::emptyMeansNothingInferred()
{
    QVERIFY(parseInferred(QString()).fields.isEmpty());
    QVERIFY(parseInferred(QStringLiteral(" ; ")).unexplained.isEmpty());
}

QTEST_GUILESS_MAIN(TestInferred)
#include "tst_inferred.moc"
