#include "database.h"
#include "datasetchecker.h"
#include "language.h"
#include "serverdataset.h"
#include "serverlocation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace TrendScope;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void fromName_data();
    void fromName();
    void fromEnvironment_data();
    void fromEnvironment();
    void requested_data();
    void requested();
    void installsTrendScopesAndQtsTranslations();
    void installsTheLanguagesLocale();
    void datasetMessagesInChinese();
    void englishHasPluralForms();
    void refusesALanguageNotShipped();
};

void TestLanguage::cleanup()
{
    Language::install(QLatin1String(Language::English));
}

void TestLanguage::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << "zh"
                        << "zh_CN";
    QTest::newRow("zh_CN.UTF-8") << "zh_CN.UTF-8"
                                 << "zh_CN";
    QTest::newRow("zh-Hans-CN") << "zh-Hans-CN"
                                << "zh_CN";
    QTest::newRow("zh_TW: Simplified, the one Chinese shipped") << "zh_TW"
                                                                << "zh_CN";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("en_GB.UTF-8") << "en_GB.UTF-8"
                                 << "en";
    QTest::newRow("C") << "C"
                       << "";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLanguage::fromName()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QCOMPARE(Language::fromName(name), language);
}

void TestLanguage::fromEnvironment_data()
{
    QTest::addColumn<QString>("languageVar");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::newRow("LANG zh") << ""
                             << ""
                             << "zh_CN.UTF-8"
                             << "zh_CN";
    QTest::newRow("LANG en") << ""
                             << ""
                             << "en_US.UTF-8"
                             << "en";
    QTest::newRow("LANGUAGE list, first shipped wins") << "fr:zh_CN:en"
                                                       << ""
                                                       << "en_US.UTF-8"
                                                       << "zh_CN";
    QTest::newRow("LC_ALL before LANG") << ""
                                        << "C.UTF-8"
                                        << "zh_CN.UTF-8"
                                        << "en";
    QTest::newRow("LC_ALL zh") << ""
                               << "zh_CN.UTF-8"
                               << "C"
                               << "zh_CN";
    QTest::newRow("a language not shipped: English") << ""
                                                     << ""
                                                     << "fr_FR.UTF-8"
                                                     << "en";
}

void TestLanguage::fromEnvironment()
{
    QFETCH(QString, languageVar);
    QFETCH(QString, lcAll);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    const QByteArray saved[]
        = {qgetenv("LANGUAGE"), qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG")};
    auto set = [](const char *name, const QString &value) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    };
    set("LANGUAGE", languageVar);
    set("LC_ALL", lcAll);
    qunsetenv("LC_MESSAGES");
    set("LANG", lang);
    const QString found = Language::fromEnvironment();
    set("LANGUAGE", QString::fromUtf8(saved[0]));
    set("LC_ALL", QString::fromUtf8(saved[1]));
    set("LC_MESSAGES", QString::fromUtf8(saved[2]));
    set("LANG", QString::fromUtf8(saved[3]));
    QCOMPARE(found, language);
}

void TestLanguage::requested_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("asked"); // "(none)" when --lang is not given
    QTest::newRow("none") << QStringList {"trendscope", "--help"} << "(none)";
    QTest::newRow("separate") << QStringList {"trendscope", "--lang", "zh_CN", "--help"} << "zh_CN";
    QTest::newRow("joined") << QStringList {"trendscope", "--help", "--lang=en"} << "en";
    QTest::newRow("empty") << QStringList {"trendscope", "--lang="} << "";
    QTest::newRow("last wins") << QStringList {"trendscope", "--lang", "en", "--lang", "zh"}
                               << "zh";
    QTest::newRow("no value") << QStringList {"trendscope", "--lang"} << "(none)";
    QTest::newRow("after --") << QStringList {"trendscope", "--", "--lang", "zh_CN"} << "(none)";
}

void TestLanguage::requested()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, asked);
    const std::optional<QString> value = Language::requested(arguments);
    QCOMPARE(value.value_or(QStringLiteral("(none)")), asked);
}

void TestLanguage::installsTrendScopesAndQtsTranslations()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
    QCOMPARE(
        QCoreApplication::translate("TrendScope::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("Format", "not stated"), QStringLiteral("未说明"));
    // Qt's own texts (dialog buttons) come from qtbase_zh_CN (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    // Installing again replaces the translators instead of stacking them.
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(
        QCoreApplication::translate("TrendScope::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguage::installsTheLanguagesLocale()
{
    // Collation and dates follow QLocale(): pinyin order and Chinese month names under zh_CN.
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(QStringLiteral("阿里").localeAwareCompare(QStringLiteral("百度")) < 0);
    QCOMPARE(QLocale().monthName(4, QLocale::ShortFormat), QStringLiteral("4月"));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().monthName(4, QLocale::ShortFormat), QStringLiteral("Apr"));
    // Code order (and root collation) puts 百 (U+767E) before 阿 (U+963F).
    QVERIFY(QStringLiteral("阿里").localeAwareCompare(QStringLiteral("百度")) > 0);
}

void TestLanguage::datasetMessagesInChinese()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const auto error = Database::validateFile(QStringLiteral("/nonexistent/x.sqlite"));
    QVERIFY(error);
    QCOMPARE(error->message(), QStringLiteral("无法打开 /nonexistent/x.sqlite：文件不存在"));
    const Problem finding {QStringLiteral("leaderboard_entry"), 3,
        QCoreApplication::translate("TrendScope::DatasetChecker", "provenance: no section"), true};
    QCOMPARE(finding.text(), QStringLiteral("leaderboard_entry 第 3 行：警告：出处：没有章节"));
    // A shared dataset's messages too (ServerDataset), refused before any connection.
    const auto pulled
        = ServerDataset::pull(ServerLocation(), QStringLiteral("/nonexistent/p.sqlite"));
    QVERIFY(pulled);
    QCOMPARE(pulled->message(),
        QStringLiteral("无法打开 /nonexistent/p.sqlite：文件夹 /nonexistent 不存在"));
}

void TestLanguage::englishHasPluralForms()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    const char *text = "%1: %n change(s), newest first.";
    QCOMPARE(QCoreApplication::translate("TrendScope::HistoryPanel", text, nullptr, 1),
        QStringLiteral("%1: 1 change, newest first."));
    QCOMPARE(QCoreApplication::translate("TrendScope::HistoryPanel", text, nullptr, 3),
        QStringLiteral("%1: 3 changes, newest first."));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("TrendScope::HistoryPanel", text, nullptr, 3),
        QStringLiteral("%1：3 次更改，最新的在前。"));
}

void TestLanguage::refusesALanguageNotShipped()
{
    QVERIFY(!Language::install(QStringLiteral("fr")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
