#include "sortorder.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <numeric>

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
    void repeatedTextsInTheOrderOfEachPair_data();
    void repeatedTextsInTheOrderOfEachPair();
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

void TestSortOrder::repeatedTextsInTheOrderOfEachPair_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("pool");
    const QStringList names {QStringLiteral("百度"), QStringLiteral("阿里云"),
        QStringLiteral("Org 10"), QStringLiteral("Org 2"), QStringLiteral("org 2"),
        QStringLiteral("caf\u00e9"), QStringLiteral("cafe\u0301"), QStringLiteral("Zhipu"),
        QStringLiteral("智谱"), QString()};
    QTest::newRow("names, English") << QLocale(QLocale::English) << names;
    QTest::newRow("names, Chinese") << QLocale(QLocale::Chinese, QLocale::China) << names;
    QTest::newRow("dates") << QLocale(QLocale::English)
                           << QStringList {QStringLiteral("2024-05"), QStringLiteral("2023"),
                                  QStringLiteral("2024-05-15"), QStringLiteral("2024-12")};
}

// Texts are ranked once each: the order must be the one comparing each pair of rows' texts
// by the collation gives (code order for dates), ties kept stable, in both directions.
void TestSortOrder::repeatedTextsInTheOrderOfEachPair()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, pool);
    QVariantList values;
    for (int row = 0; row < 3000; ++row) {
        const int pick = (row * 7919 + row / 13) % (int(pool.size()) + 2);
        if (pick < pool.size())
            values.append(pool.at(pick));
        else if (pick == pool.size())
            values.append(QVariant()); // missing
        else
            values.append(row % 5); // a number among the texts
    }
    QCollator collator(locale);
    collator.setNumericMode(true);
    const bool dates = std::all_of(pool.cbegin(), pool.cend(),
        [](const QString &t) { return !t.isEmpty() && t.at(0).isDigit(); });
    auto rank = [](const QVariant &v) {
        return !v.isValid() ? 2 : v.typeId() == QMetaType::Int ? 0 : 1;
    };
    auto less = [&](int a, int b) {
        const QVariant &x = values.at(a);
        const QVariant &y = values.at(b);
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        if (rank(x) == 0)
            return x.toInt() < y.toInt();
        if (rank(x) == 1)
            return dates ? x.toString() < y.toString()
                         : collator.compare(x.toString(), y.toString()) < 0;
        return false;
    };
    for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        std::vector<int> expected(size_t(values.size()));
        std::iota(expected.begin(), expected.end(), 0);
        if (direction == Qt::AscendingOrder)
            std::stable_sort(expected.begin(), expected.end(), less);
        else
            std::stable_sort(
                expected.begin(), expected.end(), [&](int a, int b) { return less(b, a); });
        const std::vector<int> rows = sortedRows(
            int(values.size()), [&](int row) { return values.at(row); }, direction, locale);
        QCOMPARE(rows, expected);
    }
}

QTEST_GUILESS_MAIN(TestSortOrder)
#include "tst_sortorder.moc"
