// Comparing two editions' maturity curves: which rows take part, how they are keyed for the
// layout, and what counts as moved, new and dropped. Plain values, no plot.

#include "curvecompare.h"

#include <QTest>

using namespace TrendScope;

namespace {

constexpr qint64 EditionA = 1;
constexpr qint64 EditionB = 3;

CurveEntry entry(int row, qint64 edition, int year, int ordinal, const QString &label, qint64 tech,
    bool isNew = false)
{
    CurveEntry e {row, year, ordinal, label, EntityRef {EntityKind::Technology, tech}, isNew, {}};
    e.edition = edition;
    return e;
}

// The shape of the synthetic fixture: A has an older and a latest curve, B one later curve.
QList<CurveEntry> fixtureLike()
{
    return {
        entry(0, EditionA, 2022, 2, QStringLiteral("数字孪生"), 10),
        entry(1, EditionA, 2024, 1, QStringLiteral("6G"), 11, true),
        entry(2, EditionA, 2024, 3, QStringLiteral("数字孪生"), 10),
        entry(3, EditionA, 2024, 2, QStringLiteral("多模态生成"), 12),
        entry(4, EditionA, 2024, 3, QStringLiteral("文本生成图像"), 13),
        entry(5, EditionB, 2025, 3, QStringLiteral("6G"), 11),
        entry(6, EditionB, 2025, 3, QStringLiteral("数字孪生"), 10),
        entry(7, EditionB, 2025, 3, QStringLiteral("多模态生成"), 12),
        entry(8, EditionB, 2025, 1, QStringLiteral("合成技术甲"), 14, true),
        entry(9, 2, 2025, 2, QStringLiteral("其他版"), 15), // an edition not compared
    };
}

MaturityStages stages()
{
    return {{QStringLiteral("前沿技术"), {}, 1}, {QStringLiteral("早期推广"), {}, 2},
        {QStringLiteral("准成熟"), {}, 3}};
}

QStringList labelsOf(const QList<CurvePoint> &points, bool ghost)
{
    QStringList labels;
    for (const CurvePoint &p : points) {
        if (p.ghost == ghost)
            labels.append(p.label);
    }
    labels.sort();
    return labels;
}

} // namespace

class TestCurveCompare : public QObject
{
    Q_OBJECT

private slots:
    void latestCurveOfEachEditionOnly();
    void reportNewMarksAreCleared();
    void changesAreMovedAddedDropped();
    void layoutDrawsOneArrowPerMoveAndGhostsDropped();
    void missingEditionIsIncomplete();
};

void TestCurveCompare::latestCurveOfEachEditionOnly()
{
    const CurveComparison c = compareCurves(fixtureLike(), EditionA, EditionB);
    QCOMPARE(c.yearA, 2024);
    QCOMPARE(c.yearB, 2025);
    QVERIFY(c.complete());
    QList<int> rows;
    for (const CurveEntry &e : c.entries) {
        rows.append(e.row);
        QCOMPARE(e.year,
            e.edition == EditionA ? CurveComparison::EarlierKey : CurveComparison::LaterKey);
    }
    // Not A's 2022 row, not edition 2's.
    QCOMPARE(rows, (QList<int> {1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestCurveCompare::reportNewMarksAreCleared()
{
    const CurveComparison c = compareCurves(fixtureLike(), EditionA, EditionB);
    for (const CurveEntry &e : c.entries)
        QVERIFY2(!e.isNew, qPrintable(e.label));
}

void TestCurveCompare::changesAreMovedAddedDropped()
{
    const CurveChanges changes = curveChanges(compareCurves(fixtureLike(), EditionA, EditionB));
    QCOMPARE(changes.moved, (QStringList {QStringLiteral("6G"), QStringLiteral("多模态生成")}));
    QCOMPARE(changes.added, QStringList {QStringLiteral("合成技术甲")});
    QCOMPARE(changes.dropped, QStringList {QStringLiteral("文本生成图像")});

    // The other way round, what B added A dropped.
    const CurveChanges back = curveChanges(compareCurves(fixtureLike(), EditionB, EditionA));
    QCOMPARE(back.added, QStringList {QStringLiteral("文本生成图像")});
    QCOMPARE(back.dropped, QStringList {QStringLiteral("合成技术甲")});
}

void TestCurveCompare::layoutDrawsOneArrowPerMoveAndGhostsDropped()
{
    const CurveComparison c = compareCurves(fixtureLike(), EditionA, EditionB);
    const CurveLayout layout = layoutCurve(
        stages(), c.entries, CurveComparison::LaterKey, CurveComparison::EarlierKey, 120);
    // 6G moves two stages and still gets one arrow; 多模态生成 one.
    QCOMPARE(layout.arrows.size(), 2);
    QCOMPARE(labelsOf(layout.points, false),
        (QStringList {QStringLiteral("6G"), QStringLiteral("合成技术甲"),
            QStringLiteral("多模态生成"), QStringLiteral("数字孪生")}));
    QCOMPARE(labelsOf(layout.points, true),
        (QStringList {
            QStringLiteral("6G"), QStringLiteral("多模态生成"), QStringLiteral("文本生成图像")}));
    QStringList fresh;
    for (const CurvePoint &p : layout.points) {
        if (p.isNew)
            fresh.append(p.label);
        if (p.ghost)
            QCOMPARE(p.onlyEarlier, p.label == QStringLiteral("文本生成图像"));
    }
    QCOMPARE(fresh, QStringList {QStringLiteral("合成技术甲")});
}

void TestCurveCompare::missingEditionIsIncomplete()
{
    const CurveComparison c = compareCurves(fixtureLike(), EditionA, 4);
    QCOMPARE(c.yearA, 2024);
    QCOMPARE(c.yearB, 0);
    QVERIFY(!c.complete());
}

QTEST_APPLESS_MAIN(TestCurveCompare)
#include "tst_curvecompare.moc"
