#include "database.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "leaderboardcomparemodel.h"
#include "leaderboardmodel.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TrendScope;

class TestLeaderboardCompareModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyWhileCompareIsOff();
    void rowsOfTheComparedSnapshots();
    void followsTheRowsItReads();

private:
    QStringList dump() const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<LeaderboardModel> m_rows;
    std::unique_ptr<LeaderboardCompareModel> m_model;
};

void TestLeaderboardCompareModel::init()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    m_state = std::make_unique<ExplorerState>();
    m_rows = std::make_unique<LeaderboardModel>();
    m_rows->setRows(Queries(*db).leaderboard());
    m_model = std::make_unique<LeaderboardCompareModel>(
        m_rows.get(), LeaderboardModel::RankColumn, m_state.get());
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void TestLeaderboardCompareModel::cleanup()
{
    m_model.reset();
    m_rows.reset();
    m_state.reset();
}

// Each row's cells joined with "|".
QStringList TestLeaderboardCompareModel::dump() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        lines << cells.join(u'|');
    }
    return lines;
}

void TestLeaderboardCompareModel::emptyWhileCompareIsOff()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(LeaderboardCompareModel::ColumnCount));
}

void TestLeaderboardCompareModel::rowsOfTheComparedSnapshots()
{
    m_state->setComparison({2, 4, "bluebook 2024", "bluebook 2025 (synthetic)"});
    const QStringList lines = dump();
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.first(), QStringLiteral("GPT4-Turbo-0125|SuperClue|1|1|=|79.13|80.03|+0.90"));
    QCOMPARE(lines.at(2), QStringLiteral("Claude3-Opus|SuperClue|4|3|▲1|74.47|76.20|+1.73"));
    QCOMPARE(lines.at(6), QStringLiteral("合成模型-1|SuperClue||7|new||72.80|"));
    QVERIFY(lines.last().startsWith(QStringLiteral("GPT3.5-Turbo-0125|SuperClue|")));
    QVERIFY(lines.last().contains(QStringLiteral("||gone|")));
    QVERIFY(lines.last().endsWith(QStringLiteral("||")));
    QCOMPARE(m_model->headerData(LeaderboardCompareModel::ScoreBColumn, Qt::Horizontal).toString(),
        QStringLiteral("Score, bluebook 2025 (synthetic)"));
    const auto entity = m_model->index(2, 0).data(EntityRole).value<EntityRef>();
    QCOMPARE(entity.kind, EntityKind::Model);
    QCOMPARE(m_model->index(2, LeaderboardCompareModel::ChangeColumn).data(SortRole).toInt(), 1);

    m_state->clearComparison();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestLeaderboardCompareModel::followsTheRowsItReads()
{
    // Over the filter proxy, as the view builds it: the search narrows the pairs too.
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(m_rows.get());
    LeaderboardCompareModel model(&proxy, LeaderboardModel::RankColumn, m_state.get());
    m_state->setComparison({2, 4, "bluebook 2024", "bluebook 2025 (synthetic)"});
    QCOMPARE(model.rowCount(), 12);
    Filter filter;
    filter.search = QStringLiteral("GPT4");
    proxy.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestLeaderboardCompareModel)
#include "tst_leaderboardcomparemodel.moc"
