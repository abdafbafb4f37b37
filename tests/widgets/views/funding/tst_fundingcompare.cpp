// Comparing a funding donut between editions: which donuts match, the colour order shared
// by both donuts, and the B − A amounts of the delta bars.

#include "database.h"
#include "fundingcompare.h"
#include "fundingshares.h"
#include "queries.h"
#include "testutil.h"

#include <QSet>
#include <QTest>

using namespace TrendScope;

namespace {

CompareSlice slice(const QString &label, std::optional<double> yuan, bool remainder = false)
{
    return {label, yuan, remainder};
}

} // namespace

class TestFundingCompare : public QObject
{
    Q_OBJECT

private slots:
    void kindIgnoresPeriodAndList_data();
    void kindIgnoresPeriodAndList();
    void kindsOfTheSyntheticEditionsMatch();
    void colourOrderIsAThenNewInB();
    void deltasAreBMinusASorted();
    void deltasLeaveOutRemaindersAndUnstatedAmounts();
};

void TestFundingCompare::kindIgnoresPeriodAndList_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("kind");
    QTest::newRow("companies") << QStringLiteral("companies|direction|2023|投融资 · TOP10")
                               << QStringLiteral("companies|direction");
    QTest::newRow("rounds") << QStringLiteral("companies|round|2024|SYNTHETIC · 2024 TOP10")
                            << QStringLiteral("companies|round");
    QTest::newRow("domain") << QStringLiteral("domain|2023-01|2023-11|人工智能")
                            << QStringLiteral("domain|人工智能");
    QTest::newRow("unknown") << QStringLiteral("other") << QStringLiteral("other");
}

void TestFundingCompare::kindIgnoresPeriodAndList()
{
    QFETCH(QString, key);
    QFETCH(QString, kind);
    QCOMPARE(fundingChartKind(key), kind);
}

// The keys buildFundingShares writes for editions 1 and 3 of the synthetic fixture: the
// company donuts of both match, kind for kind.
void TestFundingCompare::kindsOfTheSyntheticEditionsMatch()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    const Queries queries(*db);
    const FundingShares shares
        = buildFundingShares(queries.fundingTotals(), queries.fundingCompanies());
    QHash<qint64, QSet<QString>> kinds;
    for (const FundingShare &s : shares)
        kinds[s.provenance.editionId].insert(fundingChartKind(s.chartKey));
    const QSet<QString> companies {
        QStringLiteral("companies|direction"), QStringLiteral("companies|round")};
    QVERIFY(kinds.value(1).contains(companies));
    QCOMPARE(kinds.value(3), companies);
    QVERIFY(kinds.value(1).contains(QStringLiteral("domain|人工智能")));
}

void TestFundingCompare::colourOrderIsAThenNewInB()
{
    const QList<CompareSlice> a {slice(QStringLiteral("智谱AI"), 2.5e9),
        slice(QStringLiteral("百川智能"), 2.1e9), slice(QStringLiteral("小马智行"), 0.7e9)};
    const QList<CompareSlice> b {slice(QStringLiteral("百川智能"), 3.0e9),
        slice(QStringLiteral("合成公司乙"), 1.3e9), slice(QStringLiteral("智谱AI"), 2.8e9)};
    QCOMPARE(compareColourOrder(a, b),
        (QStringList {QStringLiteral("智谱AI"), QStringLiteral("百川智能"),
            QStringLiteral("小马智行"), QStringLiteral("合成公司乙")}));
    // The same company has the same index whichever donut reads it.
    const QStringList order = compareColourOrder(a, b);
    QCOMPARE(order.indexOf(QStringLiteral("百川智能")), 1);
}

void TestFundingCompare::deltasAreBMinusASorted()
{
    const QList<CompareSlice> a {slice(QStringLiteral("智谱AI"), 2.5e9),
        slice(QStringLiteral("百川智能"), 2.1e9), slice(QStringLiteral("小马智行"), 0.7e9)};
    const QList<CompareSlice> b {slice(QStringLiteral("百川智能"), 3.0e9),
        slice(QStringLiteral("合成公司乙"), 1.3e9), slice(QStringLiteral("智谱AI"), 2.8e9)};
    const QList<FundingDelta> deltas = fundingDeltas(a, b);
    QStringList labels;
    QList<double> values;
    for (const FundingDelta &d : deltas) {
        labels.append(d.label);
        values.append(d.delta());
    }
    QCOMPARE(labels,
        (QStringList {QStringLiteral("合成公司乙"), QStringLiteral("百川智能"),
            QStringLiteral("智谱AI"), QStringLiteral("小马智行")}));
    QCOMPARE(values, (QList<double> {1.3e9, 0.9e9, 0.3e9, -0.7e9}));
    QVERIFY(!deltas.first().inA && deltas.first().inB);
    QVERIFY(deltas.last().inA && !deltas.last().inB);
}

void TestFundingCompare::deltasLeaveOutRemaindersAndUnstatedAmounts()
{
    const QList<CompareSlice> a {slice(QStringLiteral("人工智能"), 1.788e10),
        slice(QStringLiteral("Other"), 2.3e10, true), slice(QStringLiteral("无金额"), {})};
    const QList<CompareSlice> b {slice(QStringLiteral("人工智能"), 2.0e10)};
    const QList<FundingDelta> deltas = fundingDeltas(a, b);
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(deltas.first().label, QStringLiteral("人工智能"));
    QCOMPARE(deltas.first().delta(), 2.0e10 - 1.788e10);
}

QTEST_MAIN(TestFundingCompare)
#include "tst_fundingcompare.moc"
