#include "format.h"

#include "types.h"

#include <QLocale>
#include <QTest>

using namespace TrendScope;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void percent_data();
    void percent();
    void missingValuesAreNotStated();
    void score();
    void yi_data();
    void yi();
    void citation();
    void sourceLines();
};

void TestFormat::initTestCase()
{
    // The figures below are written the way US English writes them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFormat::percent_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 15.0 << "15%";
    QTest::newRow("one decimal") << 12.5 << "12.5%";
    QTest::newRow("two decimals") << 27.67 << "27.67%";
    QTest::newRow("rounded to two") << 33.3333 << "33.33%";
    QTest::newRow("rounds up") << 0.125 << "0.13%";
    QTest::newRow("negative") << -8.71 << "-8.71%";
    QTest::newRow("tiny negative is zero") << -0.001 << "0%";
    QTest::newRow("hundred") << 100.0 << "100%";
}

void TestFormat::percent()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Format::percent(value), text);
    QCOMPARE(Format::percent(std::optional<double>(value)), text);
}

void TestFormat::missingValuesAreNotStated()
{
    QCOMPARE(Format::percent(std::optional<double>()), QStringLiteral("not stated"));
    QCOMPARE(Format::score(std::nullopt), QStringLiteral("not stated"));
    QCOMPARE(Format::date(QString()), QStringLiteral("not stated"));
    QCOMPARE(Format::text(QString()), QStringLiteral("not stated"));
    QCOMPARE(Format::date(QStringLiteral("2023-04")), QStringLiteral("2023-04"));
    QCOMPARE(Format::text(QStringLiteral("阿里云")), QStringLiteral("阿里云"));
}

void TestFormat::score()
{
    QCOMPARE(Format::score(72.58), QStringLiteral("72.58"));
    QCOMPARE(Format::score(70.0), QStringLiteral("70.00"));
}

void TestFormat::yi_data()
{
    QTest::addColumn<double>("yuan");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 25e8 << "25亿元";
    QTest::newRow("two decimals below 100亿") << 1.35e8 << "1.35亿元";
    QTest::newRow("one decimal above") << 409.54e8 << "409.5亿元";
    QTest::newRow("thousands grouped") << 1234.5e8 << "1,234.5亿元";
}

void TestFormat::yi()
{
    QFETCH(double, yuan);
    QFETCH(QString, text);
    QCOMPARE(Format::yi(yuan), text);
}

void TestFormat::citation()
{
    Provenance provenance;
    provenance.source = QStringLiteral("InfoQ 2023");
    provenance.section = QStringLiteral("融资");
    QCOMPARE(Format::citation(provenance), QStringLiteral("InfoQ 2023 · 融资"));
}

void TestFormat::sourceLines()
{
    Provenance provenance;
    provenance.source = QStringLiteral("InfoQ 2023");
    provenance.section = QStringLiteral("融资");
    provenance.status = QStringLiteral("stated");
    const QString withoutQuote = Format::sourceLines(provenance);
    QCOMPARE(withoutQuote, QStringLiteral("Source: ") + provenance.summary());
    QVERIFY(!withoutQuote.contains(QLatin1Char('\n')));

    provenance.quote = QStringLiteral("融资总额约180亿元");
    QCOMPARE(
        Format::sourceLines(provenance), withoutQuote + QStringLiteral("\n“融资总额约180亿元”"));
}

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
