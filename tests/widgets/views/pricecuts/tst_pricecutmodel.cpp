#include "database.h"
#include "explorerfilterproxy.h"
#include "markingtranslator.h"
#include "pricecutmodel.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace TrendScope;

// Fixture: three vendors, four cuts (one month-precision, one without any percent, one in
// another year, one undated).
static const char *const Fixture = R"(
DELETE FROM price_cut;
INSERT INTO organization (id, name, name_en) VALUES (9001, '测试云甲', 'Test Cloud A'), (9002, '测试云乙', 'Test Cloud B'), (9003, '测试云丙', NULL);
INSERT INTO price_cut (id, organization_id, announced, effective, products, min_percent, max_percent, source_id, section, quote, note) VALUES
 (1, 9001, '2023-04-26', NULL, '核心产品', 15, 50, 1, '降价潮', '降价15%至50%', NULL),
 (2, 9002, '2023-05', '2023-06-01', '多款产品', NULL, 40, 1, '降价潮', '最高降幅达40%', 'month only'),
 (3, 9003, '2022-11-01', NULL, '全系产品', NULL, NULL, 2, '比价', '全网比价', NULL),
 (4, 9001, NULL, NULL, '存储', 20, 20, 1, '降价潮', NULL, NULL)
)";

class TestPriceCutModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queryReadsFixture();
    void modelAndProxyPassTester();
    void cutLabels_data();
    void cutLabels();
    void columnsAndRoles();
    void yearFilterNarrows_data();
    void yearFilterNarrows();

private:
    PriceCutRows m_rows;
};

void TestPriceCutModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // dates: "1 Jun 2023"
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    QString queryError;
    m_rows = Queries(*db).priceCuts(&queryError);
    QVERIFY2(queryError.isEmpty(), qPrintable(queryError));
}

void TestPriceCutModel::queryReadsFixture()
{
    QCOMPARE(m_rows.size(), 4);
    // Oldest announcement first, undated last.
    QCOMPARE(m_rows.at(0).id, 3);
    QCOMPARE(m_rows.at(1).id, 1);
    QCOMPARE(m_rows.at(2).id, 2);
    QCOMPARE(m_rows.at(3).id, 4);
    const PriceCutRow &b = m_rows.at(2);
    QCOMPARE(b.vendor, QStringLiteral("测试云乙"));
    QCOMPARE(b.vendorEn, QStringLiteral("Test Cloud B"));
    QCOMPARE(b.announced, QStringLiteral("2023-05"));
    QCOMPARE(b.effective, QStringLiteral("2023-06-01"));
    QVERIFY(!b.minPercent);
    QCOMPARE(*b.maxPercent, 40.0);
    QCOMPARE(b.provenance.sourceCode, QStringLiteral("infoq-2023"));
    QCOMPARE(b.provenance.quote, QStringLiteral("最高降幅达40%"));
    QCOMPARE(b.provenance.status, QStringLiteral("stated"));
}

void TestPriceCutModel::modelAndProxyPassTester()
{
    PriceCutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(PriceCutModel::MaxPercentColumn, Qt::DescendingOrder);
    Filter filter;
    filter.yearFrom = filter.yearTo = 2023;
    proxy.setFilter(filter);
    filter.search = QStringLiteral("test cloud b");
    proxy.setFilter(filter);
    proxy.setFilter(Filter {});
    model.setRows(m_rows.mid(1, 2));
    model.setRows({});
}

void TestPriceCutModel::cutLabels_data()
{
    QTest::addColumn<QVariant>("minPercent");
    QTest::addColumn<QVariant>("maxPercent");
    QTest::addColumn<QString>("label");
    QTest::newRow("range") << QVariant(15.0) << QVariant(50.0) << QStringLiteral("15–50%");
    QTest::newRow("only max") << QVariant() << QVariant(40.0) << QStringLiteral("up to 40%");
    QTest::newRow("only min") << QVariant(10.0) << QVariant() << QStringLiteral("≥10%");
    QTest::newRow("one figure") << QVariant(60.0) << QVariant(60.0) << QStringLiteral("60%");
    QTest::newRow("fraction") << QVariant(12.5) << QVariant(30.0) << QStringLiteral("12.5–30%");
    QTest::newRow("neither") << QVariant() << QVariant() << QStringLiteral("not stated");
}

void TestPriceCutModel::cutLabels()
{
    QFETCH(QVariant, minPercent);
    QFETCH(QVariant, maxPercent);
    QFETCH(QString, label);
    auto optional = [](const QVariant &v) {
        return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    QCOMPARE(PriceCutModel::cutLabel(optional(minPercent), optional(maxPercent)), label);
}

void TestPriceCutModel::columnsAndRoles()
{
    PriceCutModel model;
    model.setRows(m_rows);
    QCOMPARE(model.columnCount(), int(PriceCutModel::ColumnCount));
    const int b = 2;
    QCOMPARE(
        model.index(b, PriceCutModel::VendorColumn).data().toString(), QStringLiteral("测试云乙"));
    // Dates as the language writes them; sorted by the ISO date.
    QCOMPARE(model.index(b, PriceCutModel::AnnouncedColumn).data().toString(),
        QStringLiteral("May 2023"));
    QCOMPARE(model.index(b, PriceCutModel::EffectiveColumn).data().toString(),
        QStringLiteral("1 Jun 2023"));
    QCOMPARE(model.index(b, PriceCutModel::EffectiveColumn).data(SortRole).toString(),
        QStringLiteral("2023-06-01"));
    QCOMPARE(model.index(b, PriceCutModel::MinPercentColumn).data().toString(),
        QStringLiteral("not stated"));
    QCOMPARE(
        model.index(b, PriceCutModel::MaxPercentColumn).data().toString(), QStringLiteral("40%"));
    QCOMPARE(model.index(b, PriceCutModel::MaxPercentColumn).data(SortRole).toDouble(), 40.0);
    QCOMPARE(model.index(b, PriceCutModel::MinPercentColumn).data(SortRole).toDouble(), -1.0);
    const QModelIndex index = model.index(b, 0);
    QCOMPARE(index.data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::PriceCut, 2}));
    QCOMPARE(index.data(OrganizationEntityRole).value<EntityRef>(),
        (EntityRef {EntityKind::Organization, 9002}));
    QCOMPARE(index.data(OrganizationNameRole).toString(), QStringLiteral("测试云乙"));
    QCOMPARE(index.data(DateRole).toString(), QStringLiteral("2023-05"));
    QCOMPARE(index.data(SecondDateRole).toString(), QStringLiteral("2023-06-01"));
    QCOMPARE(index.data(LabelRole).toString(), QStringLiteral("up to 40%"));
    QCOMPARE(index.data(ValueRole).toDouble(), 40.0);
    QVERIFY(!model.index(1, 0).data(ValueRole).isNull());
    QVERIFY(!model.index(0, 0).data(ValueRole).isValid()); // no percent stated
    QCOMPARE(model.index(0, 0).data(LabelRole).toString(), QStringLiteral("not stated"));
    QCOMPARE(model.index(3, PriceCutModel::AnnouncedColumn).data().toString(),
        QStringLiteral("not stated"));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("up to 40%")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("中国技术趋势")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("最高降幅达40%")), qPrintable(tip));
    // The vendor and its cut through the language's words (Chinese: "测试云乙：降价 最高 40%").
    MarkingTranslator marking("TrendScope::PriceCutModel");
    QCoreApplication::installTranslator(&marking);
    const QString marked = index.data(Qt::ToolTipRole).toString();
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(marked.startsWith(QStringLiteral("[测试云乙 (Test Cloud B): price cut up to 40%]")),
        qPrintable(marked));
}

void TestPriceCutModel::yearFilterNarrows_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("no filter") << 0 << 0 << QString() << QList<qint64> {3, 1, 2, 4};
    QTest::newRow("2023") << 2023 << 2023 << QString() << QList<qint64> {1, 2};
    QTest::newRow("2022") << 2022 << 2022 << QString() << QList<qint64> {3};
    QTest::newRow("from 2022") << 2022 << 0 << QString() << QList<qint64> {3, 1, 2};
    QTest::newRow("english name") << 0 << 0 << QStringLiteral("test cloud a")
                                  << QList<qint64> {1, 4};
    QTest::newRow("products") << 0 << 0 << QStringLiteral("全系") << QList<qint64> {3};
}

void TestPriceCutModel::yearFilterNarrows()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, search);
    QFETCH(QList<qint64>, ids);
    PriceCutModel model;
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    Filter filter;
    filter.yearFrom = from;
    filter.yearTo = to;
    filter.search = search;
    proxy.setFilter(filter);
    QList<qint64> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(EntityRole).value<EntityRef>().id);
    QCOMPARE(shown, ids);
}

QTEST_MAIN(TestPriceCutModel)
#include "tst_pricecutmodel.moc"
