#include "chartframe.h"
#include "database.h"
#include "explorerstate.h"
#include "labelplacer.h"
#include "maturitycurvechart.h"
#include "maturitycurveview.h"
#include "maturitymodel.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace TrendScope;

class TestMaturityCurveView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsLatestYearAndEveryStage();
    void compareModeDrawsOneArrowAndOneNewMark();
    void axisNamesEachStageOnceInTheChosenOrder();
    void clickingPointFocusesTechnologyAndSelectsRow();
    void focusFromElsewhereHighlightsWithoutFiltering();
    void labelsNeverOverlapEachOtherOrTheCurve();
    void placesTheFirstTechnologiesOfALargeYear();
    void editionCompareDrawsBLatestAgainstALatest();
    void editionCompareWithoutACurveSaysSo();
    void editionCompareOffRestoresTheYears();

private:
    void exec(const QString &sql);
    void load();
    int tableRowOf(const QString &technology, int year) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<MaturityModel> m_model;
    std::unique_ptr<MaturityCurveView> m_view;
};

namespace {

// The shipped dataset plus the synthetic editions (A = 1, B = 3), in a view of its own.
struct EditionsFixture
{
    std::unique_ptr<Database> db;
    ExplorerState state;
    MaturityModel model;
    std::unique_ptr<MaturityCurveView> view;

    bool open()
    {
        DatabaseError error;
        db = Database::createInMemory(&error);
        if (!db)
            return false;
        TestUtil::addSyntheticEditions(*db);
        const Queries queries(*db);
        model.setRows(queries.maturityStages(), queries.maturityPositions());
        view = std::make_unique<MaturityCurveView>(&model, &state);
        view->resize(1280, 760);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

void TestMaturityCurveView::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char('\n') + sql));
}

// Tech X: stage 1 in 2022, stage 2 in 2023. Tech Y: only in 2023 (not flagged new: new
// because it is absent from 2022). Stage 3 has no technology.
void TestMaturityCurveView::init()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    exec(QStringLiteral("DELETE FROM maturity_position"));
    exec(QStringLiteral("DELETE FROM maturity_stage"));
    exec(
        QStringLiteral("INSERT INTO maturity_stage (name, name_en, ordinal) VALUES"
                       " ('阶段一', 'First', 1), ('阶段二', 'Second', 2), ('阶段三', 'Third', 3)"));
    exec(QStringLiteral("INSERT INTO technology (id, name, domain) VALUES (901, 'X', '人工智能'), "
                        "(902, 'Y', '通信')"));
    exec(QStringLiteral(
        "INSERT INTO maturity_position (technology_id, curve_year, stage, is_new, source_id, "
        "section)"
        " VALUES (901, 2022, '阶段一', 0, 1, '曲线'), (901, 2023, '阶段二', 0, 1, '曲线'),"
        "        (902, 2023, '阶段二', 0, 1, '曲线')"));
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<MaturityModel>();
    load();
    m_view = std::make_unique<MaturityCurveView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->chart()->replot();
}

void TestMaturityCurveView::load()
{
    const Queries queries(*m_db);
    QString error;
    const MaturityStages stages = queries.maturityStages(&error);
    const MaturityPositions rows = queries.maturityPositions(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_model->setRows(stages, rows);
}

void TestMaturityCurveView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
    m_db.reset();
}

int TestMaturityCurveView::tableRowOf(const QString &technology, int year) const
{
    const QAbstractItemModel *model = m_view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == technology && index.data(CurveYearRole).toInt() == year)
            return row;
    }
    return -1;
}

void TestMaturityCurveView::showsLatestYearAndEveryStage()
{
    QCOMPARE(m_view->yearBox()->currentData().toInt(), 2023);
    QCOMPARE(m_view->yearBox()->count(), 2);
    QCOMPARE(m_view->visibleRowCount(), 2);
    QCOMPARE(m_view->chart()->pointCount(), 2);
    QCOMPARE(m_view->chart()->arrowCount(), 0);
    // Every stage has its place on the axis, the empty third one too.
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_view->chart()->xAxis->ticker());
    QCOMPARE(ticker->ticks().size(), 3);
    QVERIFY(ticker->ticks().last().startsWith(QStringLiteral("阶段三")));
    QVERIFY(m_view->chart()->title().contains(QStringLiteral("2023")));
}

// Issue 17: one name per stage on the axis (no two-line label), the one View > Names puts
// first; the setting changes it at once.
void TestMaturityCurveView::axisNamesEachStageOnceInTheChosenOrder()
{
    auto ticks = [this] {
        return qSharedPointerCast<QCPAxisTickerText>(m_view->chart()->xAxis->ticker())
            ->ticks()
            .values();
    };
    QCOMPARE(ticks(),
        (QStringList {
            QStringLiteral("阶段一"), QStringLiteral("阶段二"), QStringLiteral("阶段三")}));
    // The state first, then the model it drives (the workspace connects the two).
    m_state->setNameOrder(NameOrder::EnglishFirst);
    m_model->setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(ticks(),
        (QStringList {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}));
    m_state->setNameOrder(NameOrder::ReportFirst);
    m_model->setNameOrder(NameOrder::ReportFirst);
    QCOMPARE(ticks().constFirst(), QStringLiteral("阶段一"));
}

void TestMaturityCurveView::compareModeDrawsOneArrowAndOneNewMark()
{
    QVERIFY(m_view->compareBox()->isEnabled());
    QCOMPARE(m_view->compareYearBox()->currentData().toInt(), 2022);
    m_view->compareBox()->setChecked(true);

    MaturityCurveChart *chart = m_view->chart();
    QCOMPARE(chart->arrowCount(), 1);
    QCOMPARE(chart->newMarkCount(), 1);
    // X's 2023 point, Y's 2023 point and X's 2022 position.
    QCOMPARE(chart->pointCount(), 3);
    QCOMPARE(m_view->visibleRowCount(), 3);
    QVERIFY(chart->title().contains(QStringLiteral("2022 → 2023")));

    // The arrow runs from X's 2022 position (stage one) to its 2023 position (stage two).
    QCPItemLine *arrow = nullptr;
    for (int i = 0; i < chart->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemLine *>(chart->item(i)))
            arrow = line;
    }
    QVERIFY(arrow);
    QCOMPARE(arrow->head().style(), QCPLineEnding::esSpikeArrow);
    QVERIFY(arrow->start->coords().x() < 1.0);
    QVERIFY(arrow->end->coords().x() > 1.0 && arrow->end->coords().x() < 2.0);
    // The chart reads the same rows as the table.
    const int x2023 = tableRowOf(QStringLiteral("X"), 2023);
    QCOMPARE(chart->pointCenter(x2023), arrow->end->pixelPosition());

    m_view->compareBox()->setChecked(false);
    QCOMPARE(chart->arrowCount(), 0);
    QCOMPARE(chart->pointCount(), 2);
}

void TestMaturityCurveView::clickingPointFocusesTechnologyAndSelectsRow()
{
    MaturityCurveChart *chart = m_view->chart();
    // Chart rows are rows of the view's proxy, the same model the table shows.
    int chartRow = -1;
    const QAbstractItemModel *shown = m_view->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data().toString() == QLatin1String("X"))
            chartRow = row;
    QVERIFY(chartRow >= 0);
    const QPoint point = chart->pointCenter(chartRow).toPoint();
    QVERIFY(chart->rect().contains(point));
    QTest::mouseClick(chart, Qt::LeftButton, {}, point);

    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Technology, 901}));
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("X"));
    QCOMPARE(selected.first().row(), tableRowOf(QStringLiteral("X"), 2023));
    QCOMPARE(chart->highlightedRows(), QList<int> {chartRow});

    // A click on empty plot space does not change the focus.
    QTest::mouseClick(
        chart, Qt::LeftButton, {}, chart->axisRect()->rect().topLeft() + QPoint(5, 5));
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Technology, 901}));
}

void TestMaturityCurveView::focusFromElsewhereHighlightsWithoutFiltering()
{
    m_view->compareBox()->setChecked(true);
    m_state->setFocus(EntityRef {EntityKind::Technology, 901});
    // X's point in both years is highlighted; nothing is filtered away.
    QCOMPARE(m_view->chart()->highlightedRows().size(), 2);
    QCOMPARE(m_view->chart()->pointCount(), 3);
    m_state->clearFocus();
    QVERIFY(m_view->chart()->highlightedRows().isEmpty());
    QVERIFY(m_view->table()->selectionModel()->selectedRows().isEmpty());
}

void TestMaturityCurveView::labelsNeverOverlapEachOtherOrTheCurve()
{
    // A crowded stage: ten more technologies in stage two.
    for (int i = 0; i < 10; ++i) {
        exec(QStringLiteral(
            "INSERT INTO technology (id, name, domain) VALUES (%1, '拥挤的技术 %2', '人工智能')")
                 .arg(910 + i)
                 .arg(i));
        exec(QStringLiteral(
            "INSERT INTO maturity_position (technology_id, curve_year, stage, source_id, section)"
            " VALUES (%1, 2023, '阶段二', 1, '曲线')")
                 .arg(910 + i));
    }
    load();
    m_view->compareBox()->setChecked(true);
    MaturityCurveChart *chart = m_view->chart();
    chart->replot();
    const QList<QRectF> labels = chart->labelRects();
    QCOMPARE(labels.size(), 12 + 1); // every 2023 technology, and X's 2022 position
    const QPolygonF curve = chart->curvePixels();
    QVERIFY(curve.size() > 100);
    const QRectF area = chart->axisRect()->rect();
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY2(area.contains(labels.at(i)),
            qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        for (int k = 1; k < curve.size(); ++k)
            QVERIFY2(!lineIntersectsRect(QLineF(curve.at(k - 1), curve.at(k)), labels.at(i)),
                qPrintable(QStringLiteral("label %1 covers the curve").arg(i)));
    }
}

void TestMaturityCurveView::placesTheFirstTechnologiesOfALargeYear()
{
    const int count = MaturityCurveChart::MaxPointsPerYear + 30;
    exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
        " INSERT INTO technology (id, name) SELECT 10000 + i, '合成技术 ' || i FROM n")
             .arg(count));
    exec(
        QStringLiteral("INSERT INTO maturity_position (technology_id, curve_year, stage, is_new, "
                       "source_id, section) SELECT id, 2024, '阶段二', 0, 1, '合成' FROM technology"
                       " WHERE id > 10000"));
    load();
    MaturityCurveChart *chart = m_view->chart();
    auto pickYear = [this](int year) {
        QComboBox *box = m_view->yearBox();
        box->setCurrentIndex(box->findData(year));
        emit box->activated(box->currentIndex()); // as a user's pick does
    };
    pickYear(2024);
    QCOMPARE(chart->pointCount(), MaturityCurveChart::MaxPointsPerYear);
    QVERIFY2(chart->frame().subtitle().contains(QStringLiteral("the first %1 of %2 rows")
                                                    .arg(MaturityCurveChart::MaxPointsPerYear)
                                                    .arg(count)),
        qPrintable(chart->frame().subtitle()));
    // A year with few positions draws them all, without the note.
    pickYear(2023);
    QCOMPARE(chart->pointCount(), 2);
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("the first")));
}

void TestMaturityCurveView::editionCompareDrawsBLatestAgainstALatest()
{
    EditionsFixture f;
    QVERIFY(f.open());
    MaturityCurveChart *chart = f.view->chart();
    f.state.setComparison({1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025")});
    f.view->chart()->replot();

    QVERIFY(!f.view->yearBox()->isEnabled());
    QVERIFY(!f.view->compareBox()->isEnabled());
    // 6G moves two stages (前沿技术 → 准成熟) in one arrow, 多模态生成 one stage.
    QCOMPARE(chart->arrowCount(), 2);
    // Only 合成技术甲 is new in B; 多模态生成 and 文本生成图像 are not.
    QCOMPARE(chart->newMarkCount(), 1);
    const QStringList labels = chart->labelTexts();
    QVERIFY2(labels.contains(QStringLiteral("合成技术甲 · new")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(QStringLiteral("文本生成图像 · dropped")));
    QVERIFY(labels.contains(QStringLiteral("6G (2024)")));
    QVERIFY(labels.contains(QStringLiteral("6G")));
    QCOMPARE(labels.filter(QStringLiteral(" · new")).size(), 1);
    QVERIFY(!labels.contains(QStringLiteral("多模态生成 · new")));
    // A's older 2022 curve takes no part.
    QVERIFY(labels.filter(QStringLiteral("2022")).isEmpty());
    QVERIFY(chart->title().contains(QStringLiteral("2024 → 2025")));
    QVERIFY(
        chart->frame().subtitle().startsWith(QStringLiteral("Compared: 2023–2024 vs 2024–2025")));
    QVERIFY(chart->emptyMessage().isEmpty());
}

void TestMaturityCurveView::editionCompareWithoutACurveSaysSo()
{
    EditionsFixture f;
    QVERIFY(f.open());
    // Edition 4 (the blue book's synthetic one) has no maturity curve.
    f.state.setComparison({1, 4, QStringLiteral("2023–2024"), QStringLiteral("2025 (bb)")});
    QCOMPARE(f.view->chart()->pointCount(), 0);
    QCOMPARE(f.view->chart()->arrowCount(), 0);
    QVERIFY2(f.view->chart()->emptyMessage().contains(
                 QStringLiteral("No technology positions in edition 2025 (bb)")),
        qPrintable(f.view->chart()->emptyMessage()));
    // The S-curve is still drawn: the message sits on a plate of the background over it.
    const QList<QCPItemText *> notes = f.view->chart()->findChildren<QCPItemText *>();
    const auto note = std::find_if(notes.cbegin(), notes.cend(), [](const QCPItemText *item) {
        return item->visible() && item->text().contains("edition");
    });
    QVERIFY(note != notes.cend());
    QCOMPARE((*note)->brush().style(), Qt::SolidPattern);
    QCOMPARE((*note)->brush().color().alpha(), 255);
}

void TestMaturityCurveView::editionCompareOffRestoresTheYears()
{
    EditionsFixture f;
    QVERIFY(f.open());
    MaturityCurveChart *chart = f.view->chart();
    const int points = chart->pointCount();
    const QStringList labels = sorted(chart->labelTexts());
    const QString title = chart->title();
    f.state.setComparison({1, 3, {}, {}});
    QVERIFY(chart->pointCount() != points || sorted(chart->labelTexts()) != labels);
    f.state.clearComparison();
    QVERIFY(f.view->yearBox()->isEnabled());
    QCOMPARE(chart->pointCount(), points);
    QCOMPARE(sorted(chart->labelTexts()), labels);
    QCOMPARE(chart->title(), title);
}

QTEST_MAIN(TestMaturityCurveView)
#include "tst_maturitycurveview.moc"
