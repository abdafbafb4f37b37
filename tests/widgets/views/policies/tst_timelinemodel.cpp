#include "database.h"
#include "explorerfilterproxy.h"
#include "queries.h"
#include "roles.h"
#include "sortorder.h"
#include "testutil.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TrendScope;

static const char *const Fixture = R"(
DELETE FROM policy;
DELETE FROM event;
DELETE FROM trend;
INSERT INTO organization (id, name, name_en) VALUES (9101, '测试公司', 'Test Corp');
INSERT INTO policy (id, date, title, issuer, region, category, summary, source_id, section) VALUES
 (1, '2023-07', '测试办法', NULL, NULL, 'ai', '明确责任', 1, '政策关注'),
 (2, '2023-12-15', '数据计划', '国家数据局', NULL, 'data', NULL, 1, '数据'),
 (3, NULL, '未注明日期的意见', NULL, '上海市', 'compute', NULL, 1, '算力');
INSERT INTO event (id, date, title, category, organization_id, summary, source_id, section) VALUES
 (1, '2023', '热点新闻一', 'hot_news', NULL, NULL, 1, '热点新闻'),
 (2, '2023-07', '测试公司发布大模型', 'device_ai', 9101, '端侧', 2, '端侧AI'),
 (4, '2022-03-01', '新分类的事件', 'new_kind', 9101, NULL, 1, '其他');
INSERT INTO trend (id, number, title, words, horizon, source_id, section) VALUES
 (3, 1, '趋势一', '趋势的原话', '2024', 2, '趋势')
)";

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queryMergesPoliciesAndEventsByDate();
    void modelAndProxyPassTester();
    void columnsAndRoles();
    void groups();
    void filters_data();
    void filters();

private:
    TimelineRows m_rows;
};

void TestTimelineModel::initTestCase()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    QString queryError;
    m_rows = Queries(*db).timeline(&queryError);
    QVERIFY2(queryError.isEmpty(), qPrintable(queryError));
}

void TestTimelineModel::queryMergesPoliciesAndEventsByDate()
{
    QStringList titles;
    for (const TimelineRow &row : std::as_const(m_rows))
        titles.append(row.title);
    // By date text (a year sorts before its months), policies before events on one date,
    // undated last.
    QCOMPARE(titles,
        (QStringList {"新分类的事件", "热点新闻一", "测试办法", "测试公司发布大模型", "数据计划",
            "趋势一", "未注明日期的意见"}));
    const TimelineRow &event = m_rows.at(3);
    QCOMPARE(event.kind, TimelineRow::Kind::Event);
    QCOMPARE(event.organizationId, 9101);
    QCOMPARE(event.organization, QStringLiteral("测试公司"));
    QCOMPARE(event.provenance.sourceCode, QStringLiteral("bluebook-2024"));
    const TimelineRow &policy = m_rows.at(4);
    QCOMPARE(policy.kind, TimelineRow::Kind::Policy);
    QCOMPARE(policy.issuer, QStringLiteral("国家数据局"));
    QCOMPARE(policy.organizationId, 0);
}

void TestTimelineModel::modelAndProxyPassTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(TimelineModel::DateColumn, Qt::DescendingOrder);
    Filter filter;
    filter.yearFrom = 2023;
    proxy.setFilter(filter);
    filter.organization = QStringLiteral("测试公司");
    proxy.setFilter(filter);
    proxy.setFilter(Filter {});
    model.setRows(m_rows.mid(2));
    model.setRows({});
}

void TestTimelineModel::columnsAndRoles()
{
    TimelineModel model;
    model.setRows(m_rows);
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
    QCOMPARE(model.index(2, TimelineModel::KindColumn).data().toString(), QStringLiteral("Policy"));
    QCOMPARE(
        model.index(2, TimelineModel::ActorColumn).data().toString(), QStringLiteral("not stated"));
    QCOMPARE(
        model.index(4, TimelineModel::ActorColumn).data().toString(), QStringLiteral("国家数据局"));
    QCOMPARE(
        model.index(6, TimelineModel::ActorColumn).data().toString(), QStringLiteral("上海市"));
    QCOMPARE(
        model.index(6, TimelineModel::DateColumn).data().toString(), QStringLiteral("not stated"));
    QCOMPARE(model.index(3, TimelineModel::KindColumn).data().toString(), QStringLiteral("Event"));
    QCOMPARE(
        model.index(3, TimelineModel::ActorColumn).data().toString(), QStringLiteral("测试公司"));
    QCOMPARE(model.index(3, TimelineModel::CategoryColumn).data().toString(),
        QStringLiteral("On-device AI"));
    QCOMPARE(
        model.index(2, 0).data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::Policy, 1}));
    QCOMPARE(
        model.index(3, 0).data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::Event, 2}));
    QCOMPARE(model.index(3, 0).data(OrganizationEntityRole).value<EntityRef>(),
        (EntityRef {EntityKind::Organization, 9101}));
    QVERIFY(!model.index(2, 0).data(OrganizationEntityRole).value<EntityRef>().isValid());
    QCOMPARE(model.index(3, 0).data(DateRole).toString(), QStringLiteral("2023-07"));
    QVERIFY(
        model.index(3, 0).data(SearchTextRole).toString().contains(QStringLiteral("Test Corp")));
    // Undated rows sort after every date when ascending, in English and in Chinese collation.
    QCOMPARE(model.index(3, TimelineModel::DateColumn).data(SortRole).toString(),
        QStringLiteral("2023-07"));
    const auto dateKey
        = [&model](int row) { return model.index(row, TimelineModel::DateColumn).data(SortRole); };
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
             QLocale(QLocale::Chinese, QLocale::China)}) {
        const std::vector<int> order
            = sortedRows(model.rowCount(), dateKey, Qt::AscendingOrder, locale);
        QCOMPARE(order.back(), 6);
    }
    const QString tip = model.index(3, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2024中国云生态蓝皮书")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("端侧AI")), qPrintable(tip));
    // A report's numbered trend is a row of its own kind, dated by the year it looks to.
    QCOMPARE(model.index(5, TimelineModel::KindColumn).data().toString(), QStringLiteral("Trend"));
    QCOMPARE(model.index(5, TimelineModel::DateColumn).data(DateRole).toString(), "2024");
    QCOMPARE(model.index(5, TimelineModel::CategoryColumn).data().toString(), "Trends");
    QCOMPARE(
        model.index(5, 0).data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::Trend, 3}));
}

void TestTimelineModel::groups()
{
    TimelineModel model;
    model.setRows(m_rows);
    QStringList groups;
    for (int row = 0; row < model.rowCount(); ++row)
        groups.append(model.index(row, 0).data(GroupRole).toString());
    // All policies form one group whatever their category; events one per category, and a
    // category without a known name still reads well.
    QCOMPARE(groups,
        (QStringList {
            "New kind", "Hot news", "Policies", "On-device AI", "Policies", "Trends", "Policies"}));
}

void TestTimelineModel::filters_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("2023") << 2023 << 2023 << QString()
                          << QStringList {
                                 "热点新闻一", "测试办法", "测试公司发布大模型", "数据计划"};
    QTest::newRow("2024 on") << 2024 << 0 << QString() << QStringList {"趋势一"};
    QTest::newRow("to 2022") << 0 << 2022 << QString() << QStringList {"新分类的事件"};
    QTest::newRow("organization") << 0 << 0 << QStringLiteral("测试公司")
                                  << QStringList {"新分类的事件", "测试公司发布大模型"};
}

void TestTimelineModel::filters()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, organization);
    QFETCH(QStringList, titles);
    TimelineModel model;
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    Filter filter;
    filter.yearFrom = from;
    filter.yearTo = to;
    filter.organization = organization;
    proxy.setFilter(filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, TimelineModel::TitleColumn).data().toString());
    QCOMPARE(shown, titles);
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
