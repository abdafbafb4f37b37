#include "database.h"
#include "explorerstate.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "chartframe.h"
#include "queries.h"
#include "roles.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>

using namespace TrendScope;

class TestLeaderboardView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingBarSelectsTableRow();
    void clickingTableRowHighlightsBar();
    void searchNarrowsTableAndChart();
    void organizationFilterFromBox();
    void focusedOrganizationHighlightsAllItsBars();
    void escapeLikeClearFocusClearsBoth();

private:
    int proxyRowOf(const QString &modelName) const;
    EntityRef entityOfRow(int row) const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<LeaderboardModel> m_model;
    std::unique_ptr<LeaderboardView> m_view;
};

void TestLeaderboardView::init()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<LeaderboardModel>();
    m_model->setRows(Queries(*db).leaderboard());
    m_view = std::make_unique<LeaderboardView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->chart()->replot();
}

void TestLeaderboardView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
}

int TestLeaderboardView::proxyRowOf(const QString &modelName) const
{
    const QAbstractItemModel *proxy = m_view->table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, LeaderboardModel::ModelColumn).data().toString() == modelName)
            return row;
    return -1;
}

EntityRef TestLeaderboardView::entityOfRow(int row) const
{
    return m_view->table()->model()->index(row, 0).data(EntityRole).value<EntityRef>();
}

void TestLeaderboardView::clickingBarSelectsTableRow()
{
    const int row = proxyRowOf(QStringLiteral("GLM-4"));
    QVERIFY(row >= 0);
    const QPoint bar = m_view->chart()->barCenter(row).toPoint();
    QVERIFY(m_view->chart()->rect().contains(bar));
    QTest::mouseClick(m_view->chart(), Qt::LeftButton, {}, bar);

    QCOMPARE(m_state->focus(), entityOfRow(row));
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("GLM-4"));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int>{row});
}

void TestLeaderboardView::clickingTableRowHighlightsBar()
{
    const int row = proxyRowOf(QStringLiteral("文心一言4.0"));
    QTableView *table = m_view->table();
    const QRect cell = table->visualRect(table->model()->index(row, LeaderboardModel::ModelColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(m_state->focus(), entityOfRow(row));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int>{row});
}

void TestLeaderboardView::searchNarrowsTableAndChart()
{
    QCOMPARE(m_view->chart()->barCount(), 11);
    m_state->setSearch(QStringLiteral("GPT4")); // typed into the filter bar (tst_filterbar)
    QCOMPARE(m_view->visibleRowCount(), 3);
    QCOMPARE(m_view->chart()->barCount(), 3);
    QVERIFY(m_view->chart()->frame().subtitle().contains(QStringLiteral("GPT4")));
    // A bar of the filtered chart still focuses the right model.
    const int row = proxyRowOf(QStringLiteral("GPT4(官网)"));
    QTest::mouseClick(m_view->chart(), Qt::LeftButton, {}, m_view->chart()->barCenter(row).toPoint());
    QCOMPARE(m_state->focus(), entityOfRow(row));
}

void TestLeaderboardView::organizationFilterFromBox()
{
    QComboBox *box = m_view->organizationBox();
    const int index = box->findData(QStringLiteral("百度"));
    QVERIFY(index > 0);
    box->setFocus();
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_state->filter().organization, QStringLiteral("百度"));
    QCOMPARE(m_view->chart()->barCount(), 1);
    // Set from elsewhere (another view), the box shows it too.
    m_state->setOrganization(QStringLiteral("OpenAI"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("OpenAI"));
    QCOMPARE(m_view->chart()->barCount(), 4);
    m_state->clearFilters();
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(m_view->chart()->barCount(), 11);
}

void TestLeaderboardView::focusedOrganizationHighlightsAllItsBars()
{
    const int row = proxyRowOf(QStringLiteral("GPT4-Turbo-0125"));
    const EntityRef openAi = m_view->table()->model()->index(row, 0).data(OrganizationEntityRole).value<EntityRef>();
    m_state->setFocus(openAi);
    QCOMPARE(m_view->chart()->highlightedRows().size(), 4);
    // Highlighted, not filtered away.
    QCOMPARE(m_view->chart()->barCount(), 11);
}

void TestLeaderboardView::escapeLikeClearFocusClearsBoth()
{
    m_state->setFocus(entityOfRow(0));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int>{0});
    m_state->clearFocus();
    QVERIFY(m_view->chart()->highlightedRows().isEmpty());
    QVERIFY(m_view->table()->selectionModel()->selectedRows().isEmpty());
}

QTEST_MAIN(TestLeaderboardView)
#include "tst_leaderboardview.moc"
