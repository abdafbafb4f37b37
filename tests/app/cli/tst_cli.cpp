#include "clirun.h"
#include "database.h"
#include "savedview.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <sqlite3.h>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void readmeListsTheDeclaredCommands();
    void exportDataAllJson();
    void exportDataCsv();
    void exportDataReadableHeaders_data();
    void exportDataReadableHeaders();
    void exportDataCarriesQualifier();
    void exportChartPng_data();
    void exportChartPng();
    void exportChartSvg();
    void exportChartPdf();
    void exportChartInTheChosenLanguage_data();
    void exportChartInTheChosenLanguage();
    void emptyChartIsWrittenWithAWarning();
    void messagesInTheChosenLanguage_data();
    void messagesInTheChosenLanguage();
    void helpInTheChosenLanguage();
    void windowHelpInTheChosenLanguage_data();
    void windowHelpInTheChosenLanguage();
    void failures_data();
    void failures();
    void checkGoodAndBadFiles();
    void refusesToOverwriteOpenDataset();
    void missingDbIsNotCreated();
    void exportAllViewsAllFormats();
    void exportReport();
    void savedViewsExportHeadless();
    void savedViewFailures();
    void exportViewRowsWithFilters();
    void diskFullKeepsOldFile();

private:
    using Result = TestUtil::CliResult;
    Result run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Result TestCli::run(const QStringList &arguments)
{
    return TestUtil::runCli(*m_dir, arguments);
}

void TestCli::versionAndHelp()
{
    Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("trendscope "));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("export-chart VIEW"));
    QVERIFY(r.out.contains("leaderboard"));
}

// The README's command list and views are the ones --help prints from the verbs' declarations
// and the view registry: a verb or view added in one place and not the other fails here.
void TestCli::readmeListsTheDeclaredCommands()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QStringList help = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    QCOMPARE(help.value(0), QStringLiteral("Usage:"));
    QStringList helpCommands;
    for (qsizetype i = 1; i < help.size() && !help.at(i).isEmpty(); ++i) {
        QVERIFY(help.at(i).startsWith(QStringLiteral("  ")));
        helpCommands.append(help.at(i).mid(2));
    }
    QStringList helpViews;
    for (const QString &line : help)
        if (line.startsWith(QStringLiteral("VIEW: ")))
            helpViews = line.mid(6).split(QStringLiteral(", "));

    QFile file(QStringLiteral(TRENDSCOPE_SOURCE_DIR "/README.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList readme = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const qsizetype section = readme.indexOf(QStringLiteral("## Command line"));
    QVERIFY(section > 0);
    const qsizetype open = readme.indexOf(QStringLiteral("```"), section);
    const qsizetype close = readme.indexOf(QStringLiteral("```"), open + 1);
    QVERIFY(open > section && close > open);
    QCOMPARE(readme.mid(open + 1, close - open - 1), helpCommands);

    QStringList readmeViews;
    for (const QString &line : readme) {
        if (line.startsWith(QStringLiteral("- Views: "))) {
            for (QString view : line.mid(9).split(QStringLiteral(", ")))
                readmeViews.append(view.remove(QLatin1Char('`')).remove(QLatin1Char('.')));
        }
    }
    QCOMPARE(readmeViews, helpViews);
}

void TestCli::exportDataAllJson()
{
    const Result r = run({QStringLiteral("export-data"), QStringLiteral("--all"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(root.contains(QStringLiteral("model")));
    QVERIFY(root.contains(QStringLiteral("change_log")));
    QCOMPARE(root.value(QStringLiteral("leaderboard_entry")).toArray().size(), 11);
    const QJsonArray readable = root.value(QStringLiteral("v_leaderboard")).toArray();
    QCOMPARE(readable.size(), 11);
    bool sawGlm = false;
    for (const QJsonValue &v : readable) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("model")).toString() == QLatin1String("GLM-4")) {
            sawGlm = true;
            QCOMPARE(row.value(QStringLiteral("organization")).toString(),
                QStringLiteral("清华&智谱AI"));
            QCOMPARE(row.value(QStringLiteral("score")).toDouble(), 72.58);
            QCOMPARE(row.value(QStringLiteral("rank")).toInt(), 6);
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("stated"));
        }
    }
    QVERIFY(sawGlm);
}

void TestCli::exportDataCsv()
{
    const QString out = m_dir->filePath(QStringLiteral("lb.csv"));
    Result r = run(
        {QStringLiteral("export-data"), QStringLiteral("v_leaderboard"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--bom")});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 12); // header + 11 rows
    QVERIFY(csv.contains(QStringLiteral("文心一言4.0").toUtf8()));

    const QString dir = m_dir->filePath(QStringLiteral("all"));
    r = run({QStringLiteral("export-data"), QStringLiteral("--all"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--out-dir"), dir});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/v_leaderboard.csv")));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/leaderboard_entry.csv")));
}

// A bounded number is exported with its qualifier as its own field: 300 with "more_than" for
// the report's 超过300EFLOPS, in CSV and in JSON, in the table and its readable view.
// --headers readable: a table's columns headed as the data editor names them, in the language
// of --lang; without it (or with sql) the SQL names scripts read. The rows stay the same.
void TestCli::exportDataReadableHeaders_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("csvHeader"); // the first CSV line starts with it
    QTest::addColumn<QString>("jsonKey"); // a member of every model row
    QTest::newRow("default") << QStringList {} << "id,name,name_en,"
                             << "\"name_en\"";
    QTest::newRow("sql") << QStringList {"--headers", "sql"} << "id,name,name_en,"
                         << "\"name_en\"";
    QTest::newRow("readable, en") << QStringList {"--headers", "readable", "--lang", "en"}
                                  << "Id,Name,English name,"
                                  << "\"English name\"";
    QTest::newRow("readable, zh_CN")
        << QStringList {"--headers", "readable", "--lang", "zh_CN"} << "编号,名称,英文名,"
        << "\"英文名\"";
}

void TestCli::exportDataReadableHeaders()
{
    QFETCH(QStringList, options);
    QFETCH(QString, csvHeader);
    QFETCH(QString, jsonKey);
    Result csv = run(QStringList {"export-data", "model", "--format", "csv"} + options);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY2(QString::fromUtf8(csv.out).startsWith(csvHeader), csv.out.left(200).constData());
    QVERIFY(csv.out.contains("GLM-4"));
    Result json = run(QStringList {"export-data", "model", "--format", "json"} + options);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QVERIFY2(json.out.contains(jsonKey.toUtf8()), json.out.left(400).constData());
    QVERIFY(QJsonDocument::fromJson(json.out).isObject());

    const Result bad = run({"export-data", "model", "--format", "csv", "--headers", "pretty"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("--headers is sql or readable, not \"pretty\""), bad.err.constData());
}

void TestCli::exportDataCarriesQualifier()
{
    Result r = run({"export-data", "v_key_figures", "--format", "csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 42); // header + 41 key figures
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const qsizetype qualifier = header.indexOf("qualifier");
    const qsizetype value = header.indexOf("value");
    QVERIFY2(qualifier > 0 && value > 0, lines.at(0).constData());
    bool sawTarget = false;
    for (const QByteArray &line : lines) {
        if (!line.contains(QStringLiteral(",算力规模,").toUtf8()))
            continue;
        sawTarget = true;
        const QList<QByteArray> cells = line.split(',');
        QCOMPARE(cells.at(value), QByteArray("300"));
        QCOMPARE(cells.at(qualifier), QByteArray("more_than"));
    }
    QVERIFY(sawTarget);

    r = run({"export-data", "key_figure", "v_key_figures", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    for (const char *name : {"key_figure", "v_key_figures"}) {
        QHash<QString, QString> byMetric;
        for (const QJsonValue &v : root.value(QLatin1String(name)).toArray())
            byMetric.insert(v.toObject().value("metric").toString(),
                v.toObject().value("qualifier").toString());
        QCOMPARE(byMetric.size(), 39); // 41 rows; 舆论指数排名 is the metric of three
        QCOMPARE(byMetric.value(QStringLiteral("总融资额")), QStringLiteral("approximately"));
        QCOMPARE(byMetric.value(QStringLiteral("细分技术领域数")), QStringLiteral("plus"));
        QCOMPARE(byMetric.value(QStringLiteral("出现职位变动的人数")), QStringLiteral("at_least"));
        QCOMPARE(byMetric.value(QStringLiteral("智能算力占比")), QStringLiteral("exact"));
    }
}

void TestCli::exportChartPng_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("800x600") << "800x600" << 1 << QSize(800, 600);
    QTest::newRow("slide 1920x1080") << "1920x1080" << 1 << QSize(1920, 1080);
    QTest::newRow("640x360 at 2x") << "640x360" << 2 << QSize(1280, 720);
    QTest::newRow("square at 3x") << "400x400" << 3 << QSize(1200, 1200);
}

void TestCli::exportChartPng()
{
    QFETCH(QString, size);
    QFETCH(int, scale);
    QFETCH(QSize, pixels);
    const QString out = m_dir->filePath(QStringLiteral("chart.png"));
    const Result r = run({QStringLiteral("export-chart"), QStringLiteral("leaderboard"),
        QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), out,
        QStringLiteral("--size"), size, QStringLiteral("--scale"), QString::number(scale)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), pixels);
    // Not blank: many distinct colours (bars, text, axes), and the bar colour is there.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestCli::exportChartSvg()
{
    const QString out = m_dir->filePath(QStringLiteral("chart.svg"));
    const Result r = run({QStringLiteral("export-chart"), QStringLiteral("leaderboard"),
        QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 10); // text stays text
    QVERIFY(svg.contains("AI model leaderboard"));
    QVERIFY(svg.contains(QStringLiteral("文心一言").toUtf8()));
}

// --lang on any verb, before or after it: the chart's title, subtitle and source line are in
// that language; the data stays as the reports wrote it.
void TestCli::exportChartInTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList chart {"export-chart", "leaderboard", "--format", "svg"};
    QTest::newRow("zh_CN") << chart + QStringList {"--lang", "zh_CN"}
                           << QStringList {"AI 大模型榜单", "全部数据，无筛选", "数据来源：",
                                  "文心一言"}
                           << QStringList {"AI model leaderboard", "All rows, no filters"};
    QTest::newRow("zh_CN before the verb")
        << QStringList {"--lang=zh_CN"} + chart << QStringList {"AI 大模型榜单"}
        << QStringList {"AI model leaderboard"};
    QTest::newRow("en") << chart + QStringList {"--lang", "en"}
                        << QStringList {"AI model leaderboard", "All rows, no filters",
                               "Source: ", "文心一言"}
                        << QStringList {"AI 大模型榜单", "数据来源："};
    // --names (issue 17): the stage axis names each stage once, by the name chosen first.
    const QStringList curve {"export-chart", "maturity-curve", "--format", "svg", "--lang", "en"};
    QTest::newRow("names by default") << curve << QStringList {"前沿技术", "早期推广"}
                                      << QStringList {"Frontier technology", "Early adoption"};
    QTest::newRow("names report") << curve + QStringList {"--names", "report"}
                                  << QStringList {"前沿技术"}
                                  << QStringList {"Frontier technology"};
    QTest::newRow("names english")
        << curve + QStringList {"--names=english"}
        << QStringList {"Frontier technology", "Early adoption"}
        << QStringList {"前沿技术"}; // 早期推广 is in the source line's quote
}

void TestCli::exportChartInTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString out = m_dir->filePath(QStringLiteral("chart.svg"));
    const Result r = run(arguments + QStringList {QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString &text : present)
        QVERIFY2(svg.contains(text), qPrintable(text));
    for (const QString &text : absent)
        QVERIFY2(!svg.contains(text), qPrintable(text));
}

// --lang before the options are parsed: a usage error, a parsing error and a runtime error are
// written in the language asked for, wherever --lang stands; so is --help.
void TestCli::messagesInTheChosenLanguage_data()
{
    // DATASET stands for a sound dataset file in the test's folder.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("absent");
    const QStringList noFormat {"export-data", "--all"};
    QTest::newRow("usage error, zh_CN") << noFormat + QStringList {"--lang", "zh_CN"} << 1
                                        << "export-data 需要 --format csv 或 --format json"
                                        << "needs";
    QTest::newRow("usage error, en") << noFormat + QStringList {"--lang", "en"} << 1
                                     << "export-data needs --format csv or --format json"
                                     << "需要";
    QTest::newRow("parsing error before --lang")
        << QStringList {"check", "--verbose", "--lang=zh_CN"} << 1 << "未知选项 --verbose"
        << "unknown option";
    QTest::newRow("unknown command, --lang first")
        << QStringList {"--lang", "zh_CN", "frobnicate"} << 1 << "未知命令 \"frobnicate\""
        << "unknown command";
    const QStringList overwrite {
        "export-data", "model", "--format", "json", "--db", "DATASET", "--out", "DATASET"};
    QTest::newRow("runtime error, zh_CN")
        << overwrite + QStringList {"--lang", "zh_CN"} << 1 << "拒绝覆盖打开的数据集"
        << "refusing";
    QTest::newRow("runtime error, en")
        << overwrite + QStringList {"--lang", "en"} << 1 << "refusing to overwrite the open dataset"
        << "拒绝";
    QTest::newRow("missing dataset, zh_CN")
        << QStringList {"check", "--db", "missing.sqlite", "--lang", "zh_CN"} << 1 << "文件不存在"
        << "does not exist";
}

void TestCli::messagesInTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, present);
    QFETCH(QString, absent);
    if (arguments.contains(QStringLiteral("DATASET")))
        arguments.replaceInStrings(QStringLiteral("DATASET"), TestUtil::makeDatasetFile(*m_dir));
    arguments.replaceInStrings(
        QStringLiteral("missing.sqlite"), m_dir->filePath(QStringLiteral("missing.sqlite")));
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(present), qPrintable(err));
    QVERIFY2(!err.contains(absent), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // still one line
}

// --help in Chinese: the notes and each command's words translated, the syntax as it is.
void TestCli::helpInTheChosenLanguage()
{
    const Result r
        = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("用法：\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("检查数据集文件")));
    QVERIFY(text.contains(QStringLiteral("退出码：0 成功")));
    QVERIFY(text.contains(QStringLiteral("export-chart VIEW --format png|svg|pdf --out FILE")));
    QVERIFY(!text.contains(QStringLiteral("Exit codes")));
}

// The window's own options (--help-all, or any option that is not a verb's, reach the window's
// parser): its help and its --lang error read in the language of --lang, else LANGUAGE, installed
// before the parser is built.
void TestCli::windowHelpInTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment"); // LANGUAGE
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QString>("notSays");
    const QStringList chinese {
        "中国技术趋势 2023-2024 数据浏览器", "打开此数据集文件。", "界面语言：zh_CN 或 en"};
    const QStringList english {"Explorer for China's technology trends 2023-2024",
        "Open this dataset file.", "The interface language: zh_CN or en"};
    QTest::newRow("--lang zh_CN") << QStringList {"--lang", "zh_CN", "--help-all"} << "en" << 0
                                  << chinese << "Open this dataset file.";
    QTest::newRow("LANGUAGE=zh_CN")
        << QStringList {"--help-all"} << "zh_CN" << 0 << chinese << "Open this dataset file.";
    QTest::newRow("--lang en over LANGUAGE=zh_CN")
        << QStringList {"--lang=en", "--help-all"} << "zh_CN" << 0 << english << "打开此数据集文件";
    QTest::newRow("unknown --lang, LANGUAGE=zh_CN")
        << QStringList {"--lang", "fr"} << "zh_CN" << 1
        << QStringList {"trendscope: --lang 只接受 en 或 zh_CN，而不是 \"fr\""} << "--lang takes";
    QTest::newRow("unknown --lang, LANGUAGE=en")
        << QStringList {"--lang", "fr"} << "en" << 1
        << QStringList {"trendscope: --lang takes en or zh_CN, not \"fr\""} << "只接受";
}

void TestCli::windowHelpInTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(int, exitCode);
    QFETCH(QStringList, says);
    QFETCH(QString, notSays);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), environment);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRENDSCOPE_BINARY), arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    for (const QString &text : says)
        QVERIFY2(out.contains(text), qPrintable(out));
    QVERIFY2(!out.contains(notSays), qPrintable(out));
}

void TestCli::exportChartPdf()
{
    const QString out = m_dir->filePath(QStringLiteral("chart.pdf"));
    const Result r = run({QStringLiteral("export-chart"), QStringLiteral("leaderboard"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.contains("NotoSansCJKsc"), "the simplified-Chinese Noto font is not embedded");
    QVERIFY(pdf.contains("/FontFile"));

    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        QFAIL("pdffonts (poppler-utils) is missing: the README's setup installs it");
    QProcess fonts;
    fonts.start(pdffonts, {out});
    QVERIFY(fonts.waitForFinished());
    const QString listing = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(listing.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(listing));
    // Every font embedded ("emb" column yes).
    const QStringList lines = listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString &line : lines)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
}

void TestCli::emptyChartIsWrittenWithAWarning()
{
    const QString out = m_dir->filePath(QStringLiteral("empty.svg"));
    Result r = run({"export-chart", "price-cuts", "--format", "svg", "--out", out, "--year", "2019",
        "--filter", "search=foo"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(
        r.err.contains("warning: Cloud price cuts: No price cuts match: year 2019 · search “foo”"),
        r.err.constData());
    // The warning names the view by its title, in the language asked for.
    const Result zh = run({"export-chart", "price-cuts", "--format", "svg", "--out",
        m_dir->filePath(QStringLiteral("empty-zh.svg")), "--year", "2019", "--filter", "search=foo",
        "--lang", "zh_CN"});
    const QString zhErr = QString::fromUtf8(zh.err);
    QVERIFY2(zhErr.contains(QStringLiteral("警告：云厂商降价：")), qPrintable(zhErr));
    QVERIFY2(zhErr.contains(QStringLiteral("2019")), qPrintable(zhErr)); // the filter, as in en
    QVERIFY2(!zhErr.contains(QStringLiteral("price-cuts")), qPrintable(zhErr));
    // The image says so too, as text.
    QFile svg(out);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("No price cuts match")));
    // A chart with rows warns of nothing.
    r = run({"export-chart", "price-cuts", "--format", "svg", "--out", out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString chart = QStringLiteral("export-chart");
    QTest::newRow("unknown verb") << QStringList {"frobnicate"} << 1 << "unknown command";
    QTest::newRow("chart without view")
        << QStringList {chart, "--format", "png", "--out", "x.png"} << 1 << "needs a view";
    QTest::newRow("unknown view") << QStringList {chart, "nope", "--format", "png", "--out",
        "x.png"} << 1 << "no view named \"nope\" (one of: maturity-curve,";
    QTest::newRow("bad names") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--names", "chinese"}
                               << 1 << "--names is report or english, not \"chinese\"";
    QTest::newRow("names on export-data") << QStringList {"export-data", "--all", "--format",
        "json", "--names", "english"} << 1 << "--names";
    QTest::newRow("bad format") << QStringList {chart, "leaderboard", "--format", "gif", "--out",
        "x.gif"} << 1 << "png, svg or pdf";
    QTest::newRow("bad size") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--size", "big"}
                              << 1 << "WIDTHxHEIGHT";
    QTest::newRow("huge size") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--size", "99999x10"}
                               << 1 << "outside";
    QTest::newRow("scale 9") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--scale", "9"}
                             << 1 << "scale 9";
    QTest::newRow("missing out") << QStringList {chart, "leaderboard", "--format", "png"} << 1
                                 << "--out FILE";
    QTest::newRow("bad filter") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--filter", "colour=red"}
                                << 1 << "unknown filter";
    QTest::newRow("bad year") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--year", "NaN"}
                              << 1 << "--year";
    QTest::newRow("bad theme") << QStringList {chart, "leaderboard", "--format", "png", "--out",
        "x.png", "--theme", "neon"}
                               << 1 << "--theme";
    QTest::newRow("unknown option")
        << QStringList {"check", "--verbose"} << 1 << "unknown option --verbose";
    QTest::newRow("unknown table") << QStringList {"export-data", "nope", "--format", "json"} << 1
                                   << "no table or view named \"nope\"";
    QTest::newRow("injection as table name")
        << QStringList {"export-data", "model; DROP TABLE model", "--format", "json"} << 1
        << "no table or view named";
    QTest::newRow("csv of several tables")
        << QStringList {"export-data", "--all", "--format", "csv"} << 1 << "--out-dir";
    QTest::newRow("no format") << QStringList {"export-data", "--all"} << 1 << "--format csv";
    QTest::newRow("language not shipped")
        << QStringList {"check", "--lang", "fr"} << 1 << "--lang takes en or zh_CN, not \"fr\"";
    QTest::newRow("all and names")
        << QStringList {"export-data", "--all", "model", "--format", "json"} << 1 << "either --all";
}

void TestCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one clear line
}

void TestCli::checkGoodAndBadFiles()
{
    const QString good = TestUtil::makeDatasetFile(*m_dir);
    Result r = run({QStringLiteral("check"), QStringLiteral("--db"), good});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(": ok"));

    const QString text = m_dir->filePath(QStringLiteral("notes.sqlite"));
    TestUtil::writeFile(text, "just some notes\n");
    r = run({QStringLiteral("check"), QStringLiteral("--db"), text});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not an SQLite database"));
    QCOMPARE(r.err.count('\n'), 1);

    // A sound file with a wrong figure: every problem listed, exit 2.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(good).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                 "UPDATE survey_stat SET percent = 164.5 WHERE answer = 'GitHub Copilot';"
                 "UPDATE policy SET date = '2023-13' WHERE id = 1;",
                 nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    r = run({QStringLiteral("check"), QStringLiteral("--db"), good});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains("percent 164.5 is outside 0-100"), r.out.constData());
    QVERIFY2(r.out.contains("policy row 1: date \"2023-13\" is not a date"), r.out.constData());
    QVERIFY(r.err.contains("2 problem(s) found"));
}

void TestCli::refusesToOverwriteOpenDataset()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    const QByteArray before = TestUtil::fileDigest(path);
    Result r = run({QStringLiteral("export-chart"), QStringLiteral("leaderboard"),
        QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("png"),
        QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("refusing to overwrite the open dataset"));
    r = run({QStringLiteral("export-data"), QStringLiteral("model"), QStringLiteral("--db"), path,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(TestUtil::fileDigest(path), before);
}

void TestCli::missingDbIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("typo.sqlite"));
    const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("does not exist"));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

namespace {

QStringList viewsFromHelp(const QByteArray &help)
{
    for (const QByteArray &line : help.split('\n'))
        if (line.startsWith("VIEW: "))
            return QString::fromUtf8(line.mid(6)).split(QStringLiteral(", "));
    return {};
}

} // namespace

void TestCli::exportAllViewsAllFormats()
{
    const QStringList views = viewsFromHelp(run({"--help"}).out);
    QVERIFY(!views.isEmpty());
    const QString dir = m_dir->filePath("charts");
    const Result r = run({"export-chart", "--all", "--format", "png,svg,pdf", "--out-dir", dir,
        "--size", "1280x720", "--theme", "print"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), views.size() * 3);
    for (const QString &view : views) {
        const QImage png(dir + "/" + view + ".png");
        QCOMPARE(png.size(), QSize(1280, 720));
        QFile svg(dir + "/" + view + ".svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(svg.readAll());
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(view + ": " + xml.errorString()));
        QFile pdf(dir + "/" + view + ".pdf");
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // Every chart of Chinese data embeds the CJK font; "What changed" without a
        // comparison draws only its English note.
        if (view != QLatin1String("changes"))
            QVERIFY2(bytes.contains("NotoSansCJKsc"), qPrintable(view));
    }
}

void TestCli::exportReport()
{
    const QString out = m_dir->filePath("report.pdf");
    const Result r = run({"export-report", "--out", out, "--filter", "organization=OpenAI"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(QStandardPaths::findExecutable("pdftotext"), {out, "-"});
    QVERIFY(text.waitForFinished());
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(extracted.contains("TrendScope report"));
    QVERIFY(extracted.contains("organization OpenAI"));
    QVERIFY(extracted.contains("AI model leaderboard"));
    QVERIFY(extracted.contains("Sources"));

    // --names english: the report's charts name the stages in English (issue 17).
    const Result english = run({"export-report", "--out", out, "--names", "english"});
    QVERIFY2(english.exitCode == 0, english.err.constData());
    text.start(QStandardPaths::findExecutable("pdftotext"), {out, "-"});
    QVERIFY(text.waitForFinished());
    const QString englishText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(englishText.contains("Frontier technology"), qPrintable(englishText));
    QVERIFY(!englishText.contains(QStringLiteral("前沿技术")));
}

namespace {

// A dataset file in `dir` with two saved views: 2023's price cuts as an 800×450 SVG, and
// OpenAI's leaderboard with the defaults.
QString datasetWithSavedViews(const QTemporaryDir &dir)
{
    using namespace TrendScope;
    const QString path = TestUtil::makeDatasetFile(dir, QStringLiteral("saved.sqlite"));
    DatabaseError openError;
    auto db = Database::open(path, &openError);
    if (!db)
        qFatal("%s", qPrintable(openError.message()));
    SavedView cuts;
    cuts.name = QStringLiteral("云降价 2023");
    cuts.view = QStringLiteral("price-cuts");
    cuts.filter.yearFrom = cuts.filter.yearTo = 2023;
    cuts.exportSettings = {{QStringLiteral("format"), QStringLiteral("svg")},
        {QStringLiteral("width"), 800}, {QStringLiteral("height"), 450}};
    SavedView openai;
    openai.name = QStringLiteral("OpenAI models");
    openai.view = QStringLiteral("leaderboard");
    openai.filter.organization = QStringLiteral("OpenAI");
    QString error;
    if (!SavedViews::save(*db, cuts, &error) || !SavedViews::save(*db, openai, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

} // namespace

// A saved view re-exports headless: the same image as the options it holds given by hand,
// and options given beside it change only what they name.
void TestCli::savedViewsExportHeadless()
{
    const QString db = datasetWithSavedViews(*m_dir);
    Result r = run({"saved-views", "--db", db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString listing = QString::fromUtf8(r.out);
    QVERIFY2(listing.startsWith(QStringLiteral("OpenAI models\tleaderboard\t"
                                               "Filtered: organization OpenAI\t")),
        qPrintable(listing));
    QVERIFY(listing.contains(QStringLiteral("云降价 2023\tprice-cuts\tFiltered: year 2023\t")));

    const QString saved = m_dir->filePath("saved.svg");
    r = run({"export-chart", "--db", db, "--saved", "云降价 2023", "--out", saved});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString byHand = m_dir->filePath("by-hand.svg");
    r = run({"export-chart", "price-cuts", "--db", db, "--format", "svg", "--size", "800x450",
        "--year", "2023", "--out", byHand});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile a(saved), b(byHand);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray svg = a.readAll();
    QVERIFY(svg.contains("Cloud price cuts"));
    QVERIFY(svg.contains("year 2023"));
    QCOMPARE(svg, b.readAll());

    // --format and --size replace the saved ones; the filter stays the saved view's.
    const QString png = m_dir->filePath("saved.png");
    r = run({"export-chart", "--db", db, "--saved", "云降价 2023", "--format", "png", "--size",
        "480x270", "--out", png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QImage(png).size(), QSize(480, 270));

    const QString pdf = m_dir->filePath("saved.pdf");
    r = run({"export-report", "--db", db, "--saved", "OpenAI models,云降价 2023", "--out", pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(QStandardPaths::findExecutable("pdftotext"), {pdf, "-"});
    QVERIFY(text.waitForFinished());
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(extracted.contains("each page as saved (OpenAI models, 云降价 2023)"));
    QVERIFY(extracted.contains("organization OpenAI"));
    QVERIFY(extracted.contains("year 2023"));
    QVERIFY(extracted.indexOf("AI model leaderboard") < extracted.lastIndexOf("Cloud price cuts"));
}

void TestCli::savedViewFailures()
{
    const QString db = datasetWithSavedViews(*m_dir);
    const QString out = m_dir->filePath("x.png");
    Result r = run({"export-chart", "--db", db, "--saved", "no such view", "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no saved view named “no such view”"), r.err.constData());
    QVERIFY(!QFile::exists(out));
    r = run({"export-chart", "leaderboard", "--db", db, "--saved", "OpenAI models", "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("takes no VIEW"), r.err.constData());
    r = run({"export-chart", "--db", db, "--saved", "OpenAI models,云降价 2023", "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("takes one name"), r.err.constData());
    // A dataset without saved views lists none (the user's own copy, made on first run).
    r = run({"saved-views"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void TestCli::exportViewRowsWithFilters()
{
    Result r = run({"export-data", "--view", "leaderboard", "--format", "csv", "--filter",
        "organization=OpenAI"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // header + OpenAI's four models
    QVERIFY(lines.at(0).startsWith("Model,Organization,Score"));
    r = run({"export-data", "--view", "leaderboard", "--format", "json", "--filter", "search=glm"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value("leaderboard").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value("Model").toString(), QStringLiteral("GLM-4"));
    r = run({"export-data", "model", "--format", "json", "--filter", "search=glm"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("add --view VIEW"));
}

void TestCli::diskFullKeepsOldFile()
{
    // A file-size limit stands in for a full disk: the write fails part-way.
    const QString out = m_dir->filePath("chart.png");
    TestUtil::writeFile(out, "the chart from last week");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir->filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    process.setProcessEnvironment(env);
    // Create the user's dataset first, without the limit.
    QCOMPARE(run({"check"}).exitCode, 0);
    process.start("/bin/sh",
        {"-c", "ulimit -f 100; exec \"$0\" \"$@\"", TRENDSCOPE_BINARY, "export-chart",
            "leaderboard", "--format", "png", "--out", out, "--size", "1920x1080", "--scale", "2"});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err,
        "trendscope: Cannot write " + out + ": the file is too large for this system's limit\n");
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the chart from last week"));
    QCOMPARE(QDir(m_dir->path()).entryList({"chart.png*"}, QDir::Files), QStringList {"chart.png"});
}
