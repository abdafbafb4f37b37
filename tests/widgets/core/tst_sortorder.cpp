#include "sortorder.h"

#include <QLocale>
#include <QTest>

using namespace TrendScope;

class TestSortOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void numbersAsNumbers();
    void missingLastAscendingFirstDescending();
    void textByCollation();
    void equalValuesKeepTheirOrder();
    void noRows();
};

namespace {

std::vector<int> order(const QVariantList &values, Qt::SortOrder sortOrder = Qt::AscendingOrder)
{
    return sortedRows(
        int(values.size()), [&](int row) { return values.at(row); }, sortOrder);
}

} // namespace

void TestSortOrder::numbersAsNumbers()
{
    // As text "10" < "9"; as numbers 9 < 10. Integers, reals and bools compare as one kind.
    QCOMPARE(order({10, 9.5, qlonglong(-3), true}), (std::vector<int> {2, 3, 1, 0}));
    QCOMPARE(order({10, 9.5, qlonglong(-3)}, Qt::DescendingOrder), (std::vector<int> {0, 1, 2}));
}

void TestSortOrder::missingLastAscendingFirstDescending()
{
    const QVariantList values {QVariant(), 2, QStringLiteral("a"), 1};
    QCOMPARE(order(values), (std::vector<int> {3, 1, 2, 0}));
    QCOMPARE(order(values, Qt::DescendingOrder), (std::vector<int> {0, 2, 1, 3}));
}

void TestSortOrder::textByCollation()
{
    // Code order would put "Zhipu" before "baichuan"; collation ignores case.
    QCOMPARE(
        order({QStringLiteral("Zhipu"), QStringLiteral("baichuan"), QStringLiteral("Moonshot")}),
        (std::vector<int> {1, 2, 0}));
    // ISO dates of any precision: code order, which is date order.
    QCOMPARE(
        order({QStringLiteral("2024-05"), QStringLiteral("2023"), QStringLiteral("2024-04-30")}),
        (std::vector<int> {1, 2, 0}));
}

void TestSortOrder::equalValuesKeepTheirOrder()
{
    QCOMPARE(order({1, 0, 1, 0, 1}), (std::vector<int> {1, 3, 0, 2, 4}));
    QCOMPARE(order({1, 0, 1, 0, 1}, Qt::DescendingOrder), (std::vector<int> {0, 2, 4, 1, 3}));
}

void TestSortOrder::noRows()
{
    QVERIFY(order({}).empty());
}

QTEST_GUILESS_MAIN(TestSortOrder)
#include "tst_sortorder.moc"
