#include "database.h"
#include "detailspanel.h"
#include "explorerstate.h"
#include "queries.h"

#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>

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
    void linksRoundTrip_data();
    void linksRoundTrip();
    void hostileTextIsEscaped();

private:
    qint64 idOf(const QString &sql);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<DetailsPanel> m_panel;
};

void TestDetailsPanel::initTestCase()
{
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

void TestDetailsPanel::showsModelFactsWithProvenance()
{
    const qint64 glm = idOf("SELECT id FROM model WHERE name = 'GLM-4'");
    m_state->setFocus({EntityKind::Model, glm});
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains("GLM-4"), qPrintable(text));
    QVERIFY(text.contains("清华&智谱AI"));
    QVERIFY2(text.contains("SuperClue 2024-04"), qPrintable(text));
    QVERIFY2(text.contains("72.58 (rank 6 of 11)"), qPrintable(text));
    QVERIFY(text.contains("2024中国云生态蓝皮书"));
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

void TestDetailsPanel::linksRoundTrip_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("valid");
    QTest::newRow("model") << DetailsPanel::linkFor({EntityKind::Model, 42}) << true;
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

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
