// Timeline rows while two editions are compared: A's, B's also in A, new in B, neither.

#include "editionmarks.h"
#include "explorerstate.h"

#include <QTest>

using namespace TrendScope;

class TestEditionMarks : public QObject
{
    Q_OBJECT

private slots:
    void offIsPlain_data();
    void offIsPlain();
    void newInBIsWhatANeverHad();
    void spanOfBAndTheEditionWithoutRows_data();
    void spanOfBAndTheEditionWithoutRows();
};

void TestEditionMarks::offIsPlain_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::newRow("off") << qint64(0) << qint64(0);
    QTest::newRow("same edition") << qint64(1) << qint64(1);
    QTest::newRow("one missing") << qint64(1) << qint64(0);
}

void TestEditionMarks::offIsPlain()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    const QList<EditionMark> marks
        = markEditions({{1, QStringLiteral("x")}, {3, QStringLiteral("y")}}, a, b);
    QCOMPARE(marks, (QList<EditionMark> {EditionMark::Plain, EditionMark::Plain}));
}

void TestEditionMarks::newInBIsWhatANeverHad()
{
    const QList<EditionKeyedRow> rows {{1, QStringLiteral("policy|数据二十条")},
        {3, QStringLiteral("forecast|合成事件：6G标准草案")},
        {2, QStringLiteral("policy|蓝皮书政策")}, {3, QStringLiteral("policy|数据二十条")},
        {1, QStringLiteral("hot_news|发布会")}};
    QCOMPARE(markEditions(rows, 1, 3),
        (QList<EditionMark> {EditionMark::InA, EditionMark::NewInB, EditionMark::Neither,
            EditionMark::InB, EditionMark::InA}));
    // The other way round, A's own rows are B's news.
    QCOMPARE(markEditions(rows, 3, 1),
        (QList<EditionMark> {EditionMark::InB, EditionMark::InA, EditionMark::Neither,
            EditionMark::InA, EditionMark::NewInB}));
}

void TestEditionMarks::spanOfBAndTheEditionWithoutRows_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<double>("spanStart");
    QTest::addColumn<double>("spanEnd");
    QTest::addColumn<QString>("missing");
    // Rows of edition 1 over [10, 20] and [40, 41], of edition 3 over [30, 35] and [5, 12],
    // one of edition 2 over [50, 60].
    QTest::newRow("1 vs 3") << qint64(1) << qint64(3) << 5.0 << 35.0 << QString();
    QTest::newRow("3 vs 1") << qint64(3) << qint64(1) << 10.0 << 41.0 << QString();
    QTest::newRow("no rows in A") << qint64(4) << qint64(2) << 50.0 << 60.0
                                  << QStringLiteral("Edition four");
    QTest::newRow("no rows in B") << qint64(1) << qint64(5) << 0.0 << 0.0
                                  << QStringLiteral("edition 5");
    QTest::newRow("off") << qint64(0) << qint64(0) << 0.0 << 0.0 << QString();
}

void TestEditionMarks::spanOfBAndTheEditionWithoutRows()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(double, spanStart);
    QFETCH(double, spanEnd);
    QFETCH(QString, missing);
    const QList<EditionKeyedRow> rows {{1, QStringLiteral("x"), 10, 20},
        {3, QStringLiteral("y"), 30, 35}, {2, QStringLiteral("z"), 50, 60},
        {1, QStringLiteral("w"), 40, 41}, {3, QStringLiteral("x"), 5, 12}};
    Comparison comparison {a, b, QString(), QString()};
    if (a == 4)
        comparison.nameA = QStringLiteral("Edition four");
    const EditionMarking marking = markEditionRows(rows, comparison);
    QCOMPARE(marking.marks, markEditions(rows, a, b));
    QCOMPARE(marking.spanBStart, spanStart);
    QCOMPARE(marking.spanBEnd, spanEnd);
    QCOMPARE(marking.anyB, spanEnd > 0);
    QCOMPARE(marking.missingEdition, missing);
}

QTEST_APPLESS_MAIN(TestEditionMarks)
#include "tst_editionmarks.moc"
