#include "database.h"
#include "explorerfilterproxy.h"
#include "leaderboardmodel.h"
#include "queries.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TrendScope;

class TestLeaderboardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTester();
    void columnsAndRoles();
    void notStatedScore();
    void rankOfHowManyCountsItsOwnSnapshot();
    void proxyFilters_data();
    void proxyFilters();
    void proxySorts_data();
    void proxySorts();

private:
    static QStringList column(const QAbstractItemModel &model, int column);
    LeaderboardRows m_rows;
};

void TestLeaderboardModel::initTestCase()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    m_rows = Queries(*db).leaderboard();
    QCOMPARE(m_rows.size(), 11);
}

QStringList TestLeaderboardModel::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestLeaderboardModel::modelPassesTester()
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(LeaderboardModel::ScoreColumn, Qt::DescendingOrder);
    Filter filter;
    filter.search = QStringLiteral("GPT");
    proxy.setFilter(filter);
    proxy.setFilter(Filter {});
    model.setRows(m_rows.mid(0, 3));
    model.setRows({});
}

void TestLeaderboardModel::columnsAndRoles()
{
    LeaderboardModel model;
    model.setRows(m_rows);
    QCOMPARE(model.columnCount(), int(LeaderboardModel::ColumnCount));
    const QModelIndex glm = model.index(5, 0);
    QCOMPARE(glm.data().toString(), QStringLiteral("GLM-4"));
    QCOMPARE(model.index(5, LeaderboardModel::OrganizationColumn).data().toString(),
        QStringLiteral("清华&智谱AI"));
    QCOMPARE(model.index(5, LeaderboardModel::RankColumn).data().toInt(), 6);
    QCOMPARE(glm.data(ValueRole).toDouble(), 72.58);
    // A row is one score entry; the model it scores is its parent.
    QCOMPARE(glm.data(EntityRole).value<EntityRef>().kind, EntityKind::LeaderboardEntry);
    QCOMPARE(glm.data(ParentEntityRole).value<EntityRef>().kind, EntityKind::Model);
    QCOMPARE(glm.data(DateRole).toString(), QStringLiteral("2024-04"));
    QCOMPARE(glm.data(SourceCodeRole).toString(), QStringLiteral("bluebook-2024"));
    const QString tip = glm.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("rank 6 of 11")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2024中国云生态蓝皮书")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("stated")), qPrintable(tip));
}

void TestLeaderboardModel::notStatedScore()
{
    LeaderboardRows rows = m_rows.mid(0, 2);
    rows[1].score.reset();
    LeaderboardModel model;
    model.setRows(rows);
    QCOMPARE(model.index(1, LeaderboardModel::ScoreColumn).data().toString(),
        QStringLiteral("not stated"));
    QVERIFY(!model.index(1, 0).data(ValueRole).isValid());
}

// "rank 1 of N" counts the rows of the row's own benchmark and snapshot, wherever they are in
// the model and whatever characters the names hold (a "|" once joined two keys into one).
void TestLeaderboardModel::rankOfHowManyCountsItsOwnSnapshot()
{
    LeaderboardRows rows;
    auto add = [&rows](const char *benchmark, const char *snapshot) {
        LeaderboardRow row = rows.isEmpty() ? LeaderboardRow {} : rows.constLast();
        row.model = QStringLiteral("模型%1").arg(rows.size());
        row.benchmark = QString::fromUtf8(benchmark);
        row.snapshot = QString::fromUtf8(snapshot);
        row.score = 50;
        row.rank = 1;
        rows.append(row);
    };
    add("A|B", "2024");
    add("A|B", "2024");
    add("A", "B|2024");
    add("C", "2024");
    add("A|B", "2024"); // apart from its snapshot's other rows
    LeaderboardModel model;
    model.setRows(rows);
    auto tip = [&model](int row) { return model.index(row, 0).data(Qt::ToolTipRole).toString(); };
    QVERIFY2(tip(0).contains(QStringLiteral("rank 1 of 3")), qPrintable(tip(0)));
    QVERIFY2(tip(2).contains(QStringLiteral("rank 1 of 1")), qPrintable(tip(2)));
    QVERIFY2(tip(3).contains(QStringLiteral("rank 1 of 1")), qPrintable(tip(3)));
    QVERIFY2(tip(4).contains(QStringLiteral("rank 1 of 3")), qPrintable(tip(4)));
}

void TestLeaderboardModel::proxyFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("models");
    QTest::newRow("no filter count")
        << ""
        << "" << 0
        << QStringList {"GPT4-Turbo-0125", "GPT4-Turbo-0409", "GPT4(官网)", "Claude3-Opus",
               "Baichuan3", "GLM-4", "通义千问2.1", "腾讯Hunyuan-pro", "文心一言4.0",
               "Moonshot(KimiChat)", "GPT3.5-Turbo-0125"};
    QTest::newRow("search model") << "glm"
                                  << "" << 0 << QStringList {"GLM-4"};
    QTest::newRow("search chinese org") << "智谱"
                                        << "" << 0 << QStringList {"GLM-4"};
    QTest::newRow("search english org name") << "moonshot ai"
                                             << "" << 0 << QStringList {"Moonshot(KimiChat)"};
    QTest::newRow("organization") << ""
                                  << "OpenAI" << 0
                                  << QStringList {"GPT4-Turbo-0125", "GPT4-Turbo-0409",
                                         "GPT4(官网)", "GPT3.5-Turbo-0125"};
    QTest::newRow("organization and search") << "3.5"
                                             << "OpenAI" << 0 << QStringList {"GPT3.5-Turbo-0125"};
    QTest::newRow("year of snapshot") << ""
                                      << "百度" << 2024 << QStringList {"文心一言4.0"};
    QTest::newRow("other year") << ""
                                << "" << 2023 << QStringList {};
    QTest::newRow("sql text matches nothing") << "' OR 1=1 --"
                                              << "" << 0 << QStringList {};
    QTest::newRow("percent is literal") << "%"
                                        << "" << 0 << QStringList {};
}

void TestLeaderboardModel::proxyFilters()
{
    QFETCH(QString, search);
    QFETCH(QString, organization);
    QFETCH(int, year);
    QFETCH(QStringList, models);
    LeaderboardModel model;
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    Filter filter;
    filter.search = search;
    filter.organization = organization;
    filter.yearFrom = filter.yearTo = year;
    proxy.setFilter(filter);
    QCOMPARE(column(proxy, LeaderboardModel::ModelColumn), models);
}

void TestLeaderboardModel::proxySorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("score descending")
        << int(LeaderboardModel::ScoreColumn) << int(Qt::DescendingOrder) << "GPT4-Turbo-0125"
        << "GPT3.5-Turbo-0125";
    QTest::newRow("score ascending is numeric")
        << int(LeaderboardModel::ScoreColumn) << int(Qt::AscendingOrder) << "GPT3.5-Turbo-0125"
        << "GPT4-Turbo-0125";
    QTest::newRow("rank ascending")
        << int(LeaderboardModel::RankColumn) << int(Qt::AscendingOrder) << "GPT4-Turbo-0125"
        << "GPT3.5-Turbo-0125";
    QTest::newRow("model name") << int(LeaderboardModel::ModelColumn) << int(Qt::AscendingOrder)
                                << "Baichuan3"
                                << "通义千问2.1";
}

void TestLeaderboardModel::proxySorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    QFETCH(QString, last);
    LeaderboardModel model;
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::SortOrder(order));
    const QStringList names = TestLeaderboardModel::column(proxy, LeaderboardModel::ModelColumn);
    QCOMPARE(names.first(), first);
    QCOMPARE(names.last(), last);
}

QTEST_MAIN(TestLeaderboardModel)
#include "tst_leaderboardmodel.moc"
