#include "chartframe.h"
#include "database.h"
#include "explorerstate.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "queries.h"
#include "rankbumpchart.h"
#include "roles.h"
#include "surveychart.h"
#include "surveymodel.h"
#include "testutil.h"
#include "textlayout.h"
#include "trainingrunmodel.h"

#include <QCollator>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
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
    void organizationsInTheLanguagesOrder();
    void organizationsNamedAsTheNamesSettingSays();
    void focusedOrganizationHighlightsAllItsBars();
    void escapeLikeClearFocusClearsBoth();
    void trainingRunTab();
    void surveyBarsPerQuestion();
    void smallChartDrawsTheFirstBarsAndSaysHowManyMore();
    void compareModeDrawsBothEditions();
    void compareModeLegibleAtEverySize();
    void compareWithoutRowsSaysSo();

private:
    struct FullView
    {
        TrainingRunModel runs;
        SurveyModel surveys;
        std::unique_ptr<LeaderboardView> view;
    };
    void makeFullView(FullView *full);
    void makeCompareView();

    int proxyRowOf(const QString &modelName) const;
    QStringList legendNames() const;
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

// The names of the chart's series: the legend's entries.
QStringList TestLeaderboardView::legendNames() const
{
    QStringList names;
    for (int i = 0; i < m_view->chart()->plottableCount(); ++i)
        names.append(m_view->chart()->plottable(i)->name());
    return names;
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
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int> {row});
}

void TestLeaderboardView::clickingTableRowHighlightsBar()
{
    const int row = proxyRowOf(QStringLiteral("文心一言4.0"));
    QTableView *table = m_view->table();
    const QRect cell = table->visualRect(table->model()->index(row, LeaderboardModel::ModelColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(m_state->focus(), entityOfRow(row));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int> {row});
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
    QTest::mouseClick(
        m_view->chart(), Qt::LeftButton, {}, m_view->chart()->barCenter(row).toPoint());
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

void TestLeaderboardView::organizationsInTheLanguagesOrder()
{
    QComboBox *box = m_view->organizationBox();
    auto names = [box] {
        QStringList list;
        for (int i = 1; i < box->count(); ++i)
            list.append(box->itemText(i));
        return list;
    };
    auto inOrder = [](const QStringList &list, const QLocale &locale) {
        QCollator collator(locale);
        collator.setNumericMode(true);
        for (int i = 1; i < list.size(); ++i) {
            if (collator.compare(list.at(i - 1), list.at(i)) > 0)
                return false;
        }
        return true;
    };
    QTableView *table = m_view->table();
    table->sortByColumn(LeaderboardModel::OrganizationColumn, Qt::AscendingOrder);
    auto tableOrganizations = [table] {
        QStringList list;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            list.append(
                table->model()->index(row, LeaderboardModel::OrganizationColumn).data().toString());
        return list;
    };
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QVERIFY(!inOrder(names(), chinese));
    QVERIFY(!inOrder(tableOrganizations(), chinese));

    // A language switch: the list and the table are sorted again, in pinyin (百度 before 智谱).
    QLocale::setDefault(chinese);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList tableOrder = tableOrganizations();
    QVERIFY2(inOrder(tableOrder, chinese), qPrintable(tableOrder.join(QLatin1Char('|'))));
    const QStringList chineseOrder = names();
    QVERIFY2(inOrder(chineseOrder, chinese), qPrintable(chineseOrder.join(QLatin1Char('|'))));
    const qsizetype baidu = chineseOrder.indexOf(QStringLiteral("百度"));
    QVERIFY(baidu >= 0);
    for (const QString &name : chineseOrder) {
        if (name.startsWith(QStringLiteral("智谱")))
            QVERIFY2(chineseOrder.indexOf(name) > baidu, qPrintable(name));
    }
    QCOMPARE(box->itemText(0), QStringLiteral("All organizations"));
    QCOMPARE(box->count(), chineseOrder.size() + 1);
}

// English names first: the box lists Baidu, not 百度, and the filter it sets keeps the
// report's name (what rows are matched by) with the English one for its chip and subtitles.
void TestLeaderboardView::organizationsNamedAsTheNamesSettingSays()
{
    QComboBox *box = m_view->organizationBox();
    QVERIFY(box->findText(QStringLiteral("百度")) > 0);
    QVERIFY(legendNames().contains(QStringLiteral("百度")));
    m_state->setNameOrder(NameOrder::EnglishFirst);
    m_model->setNameOrder(NameOrder::EnglishFirst); // as the workspace passes it on
    QVERIFY(box->findText(QStringLiteral("百度")) < 0);
    // The chart's legend (one series per organization) names them as the box does.
    QTRY_VERIFY(legendNames().contains(QStringLiteral("Baidu")));
    const QStringList legend = legendNames();
    QVERIFY2(legend.contains(QStringLiteral("Baidu")) && !legend.contains(QStringLiteral("百度")),
        qPrintable(legend.join(QLatin1Char(','))));
    const int index = box->findText(QStringLiteral("Baidu"));
    QVERIFY(index > 0);
    QCOMPARE(box->itemData(index).toString(), QStringLiteral("百度"));
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_state->filter().organization, QStringLiteral("百度"));
    QCOMPARE(m_state->filter().organizationEn, QStringLiteral("Baidu"));
    QCOMPARE(m_view->chart()->barCount(), 1);
    QVERIFY2(m_view->chart()->frame().subtitle().contains(QStringLiteral("organization Baidu")),
        qPrintable(m_view->chart()->frame().subtitle()));
    m_state->setNameOrder(NameOrder::ReportFirst);
    m_model->setNameOrder(NameOrder::ReportFirst);
    QCOMPARE(box->currentText(), QStringLiteral("百度"));
    QVERIFY2(m_view->chart()->frame().subtitle().contains(QStringLiteral("organization 百度")),
        qPrintable(m_view->chart()->frame().subtitle()));
    m_state->clearFilters();
    QVERIFY(m_state->filter().organizationEn.isEmpty());
}

void TestLeaderboardView::focusedOrganizationHighlightsAllItsBars()
{
    const int row = proxyRowOf(QStringLiteral("GPT4-Turbo-0125"));
    const EntityRef openAi
        = m_view->table()->model()->index(row, 0).data(OrganizationEntityRole).value<EntityRef>();
    m_state->setFocus(openAi);
    QCOMPARE(m_view->chart()->highlightedRows().size(), 4);
    // Highlighted, not filtered away.
    QCOMPARE(m_view->chart()->barCount(), 11);
}

void TestLeaderboardView::escapeLikeClearFocusClearsBoth()
{
    m_state->setFocus(entityOfRow(0));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int> {0});
    m_state->clearFocus();
    QVERIFY(m_view->chart()->highlightedRows().isEmpty());
    QVERIFY(m_view->table()->selectionModel()->selectedRows().isEmpty());
}

static const char *const Fixture = R"(
DELETE FROM training_run;
DELETE FROM survey_stat;
INSERT INTO organization (id, name) VALUES (9401, '测试实验室');
INSERT INTO model (id, name, organization_id, source_id, section) VALUES (9401, 'Fixture-130B', 9401, 1, '模型');
INSERT INTO training_run (model_id, parameters, tokens, days, gpus, gpu_type, source_id, section) VALUES
 (9401, 130000000000.0, 400000000000.0, 57, 768, 'A100', 1, '训练过程推测');
INSERT INTO survey_stat (survey, question, answer, percent, respondents, rank, source_id, section) VALUES
 ('测试调研', '智能编码助手使用率', 'GitHub Copilot', 64.5, 1217, 1, 1, '编码助手'),
 ('测试调研', '智能编码助手使用率', 'Codex', 23.2, 1217, 3, 1, '编码助手'),
 ('测试调研', '智能编码助手使用率', 'Amazon CodeWhisperer', 24.8, 1217, 2, 1, '编码助手'),
 ('测试调研', '通用大模型认知度', 'GPT系列大模型', 52.2, 1217, 1, 1, '认知度')
)";

void TestLeaderboardView::makeFullView(FullView *full)
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    full->runs.setRows(Queries(*db).trainingRuns());
    full->surveys.setRows(Queries(*db).surveyStats());
    full->view = std::make_unique<LeaderboardView>(
        m_model.get(), &full->runs, &full->surveys, m_state.get());
    full->view->resize(1280, 760);
    full->view->show();
    QVERIFY(QTest::qWaitForWindowExposed(full->view.get()));
}

void TestLeaderboardView::trainingRunTab()
{
    FullView full;
    makeFullView(&full);
    LeaderboardView *view = full.view.get();
    QCOMPARE(view->tabs()->count(), 4); // scores, training runs, surveys, rank changes
    QCOMPARE(view->tabs()->widget(3), view->rankChart());
    const int scores = view->visibleRowCount();
    QVERIFY(scores > 1);
    QSignalSpy counts(view, &ChartView::rowCountsChanged);
    view->tabs()->setCurrentIndex(1);
    // The status bar counts the tab on show: one training run, not the scores' rows.
    QVERIFY(!counts.isEmpty());
    QCOMPARE(view->visibleRowCount(), 1);
    QCOMPARE(view->totalRowCount(), 1);
    QTableView *table = view->trainingRunTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex compute = table->model()->index(0, TrainingRunModel::ComputeColumn);
    QCOMPARE(compute.data().toString(), QStringLiteral("3.1×10²³ FLOPs"));
    QVERIFY(compute.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("6 × parameters × tokens")));
    // Picking the run focuses its model everywhere.
    const QRect cell = table->visualRect(table->model()->index(0, TrainingRunModel::ModelColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 9401}));
    // The shared filters narrow it too.
    counts.clear();
    m_state->setOrganization(QStringLiteral("百度"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(view->visibleRowCount(), 0);
    QCOMPARE(view->totalRowCount(), 1);
    m_state->setOrganization(QStringLiteral("测试实验室"));
    QCOMPARE(table->model()->rowCount(), 1);
    view->tabs()->setCurrentIndex(2);
    // The answers of the question on show, of all the surveys' answers (was 4 of 4).
    QCOMPARE(view->visibleRowCount(), 3);
    QCOMPARE(view->totalRowCount(), 4);
    counts.clear();
    view->questionBox()->setCurrentIndex(
        view->questionBox()->findText(QStringLiteral("通用大模型认知度")));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(view->visibleRowCount(), 1);
    view->tabs()->setCurrentIndex(0);
    QCOMPARE(view->visibleRowCount(), view->table()->model()->rowCount());
}

void TestLeaderboardView::surveyBarsPerQuestion()
{
    FullView full;
    makeFullView(&full);
    LeaderboardView *view = full.view.get();
    view->tabs()->setCurrentIndex(2);
    QComboBox *box = view->questionBox();
    QCOMPARE(box->count(), 2);
    // The question with the most answers is shown first, its bars largest first.
    QCOMPARE(box->currentText(), QStringLiteral("智能编码助手使用率"));
    SurveyChart *chart = view->surveyChart();
    QCOMPARE(chart->answers(), (QStringList {"GitHub Copilot", "Amazon CodeWhisperer", "Codex"}));
    QCOMPARE(chart->values(), (QList<double> {64.5, 24.8, 23.2}));
    QCOMPARE(chart->frame().title(), QStringLiteral("智能编码助手使用率"));
    QVERIFY(chart->frame().subtitle().contains(QStringLiteral("测试调研")));
    box->setCurrentIndex(box->findText(QStringLiteral("通用大模型认知度")));
    QCOMPARE(chart->answers(), QStringList {"GPT系列大模型"});
    QCOMPARE(chart->barCount(), 1);
}

// A chart squeezed by a dock (or a thumbnail export) keeps its names readable: it draws the
// first bars and its last row says how many more the table has.
void TestLeaderboardView::smallChartDrawsTheFirstBarsAndSaysHowManyMore()
{
    LeaderboardChart *chart = m_view->chart();
    const int bars = chart->barCount();
    QVERIFY(bars >= 8);
    const QSize small(480, 270);
    QList<TextBox> text = recordText(chart, small);
    QStringList problems = legibilityProblems(text, small);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const int shown = chart->shownBarCount();
    QVERIFY2(shown > 1 && shown < bars, qPrintable(QString::number(shown)));
    QStringList texts;
    for (const TextBox &box : std::as_const(text))
        texts << box.text;
    QVERIFY2(texts.contains(QStringLiteral("+%1 more in the table").arg(bars - shown)),
        qPrintable(texts.join(u'|')));

    const QSize large(1280, 800);
    text = recordText(chart, large);
    problems = legibilityProblems(text, large);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(chart->shownBarCount(), bars);
    for (const TextBox &box : std::as_const(text))
        QVERIFY(!box.text.contains(QStringLiteral("more in the table")));
}

// The synthetic editions (tests/fixtures): blue book 2024 (2) against "2025" (4).
void TestLeaderboardView::makeCompareView()
{
    cleanup();
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<LeaderboardModel>();
    m_model->setRows(Queries(*db).leaderboard());
    m_view = std::make_unique<LeaderboardView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_state->setComparison({2, 4, "bluebook 2024", "bluebook 2025 (synthetic)"});
    m_view->chart()->replot();
}

void TestLeaderboardView::compareModeDrawsBothEditions()
{
    makeCompareView();
    LeaderboardChart *chart = m_view->chart();
    const QStringList names = chart->shownNames();
    QCOMPARE(names.size(), 12); // 11 in each: 10 in both, one new, one gone
    QCOMPARE(names.first(), QStringLiteral("GPT4-Turbo-0125  ="));
    QCOMPARE(names.at(2), QStringLiteral("Claude3-Opus  ▲1"));
    QCOMPARE(names.at(6), QStringLiteral("合成模型-1  new"));
    QVERIFY(names.last().endsWith(QStringLiteral("  gone")));
    const QStringList values = chart->shownValues();
    QCOMPARE(values.size(), 12);
    QCOMPARE(values.first(), QStringLiteral("80.03 (+0.90)"));
    QCOMPARE(values.at(6), QStringLiteral("72.80"));
    QVERIFY(chart->frame().subtitle().contains(
        QStringLiteral("Compared: bluebook 2024 vs bluebook 2025 (synthetic)")));
    QCOMPARE(chart->legend->itemCount(), 2);

    // Clicking edition B's bar of a model focuses that model, and both its bars light up.
    const int rowB = [&] {
        const QAbstractItemModel *proxy = m_view->table()->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data().toString() == QStringLiteral("Claude3-Opus")
                && index.data(EditionRole).toLongLong() == 4)
                return row;
        }
        return -1;
    }();
    QVERIFY(rowB >= 0);
    const QPoint bar = chart->barCenter(rowB).toPoint();
    QVERIFY(chart->rect().contains(bar));
    QCOMPARE(chart->rowAt(bar), rowB);
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar);
    QCOMPARE(m_state->focus(), entityOfRow(rowB));
    // The click focuses B's score entry: that bar alone. Its model (the parent, as the
    // training runs or the details' Related link focus it) lights both editions' bars.
    QCOMPARE(chart->highlightedRows(), QList<int> {rowB});
    const EntityRef model
        = m_view->table()->model()->index(rowB, 0).data(ParentEntityRole).value<EntityRef>();
    QCOMPARE(model.kind, EntityKind::Model);
    m_state->setFocus(model);
    QCOMPARE(chart->highlightedRows().size(), 2);
    QVERIFY(chart->highlightedRows().contains(rowB));

    // Compare off: the chart is as before, every row a bar of its own.
    m_state->clearComparison();
    QCOMPARE(chart->barCount(), 22);
    QVERIFY(!chart->shownNames().first().contains(QStringLiteral("  ")));
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("Compared")));
}

void TestLeaderboardView::compareModeLegibleAtEverySize()
{
    makeCompareView();
    LeaderboardChart *chart = m_view->chart();
    const QList<QSize> sizes {
        {480, 270}, {640, 360}, {1024, 576}, {1280, 720}, {1920, 1080}, {2560, 1440}, {3840, 2160}};
    for (const QSize &size : sizes) {
        const QList<TextBox> text = recordText(chart, size);
        const QStringList problems = legibilityProblems(text, size);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1×%2: ").arg(size.width()).arg(size.height())
                + problems.join(u'\n')));
    }
}

void TestLeaderboardView::compareWithoutRowsSaysSo()
{
    makeCompareView();
    // The InfoQ editions have no leaderboard: no half comparison.
    m_state->setComparison({1, 4, "infoq 2023–2024", "bluebook 2025 (synthetic)"});
    QCOMPARE(m_view->chart()->barCount(), 0);
    QCOMPARE(m_view->chart()->emptyMessage(),
        QStringLiteral("No leaderboard rows in edition infoq 2023–2024: nothing to compare"));
}

QTEST_MAIN(TestLeaderboardView)
#include "tst_leaderboardview.moc"
