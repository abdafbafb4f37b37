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
    void chineseByPinyin();
    void digitsByValue();
    void textsInTheLocalesOrder();
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

void TestSortOrder::chineseByPinyin()
{
    // Code order is 百 (U+767E) < 腾 (U+817E) < 阿 (U+963F); pinyin is a < b < t < z.
    const QVariantList names {QStringLiteral("腾讯"), QStringLiteral("阿里巴巴"),
        QStringLiteral("字节跳动"), QStringLiteral("百度")};
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QCOMPARE(
        sortedRows(
            int(names.size()), [&](int row) { return names.at(row); }, Qt::AscendingOrder, chinese),
        (std::vector<int> {1, 3, 0, 2}));
    QCOMPARE(sortedRows(
                 int(names.size()), [&](int row) { return names.at(row); }, Qt::DescendingOrder,
                 chinese),
        (std::vector<int> {2, 0, 3, 1}));
    // The default locale (the interface language's) decides when none is given.
    QLocale::setDefault(chinese);
    QCOMPARE(order(names), (std::vector<int> {1, 3, 0, 2}));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(order(names), (std::vector<int> {2, 3, 0, 1})); // not pinyin: 字 百 腾 阿
}

void TestSortOrder::digitsByValue()
{
    QCOMPARE(order({QStringLiteral("Org 10"), QStringLiteral("Org 2"), QStringLiteral("Org 1")}),
        (std::vector<int> {2, 1, 0}));
}

void TestSortOrder::textsInTheLocalesOrder()
{
    QStringList texts {QStringLiteral("腾讯"), QStringLiteral("Org 10"), QStringLiteral("阿里"),
        QStringLiteral("百度"), QStringLiteral("Org 9")};
    sortTexts(texts, QLocale(QLocale::Chinese, QLocale::China));
    // Chinese collation puts Han (by pinyin) before Latin letters.
    QCOMPARE(texts,
        (QStringList {QStringLiteral("阿里"), QStringLiteral("百度"), QStringLiteral("腾讯"),
            QStringLiteral("Org 9"), QStringLiteral("Org 10")}));
    QStringList none;
    sortTexts(none);
    QVERIFY(none.isEmpty());
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
