#include "searchtext.h"

#include <QTest>

using namespace TrendScope;

class TestSearchText : public QObject
{
    Q_OBJECT
private slots:
    void rowsKeepTheirText();
    void hitsPerRowCaseFolded();
    void fullAndHalfWidthAlike_data();
    void fullAndHalfWidthAlike();
    void neverAcrossRows();
    void largeTextOnTwoThreads();
    void clear();
};

void TestSearchText::rowsKeepTheirText()
{
    SearchText text;
    text.append(QStringLiteral("GLM-4 智谱AI"));
    text.append(QString());
    text.append(QStringLiteral("Moonshot"));
    QCOMPARE(text.rows(), 3);
    QCOMPARE(text.text(0).toString(), QStringLiteral("glm-4 智谱ai"));
    QVERIFY(text.text(1).isEmpty());
    QCOMPARE(text.text(2).toString(), QStringLiteral("moonshot"));
}

void TestSearchText::hitsPerRowCaseFolded()
{
    SearchText text;
    for (const char *row : {"GLM-4 智谱AI", "文心一言 百度", "智谱清言", "Kimi"})
        text.append(QString::fromUtf8(row));
    QCOMPARE(text.hits(QStringLiteral("智谱")), (std::vector<char> {1, 0, 1, 0}));
    QCOMPARE(text.hits(QStringLiteral("kimi")), (std::vector<char> {0, 0, 0, 1}));
    QCOMPARE(text.hits(QStringLiteral("none")), (std::vector<char> {0, 0, 0, 0}));
}

void TestSearchText::fullAndHalfWidthAlike_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("search");
    QTest::newRow("full-width search, half-width text") << "OpenAI GPT-4"
                                                        << "ＧＰＴ";
    QTest::newRow("half-width search, full-width text") << "ＧＰＴ－４ Ｔｕｒｂｏ"
                                                        << "gpt-4";
    QTest::newRow("full-width digits") << "文心一言4.0"
                                       << "４.０";
    QTest::newRow("ideographic space") << "百度 文心"
                                       << "百度　文心";
    QTest::newRow("full-width and case") << "Kimi Chat"
                                         << "ＫＩＭＩ";
}

void TestSearchText::fullAndHalfWidthAlike()
{
    QFETCH(QString, row);
    QFETCH(QString, search);
    SearchText text;
    text.append(QStringLiteral("unrelated"));
    text.append(row);
    const QString needle = SearchText::fold(search);
    QCOMPARE(text.hits(needle), (std::vector<char> {0, 1}));
    QVERIFY(text.text(1).contains(needle));
    // Without folding the widths they differ.
    QVERIFY(!row.toCaseFolded().contains(search.toCaseFolded()));
}

void TestSearchText::neverAcrossRows()
{
    SearchText text;
    text.append(QStringLiteral("abc"));
    text.append(QStringLiteral("def"));
    QCOMPARE(text.hits(QStringLiteral("cd")), (std::vector<char> {0, 0}));
    // A needle holding the separator itself matches no joined text either.
    QCOMPARE(text.hits(QStringLiteral("c") + QChar(0xFFFF) + QStringLiteral("d")),
        (std::vector<char> {0, 0}));
}

void TestSearchText::largeTextOnTwoThreads()
{
    // Over the 4 Mi characters from which the halves are searched apart: every row found,
    // including the rows next to the split.
    SearchText text;
    const int rows = 300000;
    for (int row = 0; row < rows; ++row)
        text.append(row % 1000 == 0 ? QStringLiteral("needle row %1").arg(row)
                                    : QStringLiteral("hay row number %1").arg(row));
    const std::vector<char> hits = text.hits(QStringLiteral("needle"));
    QCOMPARE(int(hits.size()), rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(hits[size_t(row)] != 0, row % 1000 == 0);
}

void TestSearchText::clear()
{
    SearchText text;
    text.append(QStringLiteral("x"));
    text.clear();
    QCOMPARE(text.rows(), 0);
    QVERIFY(text.hits(QStringLiteral("x")).empty());
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
