// Timeline rows while two editions are compared: A's, B's also in A, new in B, neither.

#include "editionmarks.h"

#include <QTest>

using namespace TrendScope;

class TestEditionMarks : public QObject
{
    Q_OBJECT

private slots:
    void offIsPlain_data();
    void offIsPlain();
    void newInBIsWhatANeverHad();
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

QTEST_APPLESS_MAIN(TestEditionMarks)
#include "tst_editionmarks.moc"
