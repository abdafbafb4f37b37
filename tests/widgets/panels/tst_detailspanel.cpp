#include "annotation.h"
#include "database.h"
#include "detailspanel.h"
#include "explorerstate.h"
#include "language.h"
#include "markingtranslator.h"
#include "queries.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>

using namespace TrendScope;

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsModelFactsWithProvenance();
    void notStatedForNulls();
    void relatedLinkFocuses();
    void relatedNamesAndStagesFollowTheNamesSetting();
    void categoriesAreWorded();
    void linksRoundTrip_data();
    void linksRoundTrip();
    void hostileTextIsEscaped();
    void datesInTheLanguage();
    void inferredFieldsAreMarked();
    void asWrittenBesideTheValue();
    void trendShowsTheReportsWords();
    void rowsWithoutANameAreHeadedByWhatTheyAreAbout_data();
    void rowsWithoutANameAreHeadedByWhatTheyAreAbout();
    void kindsAndRelatedRowsAreTranslated();
    void rowsNotListedAreCountedInTheLanguage();
    void factsInTheLanguage_data();
    void factsInTheLanguage();
    void trainingRunNotStated();
    void notesAndReasonsInTheLanguage();

private:
    qint64 idOf(const QString &sql);
    QString fact(EntityKind kind, const QString &name, const QString &label);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<DetailsPanel> m_panel;
};

void TestDetailsPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
}

void TestDetailsPanel::init()
{
    m_state = std::make_unique<ExplorerState>();
    Database *db = m_db.get();
    m_panel = std::make_unique<DetailsPanel>(
        m_state.get(), [db](EntityRef e) { return Queries(*db).details(e); });
    m_panel->resize(400, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestDetailsPanel::cleanup()
{
    m_panel.reset();
    m_state.reset();
}

qint64 TestDetailsPanel::idOf(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The value of the fact `label` about the entity of `kind` named `name`; "(none)" if absent.
QString TestDetailsPanel::fact(EntityKind kind, const QString &name, const QString &label)
{
    const qint64 id = idOf(QStringLiteral("SELECT id FROM %1 WHERE name = '%2'")
                               .arg(kind == EntityKind::Model ? "model" : "technology", name));
    const auto details = Queries(*m_db).details({kind, id});
    if (!details)
        return "(no details)";
    for (const Fact &f : details->facts)
        if (f.label == label)
            return f.value;
    return "(none)";
}

void TestDetailsPanel::showsModelFactsWithProvenance()
{
    const qint64 glm = idOf("SELECT id FROM model WHERE name = 'GLM-4'");
    m_state->setFocus({EntityKind::Model, glm});
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains("GLM-4"), qPrintable(text));
    QVERIFY(text.contains("清华&智谱AI"));
    QVERIFY2(text.contains("SuperClue Apr 2024"), qPrintable(text));
    QVERIFY2(text.contains("72.58 (rank 6 of 11, derived from the scores)"), qPrintable(text));
    QVERIFY2(text.contains("Report\n2024中国云生态蓝皮书 (the dataset's title for it)"),
        qPrintable(text));
    QVERIFY2(text.contains("Edition\n2024\n"), qPrintable(text)); // the edition of that report
    QVERIFY(text.contains("stated"));
    QVERIFY(text.contains("GLM-4 清华&智谱AI 72.58")); // the report's own words
}

void TestDetailsPanel::notStatedForNulls()
{
    // A model whose release date the report does not give.
    const qint64 glm = idOf("SELECT id FROM model WHERE name = 'GLM-4'");
    m_state->setFocus({EntityKind::Model, glm});
    QVERIFY(m_panel->plainText().contains("not stated"));
    m_state->clearFocus();
    QVERIFY(m_panel->plainText().contains("Click a bar"));
}

void TestDetailsPanel::relatedLinkFocuses()
{
    const qint64 glm = idOf("SELECT id FROM model WHERE name = 'GLM-4'");
    m_state->setFocus({EntityKind::Model, glm});
    const auto details = Queries(*m_db).details({EntityKind::Model, glm});
    QVERIFY(details);
    QVERIFY(!details->related.isEmpty());
    const RelatedEntity organization = details->related.constFirst();
    QCOMPARE(organization.entity.kind, EntityKind::Organization);
    emit m_panel->browser()->anchorClicked(QUrl(DetailsPanel::linkFor(organization.entity)));
    QCOMPARE(m_state->focus(), organization.entity);
    // The organization lists GLM-4 among its models.
    QVERIFY2(m_panel->plainText().contains("Model: GLM-4"), qPrintable(m_panel->plainText()));
}

// The Names setting reaches the related rows and a technology's stages, not only the heading.
void TestDetailsPanel::relatedNamesAndStagesFollowTheNamesSetting()
{
    const qint64 baidu = idOf("SELECT o.id FROM organization o JOIN model m"
                              " ON m.organization_id = o.id WHERE m.name = '文心一言'");
    m_state->setFocus({EntityKind::Organization, baidu});
    QVERIFY2(m_panel->plainText().contains(QStringLiteral("Model: 文心一言\n")),
        qPrintable(m_panel->plainText()));
    m_state->setNameOrder(NameOrder::EnglishFirst);
    QVERIFY2(m_panel->plainText().contains(QStringLiteral("Model: ERNIE Bot")),
        qPrintable(m_panel->plainText()));
    // 文心一言4.0 has no English name: it keeps the report's.
    QVERIFY(!m_panel->plainText().contains(QStringLiteral("Model: 文心一言\n")));
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Model: 文心一言4.0")));

    const qint64 technology = idOf("SELECT technology_id FROM maturity_position p"
                                   " JOIN maturity_stage s ON s.name = p.stage"
                                   " WHERE s.name <> s.name_en LIMIT 1");
    const QString stage = [&] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT s.name_en FROM maturity_position p JOIN maturity_stage s"
                              " ON s.name = p.stage WHERE p.technology_id = %1 ORDER BY"
                              " p.curve_year, p.id LIMIT 1")
                   .arg(technology));
        return q.next() ? q.value(0).toString() : QString();
    }();
    QVERIFY(!stage.isEmpty());
    m_state->setFocus({EntityKind::Technology, technology});
    QVERIFY2(m_panel->plainText().contains(stage), qPrintable(m_panel->plainText()));
    m_state->setNameOrder(NameOrder::ReportFirst);
    QVERIFY2(!m_panel->plainText().contains(stage), qPrintable(m_panel->plainText()));
}

// A stored category code reads as the timeline's lanes word it, not as the code.
void TestDetailsPanel::categoriesAreWorded()
{
    const qint64 event = idOf("SELECT id FROM event WHERE category = 'hot_news' LIMIT 1");
    m_state->setFocus({EntityKind::Event, event});
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains(QStringLiteral("Hot news")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("hot_news")), qPrintable(text));
}

void TestDetailsPanel::linksRoundTrip_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("valid");
    QTest::newRow("model") << DetailsPanel::linkFor({EntityKind::Model, 42}) << true;
    QTest::newRow("trend, the last kind") << DetailsPanel::linkFor({EntityKind::Trend, 3}) << true;
    QTest::newRow("not ours") << "https://example.org" << false;
    QTest::newRow("bad kind") << "entity:99/1" << false;
    QTest::newRow("none kind") << "entity:0/1" << false;
    QTest::newRow("garbage id") << "entity:1/abc" << false;
    QTest::newRow("extra part") << "entity:1/2/3" << false;
}

void TestDetailsPanel::linksRoundTrip()
{
    QFETCH(QString, link);
    QFETCH(bool, valid);
    const auto entity = DetailsPanel::entityFromLink(link);
    QCOMPARE(entity.has_value(), valid);
    if (valid)
        QCOMPARE(DetailsPanel::linkFor(*entity), link);
}

void TestDetailsPanel::hostileTextIsEscaped()
{
    EntityDetails details;
    details.kind = "Model";
    details.title = "<script>alert(1)</script>";
    details.facts.append({"Name", "<b>bold</b> & co", {}});
    const QString html = DetailsPanel::toHtml(details);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"));
}

void TestDetailsPanel::datesInTheLanguage()
{
    EntityDetails details;
    details.kind = "Price cut";
    details.facts.append({"Announced", "2024-05-15", {}, true});
    details.facts.append({"Period", "2023-04", {}, true});
    details.facts.append({"Name", "2024-05-15", {}, false}); // not a date column: as it is
    QString html = DetailsPanel::toHtml(details);
    QVERIFY2(html.contains(">15 May 2024<"), qPrintable(html));
    QVERIFY2(html.contains(">Apr 2023<"), qPrintable(html));
    QVERIFY2(html.contains(">2024-05-15<"), qPrintable(html));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    html = DetailsPanel::toHtml(details);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(html.contains(">2024年5月15日<"), qPrintable(html));
    QVERIFY2(html.contains(">2023年4月<"), qPrintable(html));

    // A price cut read from the dataset: its dates are marked as dates.
    m_state->setFocus({EntityKind::PriceCut,
        idOf("SELECT id FROM price_cut WHERE announced IS NOT NULL AND length(announced) = 10"
             " ORDER BY id LIMIT 1")});
    const QString text = m_panel->plainText();
    QVERIFY2(!text.contains(QRegularExpression("Announced\n\\d{4}-")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("Announced\n\\d{1,2} [A-Z][a-z]{2} \\d{4}")),
        qPrintable(text));
}

void TestDetailsPanel::inferredFieldsAreMarked()
{
    // 百度's English name is the dataset's own: the reports write only 百度.
    const qint64 org = idOf("SELECT id FROM organization WHERE inferred LIKE 'name_en:%'"
                            " AND name = '百度'");
    QVERIFY(org > 0);
    m_state->setFocus({EntityKind::Organization, org});
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains("English name (the dataset's own)\nBaidu"), qPrintable(text));
    QVERIFY2(text.contains("Inferred by the dataset\nEnglish name: the dataset's own English"),
        qPrintable(text));
    QVERIFY(!text.contains("Name_en"));
}

void TestDetailsPanel::asWrittenBesideTheValue()
{
    // 数字孪生's move: the text says 2023年, the dataset files it under the 2024 curve.
    m_state->setFocus(
        {EntityKind::Technology, idOf("SELECT id FROM technology WHERE name = '数字孪生'")});
    QVERIFY2(
        m_panel->plainText().contains(
            "Curve 2024\n准成熟 (the report writes 2023年进入准成熟阶段) · curve year inferred"),
        qPrintable(m_panel->plainText()));

    // The 2023 funding total: the sentence says 2023年, the window comes from chart titles.
    const qint64 total = idOf("SELECT id FROM funding_total WHERE as_written = '2023年'");
    QVERIFY(total > 0);
    m_state->setFocus({EntityKind::FundingTotal, total});
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains("Period start (inferred)\nJan 2023"), qPrintable(text));
    QVERIFY2(text.contains("Period end (inferred)\nNov 2023"), qPrintable(text));
    QVERIFY2(text.contains("As the report writes it\n2023年"), qPrintable(text));
    QVERIFY2(text.contains("Period start: the charts on the page are titled 2023年1月-11月"),
        qPrintable(text));
    QVERIFY2(text.contains("Period end: the charts"), qPrintable(text));
}

void TestDetailsPanel::trendShowsTheReportsWords()
{
    const qint64 trend = idOf("SELECT id FROM trend WHERE title = '趋势三:算力'");
    QVERIFY(trend > 0);
    m_state->setFocus({EntityKind::Trend, trend});
    const QString text = m_panel->plainText();
    QVERIFY2(text.startsWith("Trend\n趋势三:算力"), qPrintable(text));
    QVERIFY2(text.contains("The report's words\n智能算力爆发式增长"), qPrintable(text));
    QVERIFY2(text.contains("Looks to\nnot stated"), qPrintable(text));
    QVERIFY(text.contains("云生态发展趋势概述"));
}

void TestDetailsPanel::rowsWithoutANameAreHeadedByWhatTheyAreAbout_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("idSql");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("chineseTitle"); // the date as Chinese writes it
    QTest::newRow("price cut") << int(EntityKind::PriceCut)
                               << "SELECT p.id FROM price_cut p JOIN organization o"
                                  " ON o.id = p.organization_id WHERE o.name = '腾讯云'"
                               << "Price cut\n腾讯云 · 16 May 2023\n"
                               << "\n腾讯云 · 2023年5月16日\n";
    QTest::newRow("score") << int(EntityKind::LeaderboardEntry)
                           << "SELECT e.id FROM leaderboard_entry e JOIN model m"
                              " ON m.id = e.model_id WHERE m.name = 'GLM-4'"
                           << "Leaderboard entry\nGLM-4 · SuperClue · Apr 2024\n"
                           << "\nGLM-4 · SuperClue · 2024年4月\n";
    QTest::newRow("funded company") << int(EntityKind::FundingCompany)
                                    << "SELECT f.id FROM funding_company f JOIN organization o"
                                       " ON o.id = f.organization_id WHERE o.name = '百川智能'"
                                    << "Funded company\n百川智能 · 2023\n"
                                    << "\n百川智能 · 2023年\n";
}

void TestDetailsPanel::rowsWithoutANameAreHeadedByWhatTheyAreAbout()
{
    QFETCH(int, kind);
    QFETCH(QString, idSql);
    QFETCH(QString, heading);
    QFETCH(QString, chineseTitle);
    const qint64 id = idOf(idSql);
    QVERIFY(id > 0);
    m_state->setFocus({EntityKind(kind), id});
    const QString text = m_panel->plainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text));

    // The heading's date is written as the interface language writes dates (Format::date).
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto details = Queries(*m_db).details({EntityKind(kind), id});
    QVERIFY(details);
    const QString chinese
        = QTextDocumentFragment::fromHtml(DetailsPanel::toHtml(*details)).toPlainText();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(chinese.contains(chineseTitle), qPrintable(chinese));
    QVERIFY2(!chinese.contains(QRegularExpression("· \\d{4}-")), qPrintable(chinese));
}

// What a row is and the labels of its related rows go through translation (context
// TrendScope::EntityDetails); the names in them stay as the data has them.
void TestDetailsPanel::kindsAndRelatedRowsAreTranslated()
{
    MarkingTranslator translator("TrendScope::EntityDetails");
    QCoreApplication::installTranslator(&translator);
    const auto details = Queries(*m_db).details(
        {EntityKind::Organization, idOf("SELECT id FROM organization WHERE name = '百度'")});
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(details);
    QCOMPARE(details->kind, QStringLiteral("[Organization]"));
    QStringList related;
    for (const RelatedEntity &r : details->related)
        related.append(r.label);
    QVERIFY2(related.contains(QStringLiteral("[Model: 文心一言]")), qPrintable(related.join(u'|')));
    for (const QString &label : std::as_const(related))
        QVERIFY2(label.startsWith(u'['), qPrintable(label));
}

// An organization with more models than the panel lists says how many more, in the interface
// language and with the count's plural form.
void TestDetailsPanel::rowsNotListedAreCountedInTheLanguage()
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
                 "INSERT INTO model (name, organization_id, source_id, section, edition_id) "
                 "SELECT '百度模型-' || i, m.organization_id, m.source_id, m.section, "
                 "m.edition_id FROM n, model m WHERE m.name = '文心一言'")),
        qPrintable(q.lastError().text()));
    const qint64 baidu = idOf("SELECT id FROM organization WHERE name = '百度'");
    auto notListed = [&] {
        const auto details = Queries(*m_db).details({EntityKind::Organization, baidu});
        QStringList values;
        for (const Fact &f : details->facts)
            if (f.label == QCoreApplication::translate("TrendScope::EntityDetails", "Not listed"))
                values.append(f.value);
        return values;
    };
    const qint64 models = idOf("SELECT count(*) FROM model WHERE organization_id = "
                               "(SELECT id FROM organization WHERE name = '百度')");
    const QString more = QString::number(models - 50);
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const QStringList chinese = notListed();
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(chinese, QStringList {QStringLiteral("另有 %1 条相关行（模型）").arg(more)});
    QCOMPARE(notListed(), QStringList {QStringLiteral("%1 more related rows (Model)").arg(more)});
}

void TestDetailsPanel::factsInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("trainingRun");
    QTest::addColumn<QString>("trainingValue");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("score");
    QTest::newRow("en") << "en"
                        << "Training run"
                        << "Parameters: 175 B, tokens: 300 B, days: 14.8, GPUs: 10,000 V100"
                        << "Curve 2024"
                        << "准成熟 (the report writes 2023年进入准成熟阶段) · curve year inferred"
                        << "72.58 (rank 6 of 11, derived from the scores)";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "训练过程"
                           << "参数：1,750亿，Token：3,000亿，天数：14.8，GPU：10,000 V100"
                           << "2024年曲线"
                           << "准成熟（报告原文：2023年进入准成熟阶段） · 曲线年份为推断"
                           << "72.58（共 11 个，排名第 6，由得分推算）";
}

// The facts read from other rows (a model's training run and scores, a technology's curve
// positions) are written in the interface language, the report's words as they are.
void TestDetailsPanel::factsInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, trainingRun);
    QFETCH(QString, trainingValue);
    QFETCH(QString, curve);
    QFETCH(QString, position);
    QFETCH(QString, score);
    QVERIFY(Language::install(language));
    const QString training = fact(EntityKind::Model, "GPT-3 175B", trainingRun);
    const QString maturity = fact(EntityKind::Technology, "数字孪生", curve);
    const auto glm = Queries(*m_db).details(
        {EntityKind::Model, idOf("SELECT id FROM model WHERE name = 'GLM-4'")});
    QVERIFY(Language::install(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(training, trainingValue);
    QCOMPARE(maturity, position);
    QVERIFY(glm);
    QStringList scores;
    for (const Fact &f : glm->facts)
        if (f.label.startsWith("SuperClue"))
            scores.append(f.value);
    QVERIFY2(scores.contains(score), qPrintable(scores.join(u'|')));
}

// A training run's field the report does not give says so, as every view does.
void TestDetailsPanel::trainingRunNotStated()
{
    QCOMPARE(fact(EntityKind::Model, "ChinChilla", "Training run"),
        QStringLiteral(
            "Parameters: not stated, tokens: 1.4 T, days: not stated, GPUs: not stated"));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const QString chinese = fact(EntityKind::Model, "ChinChilla", "训练过程");
    QVERIFY(Language::install(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(chinese, QStringLiteral("参数：未说明，Token：1.4万亿，天数：未说明，GPU：未说明"));
}

// The dataset's own notes and reasons are written in English; the Chinese interface shows
// them in Chinese (the catalogue shipped for zh_CN), and switching back shows them as written.
void TestDetailsPanel::notesAndReasonsInTheLanguage()
{
    AnnotationTranslator catalogue;
    QVERIFY(catalogue.loadLanguage(QStringLiteral("zh_CN")));
    const QString reason = QStringLiteral("the dataset's own English name, not the report's");
    const qint64 baidu = idOf("SELECT id FROM organization WHERE name = '百度'");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, note FROM price_cut WHERE note LIKE '%the%'"
                                  " ORDER BY id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 cut = q.value(0).toLongLong();
    const QString note = q.value(1).toString();
    QVERIFY(catalogue.texts().contains(note));
    QVERIFY(catalogue.texts().contains(reason));

    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    m_state->setFocus({EntityKind::Organization, baidu});
    const QString organization = m_panel->plainText();
    m_state->setFocus({EntityKind::PriceCut, cut});
    const QString priceCut = m_panel->plainText();
    QVERIFY(Language::install(QStringLiteral("en")));
    // The field and its reason joined as Chinese writes them.
    QVERIFY2(organization.contains(QStringLiteral("英文名：") + catalogue.texts().value(reason)),
        qPrintable(organization));
    QVERIFY2(!organization.contains(reason), qPrintable(organization));
    QVERIFY2(priceCut.contains(catalogue.texts().value(note)), qPrintable(priceCut));

    m_state->setFocus({EntityKind::Organization, baidu});
    QVERIFY2(m_panel->plainText().contains(reason), qPrintable(m_panel->plainText()));
    m_state->setFocus({EntityKind::PriceCut, cut});
    QVERIFY2(m_panel->plainText().contains(note), qPrintable(m_panel->plainText()));
}

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
