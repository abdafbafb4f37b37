#include "chartframe.h"
#include "database.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "leaderboardmodel.h"
#include "queries.h"
#include "rankbumpchart.h"
#include "roles.h"
#include "testutil.h"
#include "textlayout.h"

#include <QTest>

using namespace TrendScope;

class TestRankBumpChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void oneSnapshotSaysNothingToCompare();
    void twoSnapshotsLabelBothEnds();
    void clickingALineFocusesItsModel();
    void compareMarksTheEditions();
    void snapshotsAsTheLanguageWritesThem();
    void manySnapshotsTiesShareALabel();
    void manyModelsDrawTheBestRankedOfTheLastSnapshot();
    void throughTheFilterProxyAsOverTheModel();
    void offScreenTheLinesWaitUntilNeeded();
    void legibleAtEverySize_data();
    void legibleAtEverySize();

private:
    // `snapshots` 0: the shipped dataset; 2: with the synthetic editions; more: invented rows
    // of `models` models.
    void makeChart(int snapshots, int models = 14, bool scattered = false);
    int rowOf(const QString &model, qint64 edition) const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<LeaderboardModel> m_model;
    std::unique_ptr<RankBumpChart> m_chart;
};

namespace {

// SYNTHETIC: `snapshots` monthly snapshots of `models` invented models whose ranks rotate,
// with the last two tied in every snapshot. `scattered`: each model leaves out some
// snapshots, so that lines start and end between the first and the last.
LeaderboardRows syntheticSnapshots(int snapshots, int models = 14, bool scattered = false)
{
    LeaderboardRows rows;
    for (int s = 0; s < snapshots; ++s) {
        for (int m = 0; m < models; ++m) {
            if (scattered && (s < m % 7 || s > snapshots - 1 - m % 5))
                continue;
            LeaderboardRow row;
            row.modelId = 500 + m;
            row.organizationId = 1 + m % 4;
            row.model = QStringLiteral("合成模型-%1").arg(m + 1);
            row.benchmark = QStringLiteral("Synthetic bench");
            row.snapshot = QStringLiteral("%1-%2")
                               .arg(2023 + s / 12)
                               .arg(s % 12 + 1, 2, 10, QLatin1Char('0'));
            const int position = (m + s * 3) % models;
            row.rank = position == models - 1 ? models - 1 : position + 1; // the last two tie
            row.score = 90.0 - row.rank;
            row.provenance.editionId = 100 + s;
            rows.append(row);
        }
    }
    return rows;
}

const QList<QSize> Sizes
    = {{480, 270}, {640, 360}, {800, 450}, {1024, 576}, {1280, 800}, {1920, 1080}, {3840, 2160}};

} // namespace

void TestRankBumpChart::cleanup()
{
    m_chart.reset();
    m_model.reset();
    m_state.reset();
}

void TestRankBumpChart::makeChart(int snapshots, int models, bool scattered)
{
    cleanup();
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<LeaderboardModel>();
    if (snapshots <= 2) {
        DatabaseError error;
        auto db = Database::createInMemory(&error);
        QVERIFY2(db, qPrintable(error.message()));
        if (snapshots == 2)
            TestUtil::addSyntheticEditions(*db);
        m_model->setRows(Queries(*db).leaderboard());
    } else {
        m_model->setRows(syntheticSnapshots(snapshots, models, scattered));
    }
    m_chart = std::make_unique<RankBumpChart>(
        m_model.get(), LeaderboardModel::RankColumn, m_state.get());
    m_chart->resize(1280, 800);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->replot();
    // To look at it: TRENDSCOPE_SHOTS=/tmp/shots ctest -R tst_rankbumpchart
    const QString shots = qEnvironmentVariable("TRENDSCOPE_SHOTS");
    if (!shots.isEmpty())
        m_chart->savePng(shots + QStringLiteral("/bump-%1.png").arg(snapshots), 1280, 800);
}

int TestRankBumpChart::rowOf(const QString &model, qint64 edition) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data().toString() == model && index.data(EditionRole).toLongLong() == edition)
            return row;
    }
    return -1;
}

void TestRankBumpChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "Apr 2024"
}

void TestRankBumpChart::oneSnapshotSaysNothingToCompare()
{
    makeChart(0);
    QCOMPARE(m_chart->benchmark(), QStringLiteral("SuperClue"));
    QCOMPARE(m_chart->snapshots(), QStringList {"2024-04"});
    QCOMPARE(m_chart->lineCount(), 0);
    QCOMPARE(m_chart->emptyMessage(),
        QStringLiteral(
            "No rank changes: SuperClue has one snapshot (Apr 2024): nothing to compare yet"));
}

void TestRankBumpChart::twoSnapshotsLabelBothEnds()
{
    makeChart(2);
    QCOMPARE(m_chart->snapshots(), QStringList({"2024-04", "2024-05"}));
    QCOMPARE(m_chart->lineCount(), 12); // 10 in both, one gone, one new
    QVERIFY(m_chart->emptyMessage().isEmpty());
    QCOMPARE(m_chart->shownRanks(), 11);
    const QStringList labels = m_chart->shownLabels();
    QCOMPARE(labels.size(), 22); // 11 a side
    // Left ends top down (edition 2's ranks), then right ends (edition 4's).
    QCOMPARE(labels.first(), QStringLiteral("GPT4-Turbo-0125"));
    QCOMPARE(labels.at(3), QStringLiteral("Claude3-Opus"));
    QCOMPARE(labels.at(11), QStringLiteral("GPT4-Turbo-0125"));
    QCOMPARE(labels.at(13), QStringLiteral("Claude3-Opus"));
    QCOMPARE(labels.at(17), QStringLiteral("合成模型-1"));
    QVERIFY(labels.mid(0, 11).contains(QStringLiteral("GPT3.5-Turbo-0125")));
    QVERIFY(!labels.mid(11).contains(QStringLiteral("GPT3.5-Turbo-0125")));
    QVERIFY(!labels.mid(0, 11).contains(QStringLiteral("合成模型-1")));
    QVERIFY(m_chart->frame().subtitle().contains(QStringLiteral("SuperClue, 2 snapshots")));
}

void TestRankBumpChart::clickingALineFocusesItsModel()
{
    makeChart(2);
    const int row = rowOf(QStringLiteral("Claude3-Opus"), 4);
    QVERIFY(row >= 0);
    const QPoint point = m_chart->pointCenter(row).toPoint();
    QVERIFY(m_chart->rect().contains(point));
    QCOMPARE(m_chart->rowAt(point), row);
    QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, point);
    const EntityRef entity = m_model->index(row, 0).data(EntityRole).value<EntityRef>();
    QCOMPARE(m_state->focus(), entity);
}

void TestRankBumpChart::compareMarksTheEditions()
{
    makeChart(2);
    m_state->setComparison({2, 4, "bluebook 2024", "bluebook 2025 (synthetic)"});
    m_chart->replot();
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_chart->xAxis->ticker());
    QCOMPARE(ticker->ticks().values(), QStringList({"Apr 2024 A", "May 2024 B"}));
    QVERIFY(m_chart->frame().subtitle().contains(
        QStringLiteral("Compared: bluebook 2024 vs bluebook 2025 (synthetic)")));
    m_state->clearComparison();
    QCOMPARE(ticker->ticks().values(), QStringList({"Apr 2024", "May 2024"}));
}

// The axis writes a snapshot as the interface language writes a month; snapshots() stay ISO.
void TestRankBumpChart::snapshotsAsTheLanguageWritesThem()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    makeChart(2);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_chart->xAxis->ticker());
    QCOMPARE(ticker->ticks().values(), QStringList({"2024年4月", "2024年5月"}));
    QCOMPARE(m_chart->snapshots(), QStringList({"2024-04", "2024-05"}));
}

void TestRankBumpChart::manySnapshotsTiesShareALabel()
{
    makeChart(8);
    QCOMPARE(m_chart->snapshots().size(), 8);
    QCOMPARE(m_chart->lineCount(), 14);
    const QStringList labels = m_chart->shownLabels();
    // Rank 13 is shared at each end: one label names both models.
    QCOMPARE(labels.size(), 26);
    QCOMPARE(labels.at(12), QStringLiteral("合成模型-13, 合成模型-14"));
}

// Sixty models: lines for the twenty ranked best in the last snapshot, and the subtitle says
// so (a line per model, a thousand at 100k rows, took a second per filter change).
void TestRankBumpChart::manyModelsDrawTheBestRankedOfTheLastSnapshot()
{
    makeChart(3, 60);
    QCOMPARE(m_chart->lineCount(), RankBumpChart::MaxLines);
    QVERIFY2(m_chart->frame().subtitle().contains(
                 QStringLiteral("lines of the 20 best-ranked of 60 models in the last snapshot")),
        qPrintable(m_chart->frame().subtitle()));
    // In the last snapshot model m has position (m + 6) % 60: ranks 1-20 are models 55-60 and
    // 1-14 (names count from 1).
    const QStringList labels = m_chart->shownLabels();
    QVERIFY(!labels.isEmpty());
    QSet<int> named;
    for (const QString &label : labels)
        for (const QString &name : label.split(QStringLiteral(", ")))
            named.insert(name.section(QLatin1Char('-'), 1).toInt());
    for (int n : std::as_const(named))
        QVERIFY2(n <= 14 || n >= 55, qPrintable(labels.join(QStringLiteral(" | "))));
    QVERIFY(named.contains(1) && named.contains(60));

    makeChart(3, RankBumpChart::MaxLines);
    QCOMPARE(m_chart->lineCount(), RankBumpChart::MaxLines);
    QVERIFY(!m_chart->frame().subtitle().contains(QStringLiteral("best-ranked")));
}

// Over the views' filter proxy the chart keeps what it read of each source row across filter
// changes, and reads again when the source's rows change.
void TestRankBumpChart::throughTheFilterProxyAsOverTheModel()
{
    makeChart(2);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    RankBumpChart chart(&proxy, LeaderboardModel::RankColumn, m_state.get());
    chart.resize(1280, 800);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.replot();
    QCOMPARE(chart.benchmark(), m_chart->benchmark());
    QCOMPARE(chart.snapshots(), m_chart->snapshots());
    QCOMPARE(chart.lineCount(), m_chart->lineCount());
    QCOMPARE(chart.shownLabels(), m_chart->shownLabels());
    Filter filter;
    filter.search = QStringLiteral("Claude");
    proxy.setFilter(filter);
    QVERIFY(chart.lineCount() > 0);
    QVERIFY(chart.lineCount() < m_chart->lineCount());
    for (const QString &label : chart.shownLabels())
        QVERIFY2(label.contains(QStringLiteral("Claude")), qPrintable(label));
    proxy.setFilter(Filter {});
    QCOMPARE(chart.shownLabels(), m_chart->shownLabels());
    // New rows in the source: read again, as the chart over the model reads them.
    m_model->setRows(syntheticSnapshots(5));
    QCOMPARE(chart.benchmark(), QStringLiteral("Synthetic bench"));
    QCOMPARE(chart.snapshots(), m_chart->snapshots());
    QCOMPARE(chart.snapshots().size(), 5);
    chart.replot();
    m_chart->replot();
    QCOMPARE(chart.shownLabels(), m_chart->shownLabels());
}

// Off screen a change of the rows is not drawn until the chart is drawn (an export), read or
// shown; then it is drawn from the rows of that moment.
void TestRankBumpChart::offScreenTheLinesWaitUntilNeeded()
{
    makeChart(2);
    const LeaderboardRows twoEditions = m_model->rows();
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    const LeaderboardRows oneEdition = Queries(*db).leaderboard();
    QCOMPARE(m_chart->graphCount(), 12);

    m_chart->hide();
    m_model->setRows(oneEdition);
    QCOMPARE(m_chart->graphCount(), 12); // not rebuilt: nobody sees it
    QStringList drawn;
    for (const TextBox &box : recordText(m_chart.get(), QSize(800, 450)))
        drawn.append(box.text);
    QVERIFY2(drawn.join(u' ').contains(QStringLiteral("nothing to compare yet")),
        qPrintable(drawn.join(u' ')));
    QCOMPARE(m_chart->graphCount(), 0);

    m_model->setRows(twoEditions);
    QCOMPARE(m_chart->graphCount(), 0);
    QCOMPARE(m_chart->lineCount(), 12); // read: brought up to date first
    QCOMPARE(m_chart->graphCount(), 12);

    m_model->setRows(oneEdition);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QCOMPARE(m_chart->graphCount(), 0);
    QVERIFY(!m_chart->emptyMessage().isEmpty());
}

void TestRankBumpChart::legibleAtEverySize_data()
{
    QTest::addColumn<int>("snapshots");
    QTest::addColumn<int>("models");
    QTest::addColumn<bool>("compare");
    QTest::addColumn<bool>("scattered");
    QTest::newRow("one snapshot") << 0 << 14 << false << false;
    QTest::newRow("two snapshots") << 2 << 14 << false << false;
    QTest::newRow("two snapshots compared") << 2 << 14 << true << false;
    QTest::newRow("eight snapshots") << 8 << 14 << false << false;
    QTest::newRow("twenty snapshots") << 20 << 14 << false << false;
    QTest::newRow("sixty models") << 3 << 60 << false << false;
    QTest::newRow("lines ending between") << 12 << 14 << false << true;
    QTest::newRow("two hundred snapshots, lines ending between") << 200 << 30 << false << true;
}

void TestRankBumpChart::legibleAtEverySize()
{
    QFETCH(int, snapshots);
    QFETCH(int, models);
    QFETCH(bool, compare);
    QFETCH(bool, scattered);
    makeChart(snapshots, models, scattered);
    if (compare)
        m_state->setComparison({2, 4, "bluebook 2024", "bluebook 2025 (synthetic)"});
    for (const QSize &size : Sizes) {
        const QList<TextBox> text = recordText(m_chart.get(), size);
        const QStringList problems = legibilityProblems(text, size);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1×%2: ").arg(size.width()).arg(size.height())
                + problems.join(u'\n')));
    }
}

QTEST_MAIN(TestRankBumpChart)
#include "tst_rankbumpchart.moc"
