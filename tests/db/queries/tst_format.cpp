#include "format.h"
#include "markingtranslator.h"

#include "qualifier.h"
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
    void count_data();
    void count();
    void yesNo();
    void listInTheLanguage();
    void dateInTheLanguage_data();
    void dateInTheLanguage();
    void yi_data();
    void yi();
    void citation();
    void sourceLines();
    void figure_data();
    void figure();
    void qualified_data();
    void qualified();
    void everyQualifierHasItsOwnName();
    void storedCodesAsWords();
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
    QCOMPARE(Format::text(QStringLiteral("阿里云")), QStringLiteral("阿里云"));
}

void TestFormat::score()
{
    QCOMPARE(Format::score(72.58), QStringLiteral("72.58"));
    QCOMPARE(Format::score(70.0), QStringLiteral("70.00"));
}

void TestFormat::count_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("billions") << 175e9 << "175 B"
                              << "1,750亿";
    QTest::newRow("trillions") << 1.4e12 << "1.4 T"
                               << "1.4万亿";
    QTest::newRow("millions") << 340e6 << "340 M"
                              << "3.4亿";
    QTest::newRow("ten thousands") << 25e3 << "25,000"
                                   << "2.5万";
    QTest::newRow("small") << 768.0 << "768"
                           << "768";
}

void TestFormat::count()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QFETCH(QString, chinese);
    QCOMPARE(Format::count(value), text);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString inChinese = Format::count(value);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(inChinese, chinese);
}

void TestFormat::yesNo()
{
    QCOMPARE(Format::yesNo(true), QStringLiteral("yes"));
    QCOMPARE(Format::yesNo(false), QStringLiteral("no"));
}

void TestFormat::listInTheLanguage()
{
    const QStringList items {QStringLiteral("GPT-4"), QStringLiteral("文心一言")};
    QCOMPARE(Format::list(items), QStringLiteral("GPT-4, 文心一言"));
    QCOMPARE(Format::list({QStringLiteral("GPT-4")}), QStringLiteral("GPT-4"));
    QCOMPARE(Format::list({}), QString());
    // The separator is the language's own: "、" in Chinese (trendscope_zh_CN.ts).
    MarkingTranslator translator("Format");
    QCoreApplication::installTranslator(&translator);
    const QString marked = Format::list(items);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(marked, QStringLiteral("GPT-4[, ]文心一言"));
}

void TestFormat::dateInTheLanguage_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("day") << "2023-04-26"
                         << "26 Apr 2023"
                         << "2023年4月26日";
    QTest::newRow("month") << "2023-04"
                           << "Apr 2023"
                           << "2023年4月";
    QTest::newRow("year") << "2023"
                          << "2023"
                          << "2023年";
    QTest::newRow("not a date: as it is") << "2023-13-40"
                                          << "2023-13-40"
                                          << "2023-13-40";
    QTest::newRow("free text: as it is") << "2023 H1"
                                         << "2023 H1"
                                         << "2023 H1";
}

void TestFormat::dateInTheLanguage()
{
    QFETCH(QString, iso);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(Format::date(iso), english);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString inChinese = Format::date(iso);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(inChinese, chinese);
}

// 亿 in Chinese, as the reports write amounts; the same digits in billions in English.
void TestFormat::yi_data()
{
    QTest::addColumn<double>("yuan");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("whole") << 25e8 << "2.5 bn yuan"
                           << "25亿元";
    QTest::newRow("two decimals below 100亿") << 1.35e8 << "0.135 bn yuan"
                                              << "1.35亿元";
    QTest::newRow("one decimal above") << 409.54e8 << "40.95 bn yuan"
                                       << "409.5亿元";
    QTest::newRow("thousands grouped") << 12345.6e8 << "1,234.56 bn yuan"
                                       << "12,345.6亿元";
}

void TestFormat::yi()
{
    QFETCH(double, yuan);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(Format::yi(yuan), english);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString inChinese = Format::yi(yuan);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(inChinese, chinese);
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

    // The status is a stored code, worded in the interface language like every other word.
    MarkingTranslator translator("Format");
    QCoreApplication::installTranslator(&translator);
    const QString marked = Format::sourceLines(provenance);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(marked.contains(QStringLiteral("· 融资 ([stated])")), qPrintable(marked));
}

void TestFormat::figure_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("yuan") << 18e9 << "yuan"
                          << "18 bn yuan"
                          << "180亿元";
    QTest::newRow("USD") << 50e9 << "USD"
                         << "50 bn USD"
                         << "500亿美元";
    QTest::newRow("small USD") << 1000.0 << "USD"
                               << "1,000 USD"
                               << "1,000 USD";
    QTest::newRow("EFLOPS") << 300.0 << "EFLOPS"
                            << "300 EFLOPS"
                            << "300 EFLOPS";
    QTest::newRow("percent keeps its digits") << 63.95 << "%"
                                              << "63.95%"
                                              << "63.95%";
    QTest::newRow("rate keeps every digit") << 7.0366 << "CNY per USD"
                                            << "7.0366 CNY per USD"
                                            << "7.0366 CNY per USD";
    QTest::newRow("count") << 160.0 << "count"
                           << "160"
                           << "160";
    QTest::newRow("negative points") << -8.71 << "percentage points"
                                     << "-8.71 percentage points"
                                     << "-8.71 percentage points";
    QTest::newRow("parameters") << 50e9 << "parameters"
                                << "50 bn parameters"
                                << "500亿参数";
    QTest::newRow("top N") << 2.0 << "top N"
                           << "top 2"
                           << "top 2";
}

void TestFormat::figure()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(Format::figure(value, unit), english);
    // Unit words go through translation ("人民币/美元"); symbols do not.
    MarkingTranslator translator("Format");
    QCoreApplication::installTranslator(&translator);
    const QString marked = Format::figure(value, unit);
    QCoreApplication::removeTranslator(&translator);
    for (const char *word : {"CNY per USD", "percentage points"})
        if (unit == QLatin1String(word))
            QVERIFY2(marked.endsWith(QStringLiteral("[%1]").arg(unit)), qPrintable(marked));
    if (unit == QLatin1String("EFLOPS"))
        QCOMPARE(marked, english);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString inChinese = Format::figure(value, unit);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(inChinese, chinese);
}

void TestFormat::qualified_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << "35%"
                           << "exact"
                           << "35%";
    QTest::newRow("approximately") << "180亿元"
                                   << "approximately"
                                   << "≈180亿元";
    QTest::newRow("more than") << "300 EFLOPS"
                               << "more_than"
                               << ">300 EFLOPS";
    QTest::newRow("at least") << "70"
                              << "at_least"
                              << "≥70";
    QTest::newRow("at most") << "5"
                             << "at_most"
                             << "≤5";
    QTest::newRow("up to") << "40%"
                           << "up_to"
                           << "up to 40%";
    QTest::newRow("plus") << "160"
                          << "plus"
                          << "160+";
    QTest::newRow("no qualifier stored") << "12"
                                         << ""
                                         << "12";
    QTest::newRow("unknown code is shown, not dropped") << "12"
                                                        << "roughly"
                                                        << "roughly 12";
}

void TestFormat::qualified()
{
    QFETCH(QString, value);
    QFETCH(QString, qualifier);
    QFETCH(QString, expected);
    QCOMPARE(Format::qualified(value, qualifier), expected);
    if (const auto q = qualifierFromCode(qualifier))
        QCOMPARE(Format::qualified(value, *q), expected);
}

void TestFormat::everyQualifierHasItsOwnName()
{
    QStringList names;
    for (const QString &code : qualifierCodes()) {
        const auto q = qualifierFromCode(code);
        QVERIFY(q);
        QCOMPARE(qualifierCode(*q), code);
        const QString name = Format::qualifierName(*q);
        QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(code));
        names.append(name);
    }
    QVERIFY(!qualifierFromCode(QStringLiteral("roughly")));
}

// Codes the dataset stores (a qualifier) worded for people through the translation; text that
// is no such code stays as it is.
void TestFormat::storedCodesAsWords()
{
    auto words = [] {
        return QStringList {Format::qualifierName(QStringLiteral("at_least")),
            Format::qualifierName(QStringLiteral("roughly"))};
    };
    QCOMPARE(words(), QStringList({"≥ at least", "roughly"}));
    MarkingTranslator translator("Format");
    QCoreApplication::installTranslator(&translator);
    const QStringList marked = words();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(marked, QStringList({"[≥ at least]", "roughly"}));
}

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
