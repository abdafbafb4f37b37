// The shipped dataset itself: every quote is in its report, provenance is complete, and
// figures from each family read back as the reports state them.
#include "database.h"
#include "qualifier.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyQuoteIsInItsReport();
    void everyFactRowHasProvenance();
    void rowCounts_data();
    void rowCounts();
    void spotChecks_data();
    void spotChecks();
    void organizationGroupsLinkZhipu();
    void qualifiers_data();
    void qualifiers();
    void qualifierIsAClosedChoice();
    void labelsSayNoMoreThanTheText_data();
    void labelsSayNoMoreThanTheText();
    void englishNamesOfOurOwnAreMarked();
    void wordsAreTheReportsOwn();

private:
    QVariant scalar(const QString &sql);
    QStringList factTables();
    // Each source's report text with whitespace runs collapsed, by source id; empty when the
    // reports are not beside this checkout.
    QHash<qint64, QString> reports();
    std::unique_ptr<Database> m_db;
};

namespace {

QString collapseWhitespace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

QString readSeed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void TestDataset::initTestCase()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
}

QVariant TestDataset::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestDataset::factTables()
{
    QStringList tables;
    QSqlQuery q(m_db->connection());
    q.exec("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table'"
           " AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'quote') ORDER BY 1");
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

QHash<qint64, QString> TestDataset::reports()
{
    QHash<qint64, QString> texts;
    const QDir seeds(QStringLiteral(TRENDSCOPE_SEEDS_DIR));
    if (!seeds.exists())
        return texts;
    QSqlQuery sources(m_db->connection());
    sources.exec("SELECT id, file FROM source");
    while (sources.next())
        texts.insert(sources.value(0).toLongLong(),
            collapseWhitespace(readSeed(seeds.filePath(sources.value(1).toString()))));
    return texts;
}

void TestDataset::everyQuoteIsInItsReport()
{
    const QHash<qint64, QString> reports = this->reports();
    if (reports.isEmpty())
        QSKIP("the reports (../shared/seeds) are not beside this checkout");
    int checked = 0;
    QStringList missing;
    for (const QString &table : factTables()) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, source_id, quote FROM %1 WHERE quote IS NOT NULL")
                           .arg(table)));
        while (q.next()) {
            ++checked;
            const QString quote = collapseWhitespace(q.value(2).toString());
            if (!reports.value(q.value(1).toLongLong()).contains(quote))
                missing.append(
                    QStringLiteral("%1 row %2: %3").arg(table, q.value(0).toString(), quote));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
    QVERIFY(checked > 150);
}

void TestDataset::everyFactRowHasProvenance()
{
    for (const QString &table : factTables()) {
        const int bad = scalar(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE source_id IS NULL OR trim(section) = ''"
                           " OR quote IS NULL OR trim(quote) = ''"
                           " OR (status = 'derived' AND (formula IS NULL OR trim(formula) = ''))")
                .arg(table))
                            .toInt();
        QVERIFY2(bad == 0,
            qPrintable(QStringLiteral("%1: %2 rows without full provenance").arg(table).arg(bad)));
    }
}

void TestDataset::rowCounts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("count");
    QTest::newRow("sources") << "SELECT COUNT(*) FROM source" << 2;
    QTest::newRow("SuperClue entries")
        << "SELECT COUNT(*) FROM v_leaderboard WHERE benchmark = 'SuperClue'" << 11;
    QTest::newRow("funding TOP10") << "SELECT COUNT(*) FROM funding_company" << 10;
    QTest::newRow("training runs") << "SELECT COUNT(*) FROM training_run" << 5;
    QTest::newRow("policies") << "SELECT COUNT(*) FROM policy" << 11;
    QTest::newRow("price cuts") << "SELECT COUNT(*) FROM price_cut" << 4;
    QTest::newRow("maturity positions") << "SELECT COUNT(*) FROM maturity_position" << 5;
    QTest::newRow("blue book trends") << "SELECT COUNT(*) FROM trend WHERE source_id = 2" << 8;
    QTest::newRow("the research's four data sources, in the report's order")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'data_source'"
           " AND ordinal BETWEEN 1 AND 4 AND source_id = 1"
        << 4;
    QTest::newRow("the training-cost formula")
        << "SELECT COUNT(*) FROM statement"
           " WHERE topic = 'formula' AND words LIKE '%训练成本%'"
        << 1;
    QTest::newRow("the 人形机器人 2025 target as a target")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'target' AND words LIKE "
           "'到2025年，人形机器人%'"
        << 1;
    QTest::newRow("the three research methods")
        << "SELECT COUNT(DISTINCT ordinal) FROM statement WHERE topic = 'method'"
           " AND subject IN ('桌面研究', '技术模型', '专家访谈')"
        << 3;
    QTest::newRow("the blue book's 2022 first edition")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'edition' AND words LIKE '自2022年%'" << 1;
    QTest::newRow("domestic models against GPT3.5 and GPT4")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'comparison'"
           " AND words LIKE '%赶超GPT3.5%与GPT4有差距%'"
        << 1;
    QTest::newRow("the three difficulties of putting large models to use, in order")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'obstacle' AND source_id = 2"
           " AND ((ordinal = 1 AND words LIKE '首先%') OR (ordinal = 2 AND words LIKE '其次%')"
           " OR (ordinal = 3 AND words LIKE '再者%'))"
        << 3;
    QTest::newRow("the three difficulties of industrial large models")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'obstacle' AND source_id = 1"
           " AND subject IN ('成本', '数据', '人力')"
        << 3;
    QTest::newRow("14 typical 双跨 platforms by builder type")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'platform'"
           " AND subject IN ('制造企业', '工业软件', '运营商', '互联网')"
        << 14;
    QTest::newRow("the four database upgrade points")
        << "SELECT COUNT(DISTINCT ordinal) FROM statement WHERE topic = 'upgrade'" << 4;
    QTest::newRow("the talent-layer ranking: 应用层 largest")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'ranking' AND subject = '应用层'"
           " AND words LIKE '应用层人才占比最大%'"
        << 1;
    QTest::newRow("the ecosystem map: 7 kinds of 行业大模型, 3 of 通用大模型, 4 of 芯片")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'taxonomy' AND ("
           "(subject = '行业大模型' AND ordinal BETWEEN 1 AND 7)"
           " OR (subject = '通用大模型' AND ordinal BETWEEN 1 AND 3)"
           " OR (subject = '芯片' AND ordinal BETWEEN 1 AND 4))"
        << 14;
    QTest::newRow("the open questions of trend 3, in its three groups")
        << "SELECT COUNT(*) FROM statement WHERE topic = 'question'"
           " AND subject IN ('多模态', '产品形态', '应用场景') AND words LIKE '%？'"
        << 5;
    QTest::newRow("the InfoQ charts that are images, without values")
        << "SELECT COUNT(*) FROM v_report_charts WHERE \"values\" = 'values not in the text'"
           " AND source = (SELECT title FROM source WHERE id = 1)"
        << 18;
    QTest::newRow("a chart that prints no title takes its page's heading, marked inferred")
        << "SELECT COUNT(*) FROM report_chart WHERE title = section"
           " AND inferred LIKE 'title: the chart prints no title%'"
        << 2;
    QTest::newRow("InfoQ trends, numbered 1 to 10")
        << "SELECT COUNT(DISTINCT number) FROM trend WHERE source_id = 1 AND number BETWEEN 1 AND "
           "10"
        << 10;
    QTest::newRow("hot news") << "SELECT COUNT(*) FROM event WHERE category = 'hot_news'" << 10;
    QTest::newRow("coding assistants")
        << "SELECT COUNT(*) FROM survey_stat WHERE question = '智能编码助手产品的开发者使用率'"
        << 4;
}

void TestDataset::rowCounts()
{
    QFETCH(QString, sql);
    QFETCH(int, count);
    QCOMPARE(scalar(sql).toInt(), count);
}

void TestDataset::spotChecks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("GLM-4 score") << "SELECT score FROM v_leaderboard WHERE model = 'GLM-4'"
                                 << QVariant(72.58);
    QTest::newRow("智谱AI funding 25亿")
        << "SELECT f.amount_yuan FROM funding_company f JOIN organization o"
           " ON o.id = f.organization_id WHERE o.name = '智谱AI'"
        << QVariant(2500000000.0);
    QTest::newRow("智谱AI founded month only")
        << "SELECT f.founded FROM funding_company f JOIN organization o"
           " ON o.id = f.organization_id WHERE o.name = '智谱AI'"
        << QVariant("2019-06");
    QTest::newRow("exchange rate")
        << "SELECT value FROM key_figure WHERE metric = '2023年前11个月的平均汇率'"
        << QVariant(7.0366);
    QTest::newRow("阿里云 cut from")
        << "SELECT p.min_percent FROM price_cut p JOIN organization o ON o.id = p.organization_id"
           " WHERE o.name = '阿里云'"
        << QVariant(15.0);
    QTest::newRow("阿里云 announced")
        << "SELECT p.announced FROM price_cut p JOIN organization o ON o.id = p.organization_id"
           " WHERE o.name = '阿里云'"
        << QVariant("2023-04-26");
    QTest::newRow("阿里云 effective not stated")
        << "SELECT COALESCE(p.effective, 'NULL') FROM price_cut p JOIN organization o"
           " ON o.id = p.organization_id WHERE o.name = '阿里云'"
        << QVariant("NULL");
    QTest::newRow("腾讯云 effective")
        << "SELECT p.effective FROM price_cut p JOIN organization o ON o.id = p.organization_id"
           " WHERE o.name = '腾讯云'"
        << QVariant("2023-06-01");
    QTest::newRow("GitHub Copilot usage")
        << "SELECT percent FROM survey_stat WHERE answer = 'GitHub Copilot'" << QVariant(64.5);
    QTest::newRow("survey N")
        << "SELECT respondents FROM survey_stat WHERE answer = 'GitHub Copilot'" << QVariant(1217);
    QTest::newRow("digital twin 2022")
        << "SELECT stage FROM v_maturity WHERE technology = '数字孪生' AND curve_year = 2022"
        << QVariant("早期推广");
    QTest::newRow("digital twin moved")
        << "SELECT stage FROM v_maturity WHERE technology = '数字孪生' AND curve_year = 2024"
        << QVariant("准成熟");
    QTest::newRow("6G is new") << "SELECT is_new FROM v_maturity WHERE technology = '6G'"
                               << QVariant(1);
    QTest::newRow("generative AI policy month")
        << "SELECT date FROM policy WHERE title LIKE '%生成式人工智能服务管理暂行办法%'"
        << QVariant("2023-07");
    QTest::newRow("derived general models")
        << "SELECT formula IS NOT NULL FROM key_figure WHERE status = 'derived'" << QVariant(1);
}

void TestDataset::spotChecks()
{
    QFETCH(QString, sql);
    QFETCH(QVariant, expected);
    const QVariant actual = scalar(sql);
    QVERIFY2(actual.isValid(), qPrintable(sql));
    if (expected.typeId() == QMetaType::Double)
        QCOMPARE(actual.toDouble(), expected.toDouble());
    else
        QCOMPARE(actual.toString(), expected.toString());
}

void TestDataset::organizationGroupsLinkZhipu()
{
    QCOMPARE(
        scalar("SELECT group_name FROM v_organization_group WHERE organization = '清华&智谱AI'")
            .toString(),
        QStringLiteral("智谱AI"));
    QCOMPARE(scalar("SELECT group_name FROM v_organization_group WHERE organization = '百度智能云'")
                 .toString(),
        QStringLiteral("百度"));
}

// Each qualified number carries the report's qualifier (schema 004); every row of a group
// quotes one of the group's words; every other key figure is exact.
void TestDataset::qualifiers_data()
{
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QStringList>("metrics");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("约 / 上下 / 左右: approximately")
        << "approximately" << QStringList {"总融资额", "估值", "产生的收入"}
        << QStringList {"约", "上下", "左右"};
    QTest::newRow("超过 / 余: more than")
        << "more_than"
        << QStringList {"投资的大模型和AIGC相关公司数", "算力规模", "数据产业年均增速",
               "出席的高管和投资负责人数", "购买英伟达GPU的花费"}
        << QStringList {"超过", "余"};
    QTest::newRow("至少 / 以上 / 上百: at least")
        << "at_least"
        << QStringList {"大多企业无法负担本地化部署的模型规模（以上）", "深度调研的企业数",
               "出现职位变动的人数"}
        << QStringList {"至少", "以上", "上百"};
    QTest::newRow("N+: plus") << "plus"
                              << QStringList {"细分技术领域数", "现存平台数（双跨平台的筛选范围）"}
                              << QStringList {"+"};
    QTest::newRow("no figure is bounded from above") << "at_most" << QStringList() << QStringList();
}

void TestDataset::qualifiers()
{
    QFETCH(QString, qualifier);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, words);
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT metric, quote FROM key_figure WHERE qualifier = ? ORDER BY id"));
    q.addBindValue(qualifier);
    QVERIFY(q.exec());
    QStringList found;
    while (q.next()) {
        found.append(q.value(0).toString());
        const QString quote = q.value(1).toString();
        bool quoted = false;
        for (const QString &w : words)
            quoted = quoted || quote.contains(w);
        QVERIFY2(quoted, qPrintable(quote));
    }
    std::sort(found.begin(), found.end());
    std::sort(metrics.begin(), metrics.end());
    QCOMPARE(found, metrics);
}

void TestDataset::qualifierIsAClosedChoice()
{
    QCOMPARE(scalar("SELECT COUNT(*) FROM key_figure WHERE qualifier = 'exact'").toInt(), 28);
    QCOMPARE(scalar("SELECT COUNT(*) FROM v_key_figures WHERE qualifier <> 'exact'").toInt(), 13);
    // The schema's CHECK allows exactly the codes the application knows.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SAVEPOINT codes")));
    for (const QString &code : qualifierCodes()) {
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE key_figure SET qualifier = '%1' WHERE id = 1").arg(code)),
            qPrintable(code));
    }
    QVERIFY(!q.exec(QStringLiteral("UPDATE key_figure SET qualifier = 'roughly' WHERE id = 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE key_figure SET qualifier = NULL WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK TO codes")));
    QVERIFY(q.exec(QStringLiteral("RELEASE codes")));
    const QString sql
        = scalar("SELECT sql FROM sqlite_schema WHERE name = 'key_figure'").toString();
    QString list;
    for (const QString &code : qualifierCodes())
        list += (list.isEmpty() ? QString() : QStringLiteral(", ")) + u'\'' + code + u'\'';
    QVERIFY2(sql.contains(QStringLiteral("qualifier IN (") + list + u')'), qPrintable(sql));
}

// Issue 16's audit: each label says what the report says, no more.
void TestDataset::labelsSayNoMoreThanTheText_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("增长1倍 is a doubling, derived from the stated 1倍")
        << "SELECT value || ' ' || unit || ' ' || status || ' ' || formula FROM key_figure"
           " WHERE quote = '数据产业年均增速超过20%，数据交易规模增长1倍' AND unit <> '%'"
        << QVariant("2.0 times derived 1 + 1 = 2");
    QTest::newRow("IT-spend shifts keep the report's % and name no survey")
        << "SELECT COUNT(*) FROM key_figure WHERE family = 'cloud' AND quote LIKE '%企业比例%'"
           " AND unit = '%' AND note LIKE '%一项用户调研%, not named%'"
        << QVariant(3);
    QTest::newRow("all eight 大模型相关政策 rows are ai")
        << "SELECT COUNT(*) FROM policy WHERE category = 'ai'" << QVariant(8);
    QTest::newRow("ChatGPT, PaLM, LLaMA have the sentence's year")
        << "SELECT group_concat(released) FROM model WHERE name IN ('ChatGPT', 'PaLM', 'LLaMA')"
        << QVariant("2023,2023,2023");
    QTest::newRow("the 258 are not said to be Chinese")
        << "SELECT subject FROM key_figure WHERE metric = '统计的大模型数量'"
        << QVariant("InfoQ统计的大模型");
    QTest::newRow("the 165 are") << "SELECT subject FROM key_figure WHERE value = 165"
                                 << QVariant("中国公布的行业大模型（InfoQ统计）");
    QTest::newRow("SuperClue rows sit in 2.行业观察")
        << "SELECT COUNT(*) FROM leaderboard_entry"
           " WHERE section = '趋势一:AIGC · 2.行业观察 · SuperClue大模型评测2024年4月'"
        << QVariant(11);
    QTest::newRow("清华&智谱AI is not classified")
        << "SELECT COALESCE(kind, 'not stated') FROM organization WHERE name = '清华&智谱AI'"
        << QVariant("not stated");
    QTest::newRow("no English names of our own")
        << "SELECT COUNT(*) FROM organization o, model m WHERE o.name IN ('光年之外', "
           "'滴滴沃芽科技')"
           " AND o.name_en IS NULL AND m.name = '京医千询' AND m.name_en IS NULL"
        << QVariant(2);
    QTest::newRow("数字孪生's move keeps the text's year beside the curve's")
        << "SELECT curve_year || ' ' || as_written || ' ' || substr(inferred, 1, 10)"
           " FROM maturity_position WHERE quote LIKE '%2023年进入准成熟阶段'"
        << QVariant("2024 2023年进入准成熟阶段 curve_year");
    QTest::newRow("2020年之后 is written as the report writes it")
        << "SELECT date || ' ' || as_written || ' ' || substr(inferred, 1, 4) FROM event"
           " WHERE quote LIKE '%2020年之后%'"
        << QVariant("2020 2020年之后 date");
    QTest::newRow("the 2023 funding total's window is inferred from the chart titles")
        << "SELECT as_written || ' ' || inferred FROM funding_total WHERE amount_yuan = 40950000000"
        << QVariant("2023年 period_start, period_end: the charts on the page are titled "
                    "2023年1月-11月, while the sentence says 2023年");
    QTest::newRow("the InfoQ report's title is the dataset's, its date not stated")
        << "SELECT COALESCE(published, 'not stated') || ' ' || substr(inferred, 1, 15)"
           " FROM source WHERE id = 1"
        << QVariant("not stated title, title_en");
    QTest::newRow("the funding figures' source is named: IT桔子 and 36氪")
        << "SELECT subject FROM statement WHERE topic = 'data_source'"
           " AND words LIKE '%IT桔子融资事件库和36氪项目库%'"
        << QVariant("技术融资事件");
    QTest::newRow(
        "patents from 国家知识产权局, birth years from 知网, opinion from 百度/InfoQ/CSDN")
        << "SELECT group_concat(ordinal) FROM (SELECT ordinal FROM statement WHERE topic ="
           " 'data_source' AND (words LIKE '%国家知识产权局%' OR words LIKE '%知网%'"
           " OR words LIKE '%百度、InfoQ中文站和CSDN%') ORDER BY ordinal)"
        << QVariant("1,2,3");
    QTest::newRow("InfoQ's trends look to 2024 by their section's heading, marked inferred")
        << "SELECT COUNT(*) FROM trend WHERE source_id = 1 AND horizon = '2024'"
           " AND inferred LIKE 'horizon: the section heading 2024年技术趋势展望%'"
           " AND words IS NULL AND quote = number || '、' || title"
        << QVariant(10);
    QTest::newRow("no technology is filed under a domain the report does not name")
        << "SELECT COUNT(*) FROM technology WHERE domain IS NOT NULL" << QVariant(0);
    QTest::newRow("the rank and the compute say they are derived, and how")
        << "SELECT (SELECT COUNT(*) FROM v_leaderboard WHERE derived LIKE 'rank: derived, %')"
           " || ' ' || (SELECT COUNT(*) FROM v_training_runs WHERE compute_flops IS NOT NULL"
           " AND derived LIKE 'compute_flops: derived, 6 × parameters × tokens%')"
           " || ' ' || (SELECT COUNT(*) FROM v_training_runs WHERE compute_flops IS NOT NULL)"
        << QVariant("11 3 3");
}

void TestDataset::englishNamesOfOurOwnAreMarked()
{
    const QDir seeds(QStringLiteral(TRENDSCOPE_SEEDS_DIR));
    if (!seeds.exists())
        QSKIP("the reports (../shared/seeds) are not beside this checkout");
    QString text;
    for (const QString &file : seeds.entryList({QStringLiteral("*.txt")}))
        text += readSeed(seeds.filePath(file));
    int marked = 0;
    for (const char *table : {"organization", "model", "technology", "maturity_stage"}) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, name_en, COALESCE(inferred, '') FROM %1"
                                      " WHERE name_en IS NOT NULL")
                           .arg(QLatin1String(table))));
        while (q.next()) {
            const bool written = text.contains(q.value(1).toString(), Qt::CaseInsensitive);
            const bool markedOwn = q.value(2).toString().startsWith(QLatin1String("name_en:"));
            QVERIFY2(written != markedOwn,
                qPrintable(
                    QStringLiteral("%1 %2: %3")
                        .arg(QLatin1String(table), q.value(0).toString(),
                            written ? QStringLiteral("the report writes it, yet it is marked")
                                    : QStringLiteral("the dataset's own, yet not marked"))));
            marked += markedOwn;
        }
    }
    QCOMPARE(marked, 49);
}

// A trend's or statement's words, and a report chart's title, measure and data-source line,
// are the report's, verbatim, like every quote.
void TestDataset::wordsAreTheReportsOwn()
{
    const QHash<qint64, QString> reports = this->reports();
    if (reports.isEmpty())
        QSKIP("the reports (../shared/seeds) are not beside this checkout");
    int checked = 0;
    QStringList missing;
    const std::pair<const char *, const char *> columns[]
        = {{"trend", "words"}, {"statement", "words"}, {"report_chart", "title"},
            {"report_chart", "measures"}, {"report_chart", "data_source"}};
    for (const auto &[table, column] : columns) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, source_id, %2 FROM %1 WHERE %2 IS NOT NULL")
                           .arg(QLatin1String(table), QLatin1String(column))));
        while (q.next()) {
            ++checked;
            if (!reports.value(q.value(1).toLongLong())
                     .contains(collapseWhitespace(q.value(2).toString())))
                missing.append(
                    QStringLiteral("%1 row %2: %3")
                        .arg(QLatin1String(table), q.value(0).toString(), QLatin1String(column)));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
    QVERIFY(checked >= 100);
}

void TestDataset::labelsSayNoMoreThanTheText()
{
    QFETCH(QString, sql);
    QFETCH(QVariant, expected);
    const QVariant actual = scalar(sql);
    QVERIFY2(actual.isValid(), qPrintable(sql));
    QCOMPARE(actual.toString(), expected.toString());
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
