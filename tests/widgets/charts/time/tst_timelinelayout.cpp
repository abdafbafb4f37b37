#include "timelinelayout.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <qcustomplot.h>

using namespace TrendScope;

namespace {

double key(int y, int m, int d)
{
    return QCPAxisTickerDateTime::dateTimeToKey(
        QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()));
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void overlappingLabelsGetDifferentSubRows();
    void separateLabelsShareOneSubRow();
    void gapIsKeptBetweenNeighbours();
    void packingReusesFreedRows();
    void packingKeepsInputOrder();
    void rowsGoToTheNeediestLanes();
    void priorityPackingDropsWhatHasNoRoom();
    void monthSpansTheWholeMonth_data();
    void monthSpansTheWholeMonth();
    void dayIsAPoint();
    void yearSpansTheWholeYear();
    void invalidDates_data();
    void invalidDates();
};

void TestTimelineLayout::overlappingLabelsGetDifferentSubRows()
{
    // Two labels 120 px wide starting 50 px apart overlap.
    const QList<int> rows = packIntervals({{0, 120}, {50, 170}});
    QCOMPARE(rows, (QList<int> {0, 1}));
}

void TestTimelineLayout::separateLabelsShareOneSubRow()
{
    const QList<int> rows = packIntervals({{0, 100}, {150, 250}, {300, 400}});
    QCOMPARE(rows, (QList<int> {0, 0, 0}));
    // Touching is not overlapping.
    QCOMPARE(packIntervals({{0, 100}, {100, 200}}), (QList<int> {0, 0}));
}

void TestTimelineLayout::gapIsKeptBetweenNeighbours()
{
    QCOMPARE(packIntervals({{0, 100}, {105, 200}}, 10), (QList<int> {0, 1}));
    QCOMPARE(packIntervals({{0, 100}, {110, 200}}, 10), (QList<int> {0, 0}));
}

void TestTimelineLayout::packingReusesFreedRows()
{
    // a and b overlap; c starts after a ended: it goes back to row 0, not to a third row.
    const QList<int> rows = packIntervals({{0, 100}, {20, 300}, {120, 200}, {130, 140}});
    QCOMPARE(rows, (QList<int> {0, 1, 0, 2}));
}

void TestTimelineLayout::packingKeepsInputOrder()
{
    // Results are in input order even when the input is not sorted by start.
    const QList<int> rows = packIntervals({{300, 400}, {0, 350}, {10, 20}});
    QCOMPARE(rows, (QList<int> {1, 0, 1}));
    // No two intervals of one row overlap.
    const QList<Interval> many {
        {0, 80}, {10, 90}, {20, 30}, {85, 200}, {95, 120}, {31, 84}, {200, 260}};
    const QList<int> packed = packIntervals(many);
    for (int i = 0; i < many.size(); ++i)
        for (int j = i + 1; j < many.size(); ++j)
            if (packed.at(i) == packed.at(j))
                QVERIFY2(many.at(i).end <= many.at(j).start || many.at(j).end <= many.at(i).start,
                    qPrintable(QStringLiteral("%1 and %2 overlap in row %3")
                                   .arg(i)
                                   .arg(j)
                                   .arg(packed.at(i))));
}

void TestTimelineLayout::monthSpansTheWholeMonth_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::newRow("May") << "2023-05" << key(2023, 5, 1) << key(2023, 6, 1);
    QTest::newRow("February of a leap year") << "2024-02" << key(2024, 2, 1) << key(2024, 3, 1);
    QTest::newRow("December into the next year")
        << "2023-12" << key(2023, 12, 1) << key(2024, 1, 1);
}

void TestTimelineLayout::monthSpansTheWholeMonth()
{
    QFETCH(QString, date);
    QFETCH(double, start);
    QFETCH(double, end);
    const DateSpan span = dateSpan(date);
    QCOMPARE(span.precision, DateSpan::Precision::Month);
    QVERIFY(!span.isPoint());
    QCOMPARE(span.start, start);
    QCOMPARE(span.end, end);
    // Its middle lies well inside the month, not on day 1.
    QVERIFY(span.center() > start + 13 * 86400.0);
    QVERIFY(span.center() < end - 13 * 86400.0);
}

void TestTimelineLayout::dayIsAPoint()
{
    const DateSpan span = dateSpan(QStringLiteral("2023-06-01"));
    QCOMPARE(span.precision, DateSpan::Precision::Day);
    QVERIFY(span.isPoint());
    QCOMPARE(span.start, key(2023, 6, 1));
    QCOMPARE(span.end, span.start);
}

void TestTimelineLayout::yearSpansTheWholeYear()
{
    const DateSpan span = dateSpan(QStringLiteral("2023"));
    QCOMPARE(span.precision, DateSpan::Precision::Year);
    QCOMPARE(span.start, key(2023, 1, 1));
    QCOMPARE(span.end, key(2024, 1, 1));
}

void TestTimelineLayout::invalidDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("empty") << "";
    QTest::newRow("text") << "not stated";
    QTest::newRow("month 13") << "2023-13";
    QTest::newRow("month 0") << "2023-00";
    QTest::newRow("30 February") << "2023-02-30";
    QTest::newRow("padded") << " 2023-05";
    QTest::newRow("slashes") << "2023/05/01";
}

void TestTimelineLayout::invalidDates()
{
    QFETCH(QString, date);
    QVERIFY(!dateSpan(date).isValid());
}

void TestTimelineLayout::rowsGoToTheNeediestLanes()
{
    // Room for all: each lane gets what it needs.
    QCOMPARE(allotRows({3, 1, 2}, 10), (QList<int> {3, 1, 2}));
    // Room for five: one each, the two spare rows to the lane missing most at each step
    // (the first on a tie).
    QCOMPARE(allotRows({4, 1, 3}, 5), (QList<int> {3, 1, 1}));
    QCOMPARE(allotRows({2, 1, 4}, 5), (QList<int> {1, 1, 3}));
    QCOMPARE(allotRows({9, 1, 1}, 5), (QList<int> {3, 1, 1}));
    // Less room than lanes: still one each (the caller keeps lanes whole).
    QCOMPARE(allotRows({2, 2, 2}, 2), (QList<int> {1, 1, 1}));
}

void TestTimelineLayout::priorityPackingDropsWhatHasNoRoom()
{
    // Three labels on the same stretch, one far away; two sub-rows.
    const QList<Interval> intervals {{0, 100}, {10, 110}, {20, 120}, {400, 450}};
    // The most important (the third, then the far one, then the second) are placed first.
    QCOMPARE(packByPriority(intervals, {2, 3, 1, 0}, 2), (QList<int> {-1, 1, 0, 0}));
    // One row: the first of the crowd and the far one.
    QCOMPARE(packByPriority(intervals, {0, 1, 2, 3}, 1), (QList<int> {0, -1, -1, 0}));
    // No row: nothing is placed.
    QCOMPARE(packByPriority(intervals, {0, 1, 2, 3}, 0), (QList<int> {-1, -1, -1, -1}));
    // The gap counts: 5 px apart is too close for a gap of 8.
    QCOMPARE(packByPriority({{0, 10}, {15, 20}}, {0, 1}, 1, 8), (QList<int> {0, -1}));
}

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
