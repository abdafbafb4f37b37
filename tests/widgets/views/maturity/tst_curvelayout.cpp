// The maturity curve's layout: the S, the year(s) drawn, where each technology's point goes,
// and in compare mode the earlier positions and arrows. Plain values, no plot.

#include "curvelayout.h"

#include <QTest>

using namespace TrendScope;

namespace {

MaturityStages threeStages()
{
    return {{QStringLiteral("萌芽"), QStringLiteral("Emerging"), 1},
        {QStringLiteral("成长"), QStringLiteral("Growing"), 2},
        {QStringLiteral("成熟"), QStringLiteral("Mature"), 3}};
}

CurveEntry entry(int row, int year, int ordinal, const QString &label, qint64 tech,
    const QString &domain = QString(), bool isNew = false)
{
    return {row, year, ordinal, label, EntityRef {EntityKind::Technology, tech}, isNew, domain};
}

const CurvePoint *pointOf(const CurveLayout &layout, int row)
{
    for (const CurvePoint &p : layout.points) {
        if (p.row == row)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestCurveLayout : public QObject
{
    Q_OBJECT

private slots:
    void curveIsARisingS();
    void curveSpansEveryStage();
    void pointsSpreadEvenlyInTheirBandByLabel();
    void latestYearWhenNoneChosen_data();
    void latestYearWhenNoneChosen();
    void compareDrawsChangedAndLeftPositionsWithArrows();
    void compareOrdersTheYears();
    void compareWithTheSameYearIsNoComparison();
    void rowsBeyondTheLimitAreLeftOut();
    void unknownStagesAreLeftOff();
    void emptyStagesAreListed();
    void domainsAreSortedOnce();
};

void TestCurveLayout::curveIsARisingS()
{
    for (const int n : {1, 3, 6}) {
        QCOMPARE(curveY(n / 2.0, n), 0.5); // steepest, and halfway, in the middle
        double previous = curveY(0, n);
        QVERIFY(previous > 0.1);
        for (int i = 1; i <= 60; ++i) {
            const double y = curveY(n * i / 60.0, n);
            QVERIFY2(y > previous, qPrintable(QString::number(i)));
            QVERIFY(y < 0.9);
            previous = y;
        }
        // Symmetric about the middle.
        QVERIFY(qFuzzyCompare(curveY(0.3 * n, n) - 0.5, 0.5 - curveY(0.7 * n, n)));
    }
    // No stages: the curve of one.
    QCOMPARE(curveY(0.25, 0), curveY(0.25, 1));
}

void TestCurveLayout::curveSpansEveryStage()
{
    const CurveLayout layout = layoutCurve(threeStages(), {}, 0, std::nullopt, 10);
    QCOMPARE(layout.curve.size(), 241);
    QCOMPARE(layout.curve.first().x(), 0.0);
    QCOMPARE(layout.curve.last().x(), 3.0);
    for (const QPointF &p : layout.curve)
        QCOMPARE(p.y(), curveY(p.x(), 3));
    QVERIFY(layout.points.isEmpty());
    QCOMPARE(layout.emptyStages, (QList<int> {0, 1, 2}));
}

void TestCurveLayout::pointsSpreadEvenlyInTheirBandByLabel()
{
    // Three in the growing stage (band 1), given out of order; one mature.
    const QList<CurveEntry> entries {entry(0, 2023, 2, QStringLiteral("c"), 1),
        entry(1, 2023, 3, QStringLiteral("z"), 2), entry(2, 2023, 2, QStringLiteral("a"), 3),
        entry(3, 2023, 2, QStringLiteral("b"), 4, QString(), true)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, std::nullopt, 10);
    QCOMPARE(layout.year, 2023);
    QVERIFY(!layout.earlierYear);
    QCOMPARE(layout.points.size(), 4);
    QCOMPARE(pointOf(layout, 2)->x, 1.25);
    QCOMPARE(pointOf(layout, 3)->x, 1.5);
    QCOMPARE(pointOf(layout, 0)->x, 1.75);
    QCOMPARE(pointOf(layout, 1)->x, 2.5);
    for (const CurvePoint &p : layout.points) {
        QCOMPARE(p.y, curveY(p.x, 3));
        QVERIFY(!p.ghost);
        QCOMPARE(p.isNew, p.row == 3); // as the report marks it
    }
    QVERIFY(layout.arrows.isEmpty());
    QCOMPARE(layout.rows, (QList<int> {0, 1, 2, 3}));
}

void TestCurveLayout::latestYearWhenNoneChosen_data()
{
    QTest::addColumn<int>("chosen");
    QTest::addColumn<int>("drawn");
    QTest::newRow("none chosen") << 0 << 2024;
    QTest::newRow("a year without rows") << 2019 << 2024;
    QTest::newRow("an earlier year") << 2022 << 2022;
}

void TestCurveLayout::latestYearWhenNoneChosen()
{
    QFETCH(int, chosen);
    QFETCH(int, drawn);
    const QList<CurveEntry> entries {entry(0, 2022, 1, QStringLiteral("a"), 1),
        entry(1, 2024, 2, QStringLiteral("a"), 1), entry(2, 2023, 3, QStringLiteral("a"), 1)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, chosen, std::nullopt, 10);
    QCOMPARE(layout.year, drawn);
    QCOMPARE(layout.points.size(), 1);
    QCOMPARE(layout.rows.size(), 1);
}

void TestCurveLayout::compareDrawsChangedAndLeftPositionsWithArrows()
{
    const QList<CurveEntry> entries {
        entry(0, 2022, 1, QStringLiteral("moved"), 1),
        entry(1, 2022, 2, QStringLiteral("stayed"), 2),
        entry(2, 2022, 1, QStringLiteral("left"), 3),
        entry(3, 2023, 3, QStringLiteral("moved"), 1),
        entry(4, 2023, 2, QStringLiteral("stayed"), 2),
        entry(5, 2023, 1, QStringLiteral("arrived"), 4),
    };
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, 2022, 10);
    QCOMPARE(layout.year, 2023);
    QCOMPARE(layout.earlierYear, std::optional<int>(2022));
    // The later year's three, then the earlier positions of "moved" and "left" only.
    QCOMPARE(layout.points.size(), 5);
    QList<int> ghostRows;
    for (int i = 0; i < layout.points.size(); ++i) {
        const CurvePoint &p = layout.points.at(i);
        QCOMPARE(p.ghost, i >= 3);
        if (p.ghost)
            ghostRows.append(p.row);
    }
    QCOMPARE(ghostRows, (QList<int> {2, 0})); // by band, then label
    QVERIFY(pointOf(layout, 2)->onlyEarlier);
    QVERIFY(!pointOf(layout, 0)->onlyEarlier);
    QVERIFY(!pointOf(layout, 1)); // same stage both years: drawn once, by the later point
    // Only on the later curve: new.
    QVERIFY(pointOf(layout, 5)->isNew);
    QVERIFY(!pointOf(layout, 3)->isNew);
    QVERIFY(!pointOf(layout, 4)->isNew);
    // One arrow, from the earlier to the later position of the technology that moved.
    QCOMPARE(layout.arrows.size(), 1);
    QCOMPARE(layout.arrows.first().from, QPointF(pointOf(layout, 0)->x, pointOf(layout, 0)->y));
    QCOMPARE(layout.arrows.first().to, QPointF(pointOf(layout, 3)->x, pointOf(layout, 3)->y));
    // Band 0 holds "arrived", then the ghosts "left" and "moved", in quarters of the band.
    QCOMPARE(pointOf(layout, 5)->x, 0.25);
    QCOMPARE(pointOf(layout, 2)->x, 0.5);
    QCOMPARE(pointOf(layout, 0)->x, 0.75);
    QCOMPARE(layout.rows, (QList<int> {0, 1, 2, 3, 4, 5}));
}

void TestCurveLayout::compareOrdersTheYears()
{
    const QList<CurveEntry> entries {
        entry(0, 2022, 1, QStringLiteral("a"), 1), entry(1, 2023, 2, QStringLiteral("a"), 1)};
    // Comparing the chosen 2022 with 2023: 2023 is the later curve all the same.
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2022, 2023, 10);
    QCOMPARE(layout.year, 2023);
    QCOMPARE(layout.earlierYear, std::optional<int>(2022));
    QCOMPARE(layout.points.size(), 2);
    QVERIFY(pointOf(layout, 0)->ghost);
    QVERIFY(!pointOf(layout, 1)->ghost);
    QCOMPARE(layout.arrows.size(), 1);
}

void TestCurveLayout::compareWithTheSameYearIsNoComparison()
{
    const QList<CurveEntry> entries {entry(0, 2023, 1, QStringLiteral("a"), 1)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, 2023, 10);
    QVERIFY(!layout.earlierYear);
    QCOMPARE(layout.points.size(), 1);
    QVERIFY(!layout.points.first().isNew);
}

void TestCurveLayout::rowsBeyondTheLimitAreLeftOut()
{
    QList<CurveEntry> entries;
    for (int row = 0; row < 7; ++row)
        entries.append(entry(row, 2023, 1 + row % 3, QStringLiteral("t%1").arg(row), row));
    entries.append(entry(7, 2021, 1, QStringLiteral("other year"), 99)); // not drawn: no count
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, std::nullopt, 5);
    QCOMPARE(layout.points.size(), 5);
    QCOMPARE(layout.rows, (QList<int> {0, 1, 2, 3, 4})); // the first, in model order
    QCOMPARE(layout.leftOut, 2);
}

void TestCurveLayout::unknownStagesAreLeftOff()
{
    const QList<CurveEntry> entries {
        entry(0, 2023, 9, QStringLiteral("nowhere"), 1), entry(1, 2023, 2, QStringLiteral("a"), 2)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, std::nullopt, 10);
    QCOMPARE(layout.points.size(), 1);
    QCOMPARE(layout.rows, QList<int> {1});
    QCOMPARE(layout.leftOut, 0);
    QCOMPARE(layout.emptyStages, (QList<int> {0, 2}));
}

void TestCurveLayout::emptyStagesAreListed()
{
    // A ghost occupies its band too.
    const QList<CurveEntry> entries {
        entry(0, 2022, 1, QStringLiteral("a"), 1), entry(1, 2023, 3, QStringLiteral("a"), 1)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, 2022, 10);
    QCOMPARE(layout.emptyStages, QList<int> {1});
}

void TestCurveLayout::domainsAreSortedOnce()
{
    const QList<CurveEntry> entries {
        entry(0, 2023, 1, QStringLiteral("a"), 1, QStringLiteral("NLP")),
        entry(1, 2023, 2, QStringLiteral("b"), 2, QStringLiteral("CV")),
        entry(2, 2023, 3, QStringLiteral("c"), 3, QStringLiteral("NLP")),
        entry(3, 2023, 3, QStringLiteral("d"), 4)};
    const CurveLayout layout = layoutCurve(threeStages(), entries, 2023, std::nullopt, 10);
    QCOMPARE(
        layout.domains, (QStringList {QString(), QStringLiteral("CV"), QStringLiteral("NLP")}));
    QCOMPARE(pointOf(layout, 1)->domain, QStringLiteral("CV"));
}

QTEST_MAIN(TestCurveLayout)
#include "tst_curvelayout.moc"
