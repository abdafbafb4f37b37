#include "chartframe.h"
#include "database.h"
#include "editionsviewfixture.h"
#include "explorerstate.h"
#include "markingtranslator.h"
#include "pricecutmodel.h"
#include "pricecuttimeline.h"
#include "pricecutview.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"
#include "viewlinks.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>

using namespace TrendScope;

static const char *const Fixture = R"(
DELETE FROM price_cut;
INSERT INTO organization (id, name) VALUES (9001, '测试云甲'), (9002, '测试云乙'), (9003, '测试云丙');
UPDATE organization SET name_en = 'Test Cloud C' WHERE id = 9003;
INSERT INTO price_cut (id, organization_id, announced, effective, products, min_percent, max_percent, source_id, section) VALUES
 (1, 9001, '2023-04-26', NULL, '核心产品', 15, 50, 1, '降价潮'),
 (2, 9002, '2023-05', '2023-06-01', '多款产品', NULL, 40, 1, '降价潮'),
 (3, 9003, '2022-11-01', NULL, '全系产品', NULL, NULL, 1, '降价潮'),
 (4, 9001, '2023-09-10', '2023-10-01', '存储', 20, 20, 1, '降价潮')
)";

class TestPriceCutView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lanesPerVendor();
    void usageHintFollowsTheLanguage();
    void clickingMarkerFocusesTheCut_data();
    void clickingMarkerFocusesTheCut();
    void clickingMonthSpanFocusesTheCut();
    void monthSpanCoversTheMonth();
    void focusFromElsewhereHighlightsLane();
    void clickingTableRowFocusesTheCut();
    void keyboardZoomsAndPans();
    void wheelZoomsTimeAxisOnly();
    void yearFilterNarrowsChartAndTable();
    void editionCompareRingsNewInBFadesNeitherShadesB();
    void editionCompareWithoutCutsOfAnEditionSaysSo_data();
    void editionCompareWithoutCutsOfAnEditionSaysSo();

private:
    int proxyRow(qint64 cutId) const;
    QList<qint64> selectedCutIds() const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<PriceCutModel> m_model;
    std::unique_ptr<PriceCutView> m_view;
};

void TestPriceCutView::init()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<PriceCutModel>();
    m_model->setRows(Queries(*db).priceCuts());
    QCOMPARE(m_model->rowCount(), 4);
    m_view = std::make_unique<PriceCutView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->chart()->replot();
}

void TestPriceCutView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
}

int TestPriceCutView::proxyRow(qint64 cutId) const
{
    return rowOfEntity(m_view->table()->model(), EntityRef {EntityKind::PriceCut, cutId});
}

QList<qint64> TestPriceCutView::selectedCutIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->table()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(EntityRole).value<EntityRef>().id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The page lives across a language change (View > Language): its hint above the chart follows.
void TestPriceCutView::usageHintFollowsTheLanguage()
{
    const auto *hint = m_view->findChild<QLabel *>(QStringLiteral("time-axis-hint"));
    QVERIFY(hint);
    QCOMPARE(hint->text(), TimeAxisPlot::usageHint());
    MarkingTranslator translator("TrendScope::TimeAxisPlot");
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString translated = hint->text();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY2(translated.startsWith(QStringLiteral("[Drag or wheel")), qPrintable(translated));
    QVERIFY(!hint->text().startsWith(QLatin1Char('[')));
}

void TestPriceCutView::lanesPerVendor()
{
    // One lane per vendor, in order of each vendor's first cut.
    QCOMPARE(m_view->chart()->laneNames(), (QStringList {"测试云丙", "测试云甲", "测试云乙"}));
    QCOMPARE(m_view->chart()->cutCount(), 4);
    // Named as the Names setting says (the workspace passes it to the model).
    m_model->setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(m_view->chart()->laneNames(), (QStringList {"Test Cloud C", "测试云甲", "测试云乙"}));
}

void TestPriceCutView::clickingMarkerFocusesTheCut_data()
{
    QTest::addColumn<qint64>("cut");
    QTest::addColumn<bool>("effective");
    QTest::newRow("announced day") << qint64(1) << false;
    QTest::newRow("effective day") << qint64(2) << true;
    QTest::newRow("vendor with no percent") << qint64(3) << false;
}

void TestPriceCutView::clickingMarkerFocusesTheCut()
{
    QFETCH(qint64, cut);
    QFETCH(bool, effective);
    PriceCutTimeline *chart = m_view->chart();
    const QPoint marker = chart
                              ->markerCenter(proxyRow(cut),
                                  effective ? PriceCutTimeline::Marker::Effective
                                            : PriceCutTimeline::Marker::Announced)
                              .toPoint();
    QVERIFY(chart->axisRect()->rect().contains(marker));
    QTest::mouseClick(chart, Qt::LeftButton, {}, marker);
    // The cut itself, not its vendor: its details name the vendor, one click away.
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::PriceCut, cut}));
    // Its row is selected in the table and its vendor's lane is highlighted.
    QCOMPARE(selectedCutIds(), QList<qint64> {cut});
    QCOMPARE(chart->highlightedLanes().size(), 1);
}

void TestPriceCutView::clickingMonthSpanFocusesTheCut()
{
    PriceCutTimeline *chart = m_view->chart();
    // A point inside the May bar but away from its middle: the whole month is the mark.
    const DateSpan may = chart->markerSpan(proxyRow(2), PriceCutTimeline::Marker::Announced);
    const QPointF centre = chart->markerCenter(proxyRow(2), PriceCutTimeline::Marker::Announced);
    const double x = chart->xAxis->coordToPixel(may.start + (may.end - may.start) * 0.2);
    QTest::mouseClick(chart, Qt::LeftButton, {}, QPointF(x, centre.y()).toPoint());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::PriceCut, 2}));
    QCOMPARE(chart->highlightedLanes(), QStringList {"测试云乙"});
    // Clicking empty space changes nothing.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->axisRect()->bottomLeft() + QPoint(3, -3));
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::PriceCut, 2}));
}

void TestPriceCutView::monthSpanCoversTheMonth()
{
    PriceCutTimeline *chart = m_view->chart();
    const int row = proxyRow(2);
    const DateSpan may = chart->markerSpan(row, PriceCutTimeline::Marker::Announced);
    const auto key = [](int m, int d) {
        return QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(QDate(2023, m, d), QTime(0, 0), QTimeZone::utc()));
    };
    QCOMPARE(may.precision, DateSpan::Precision::Month);
    QCOMPARE(may.start, key(5, 1));
    QCOMPARE(may.end, key(6, 1));
    // Drawn in the middle of May, not on May 1st; the day-precision effective date is a point.
    const double mayFirst = chart->xAxis->coordToPixel(key(5, 1));
    const double juneFirst = chart->xAxis->coordToPixel(key(6, 1));
    const double centre = chart->markerCenter(row, PriceCutTimeline::Marker::Announced).x();
    QVERIFY(juneFirst - mayFirst > 20);
    QVERIFY(qAbs(centre - (mayFirst + juneFirst) / 2) < 1.5);
    QCOMPARE(chart->markerCenter(row, PriceCutTimeline::Marker::Effective).x(), juneFirst);
    QVERIFY(chart->markerSpan(row, PriceCutTimeline::Marker::Effective).isPoint());
}

void TestPriceCutView::focusFromElsewhereHighlightsLane()
{
    m_state->setFocus(EntityRef {EntityKind::Organization, 9003});
    QCOMPARE(m_view->chart()->highlightedLanes(), QStringList {"测试云丙"});
    QCOMPARE(selectedCutIds(), QList<qint64> {3});
    // A vendor with two cuts: both rows.
    m_state->setFocus(EntityRef {EntityKind::Organization, 9001});
    QCOMPARE(selectedCutIds(), (QList<qint64> {1, 4}));
    // Another kind of entity (a model) highlights nothing here.
    m_state->setFocus(EntityRef {EntityKind::Model, 9003});
    QVERIFY(m_view->chart()->highlightedLanes().isEmpty());
    QVERIFY(selectedCutIds().isEmpty());
    m_state->clearFocus();
    QVERIFY(m_view->chart()->highlightedLanes().isEmpty());
}

void TestPriceCutView::clickingTableRowFocusesTheCut()
{
    QTableView *table = m_view->table();
    const QRect cell
        = table->visualRect(table->model()->index(proxyRow(4), PriceCutModel::VendorColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::PriceCut, 4}));
    QCOMPARE(m_view->chart()->highlightedLanes(), QStringList {"测试云甲"});
    QCOMPARE(selectedCutIds(), QList<qint64> {4});
    // The clicked row stays the current one.
    QCOMPARE(table->currentIndex().row(), proxyRow(4));
}

void TestPriceCutView::keyboardZoomsAndPans()
{
    PriceCutTimeline *chart = m_view->chart();
    chart->setFocus();
    const QCPRange full = chart->xAxis->range();
    QCOMPARE(full, chart->fullRange());
    QTest::keyClick(chart, Qt::Key_Plus);
    const QCPRange zoomed = chart->xAxis->range();
    QVERIFY2(zoomed.size() < full.size() * 0.8, "'+' zooms in");
    QVERIFY(qAbs(zoomed.center() - full.center()) < 1);
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY(chart->xAxis->range().lower > zoomed.lower);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Left);
    QVERIFY(chart->xAxis->range().lower < zoomed.lower);
    QTest::keyClick(chart, Qt::Key_Minus);
    QTest::keyClick(chart, Qt::Key_Minus);
    QVERIFY(chart->xAxis->range().size() > full.size());
    const QCPRange lanes = chart->yAxis->range();
    QTest::keyClick(chart, Qt::Key_0);
    QCOMPARE(chart->xAxis->range(), full);
    QCOMPARE(chart->yAxis->range(), lanes);
}

void TestPriceCutView::wheelZoomsTimeAxisOnly()
{
    PriceCutTimeline *chart = m_view->chart();
    const QCPRange time = chart->xAxis->range();
    const QCPRange lanes = chart->yAxis->range();
    const QPointF pos = chart->axisRect()->center();
    QWheelEvent wheel(pos, chart->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart, &wheel);
    QVERIFY(chart->xAxis->range().size() < time.size());
    QCOMPARE(chart->yAxis->range(), lanes);
}

void TestPriceCutView::yearFilterNarrowsChartAndTable()
{
    m_state->setYearRange(2022, 2022);
    QCOMPARE(m_view->visibleRowCount(), 1);
    QCOMPARE(m_view->chart()->cutCount(), 1);
    QCOMPARE(m_view->chart()->laneNames(), QStringList {"测试云丙"});
    m_state->setYearRange(2023, 0);
    QCOMPARE(m_view->chart()->cutCount(), 3);
    m_state->clearFilters();
    QCOMPARE(m_view->chart()->cutCount(), 4);
}

namespace {

// The shipped dataset (four cuts of edition 1, InfoQ 2023–2024) plus the synthetic editions
// (three cuts of edition 4, the blue book's "2025": 阿里云's cut again and two new ones) and,
// to be faded as neither edition's, one cut of edition 3 added here.
struct EditionsPriceCuts : EditionsViewFixture<PriceCutModel, PriceCutView>
{
    bool open()
    {
        return EditionsViewFixture::open([](const Queries &q) { return q.priceCuts(); },
            QStringLiteral("INSERT INTO price_cut (organization_id, announced, products, "
                           "max_percent, source_id, edition_id, section, note) "
                           "SELECT id, '2024-11-11', '合成产品：测试 (synthetic)', 10, 1, 3, "
                           "'SYNTHETIC · test', 'Synthetic test row.' "
                           "FROM organization WHERE name = '京东云'"));
    }
    // What each cut drawn is about ("vendor · products"), by its mark.
    QMap<EditionMark, QStringList> cutsByMark() const
    {
        QMap<EditionMark, QStringList> cuts;
        const QAbstractItemModel *rows = view->table()->model(); // the chart's rows
        for (int r = 0; r < rows->rowCount(); ++r) {
            cuts[view->chart()->editionMarkOfRow(r)].append(
                rows->index(r, PriceCutModel::VendorColumn).data().toString()
                + QStringLiteral(" · ")
                + rows->index(r, PriceCutModel::ProductsColumn).data().toString());
        }
        for (QStringList &list : cuts)
            list.sort();
        return cuts;
    }
};

double dayKey(int y, int m, int d)
{
    return QCPAxisTickerDateTime::dateTimeToKey(
        QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()));
}

} // namespace

void TestPriceCutView::editionCompareRingsNewInBFadesNeitherShadesB()
{
    EditionsPriceCuts t;
    QVERIFY(t.open());
    PriceCutTimeline *chart = t.view->chart();
    QCOMPARE(chart->cutCount(), 8);
    QCOMPARE(t.cutsByMark().keys(), QList<EditionMark> {EditionMark::Plain});

    t.state.setComparison({1, 4, QStringLiteral("2023–2024"), QStringLiteral("2025 (bb)")});
    const QMap<EditionMark, QStringList> cuts = t.cutsByMark();
    QCOMPARE(cuts.value(EditionMark::NewInB),
        (QStringList {QStringLiteral("移动云 · 合成产品：对象存储 (synthetic)"),
            QStringLiteral("腾讯云 · 合成产品：GPU云服务器 (synthetic)")}));
    QCOMPARE(cuts.value(EditionMark::InB),
        QStringList {QStringLiteral("阿里云 · 核心产品全线（存储产品最高降幅达50%）")});
    QCOMPARE(cuts.value(EditionMark::InA).size(), 4);
    QCOMPARE(cuts.value(EditionMark::Neither),
        QStringList {QStringLiteral("京东云 · 合成产品：测试 (synthetic)")});
    QVERIFY(!cuts.contains(EditionMark::Plain));
    QCOMPARE(chart->cutCount(), 8); // faded, not left out
    // B's span: from 阿里云's 2024-02-29 to 移动云's 2024-08-20.
    const QCPRange span = chart->shadedSpanB();
    QCOMPARE(span.lower, dayKey(2024, 2, 29));
    QCOMPARE(span.upper, dayKey(2024, 8, 20));
    const QString subtitle = chart->frame().subtitle();
    QVERIFY2(subtitle.startsWith(QStringLiteral("Compared: 2023–2024 vs 2025 (bb)")),
        qPrintable(subtitle));
    QVERIFY2(subtitle.contains(QStringLiteral(
                 "orange ring: new in 2025 (bb) · shaded: the dates of 2025 (bb)'s cuts")),
        qPrintable(subtitle));
    QVERIFY(chart->emptyMessage().isEmpty());

    t.state.clearComparison();
    QCOMPARE(t.cutsByMark().keys(), QList<EditionMark> {EditionMark::Plain});
    QCOMPARE(chart->shadedSpanB(), QCPRange());
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("Compared")));
}

void TestPriceCutView::editionCompareWithoutCutsOfAnEditionSaysSo_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("message");
    // The blue book's 2024 edition (2) has no price cuts.
    QTest::newRow("none in A")
        << qint64(2) << qint64(4)
        << QStringLiteral(
               "No price cuts in edition A name: a comparison needs both editions' cuts");
    QTest::newRow("none in B")
        << qint64(1) << qint64(2)
        << QStringLiteral(
               "No price cuts in edition B name: a comparison needs both editions' cuts");
}

void TestPriceCutView::editionCompareWithoutCutsOfAnEditionSaysSo()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, message);
    EditionsPriceCuts t;
    QVERIFY(t.open());
    PriceCutTimeline *chart = t.view->chart();
    t.state.setComparison({a, b, QStringLiteral("A name"), QStringLiteral("B name")});
    // Half a comparison is not drawn: no cut, no shading, and the chart says why.
    QCOMPARE(chart->cutCount(), 0);
    QVERIFY(chart->laneNames().isEmpty());
    QCOMPARE(chart->shadedSpanB(), QCPRange());
    QCOMPARE(chart->emptyMessage(), message);
    QVERIFY(chart->frame().subtitle().startsWith(QStringLiteral("Compared: A name vs B name")));
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("orange ring")));
    // The table still lists every row.
    QCOMPARE(t.view->visibleRowCount(), 8);

    t.state.clearComparison();
    QCOMPARE(chart->cutCount(), 8);
    QVERIFY(chart->emptyMessage().isEmpty());
}

QTEST_MAIN(TestPriceCutView)
#include "tst_pricecutview.moc"
