#include "chartframe.h"
#include "database.h"
#include "deltabarsitem.h"
#include "explorerstate.h"
#include "fundingchart.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "fundingview.h"
#include "pieitem.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"
#include "textlayout.h"

#include <QComboBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace TrendScope;

class TestFundingView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pieSelectTestHitsSliceGeometry();
    void remainderSliceIsPresentAndDerived();
    void clickingCompanySliceFocusesTheCompanyRow();
    void clickingDomainSliceFocusesItsRow();
    void focusFromElsewhereHighlightsWithoutFiltering();
    void selectorSwitchesDonuts();
    void totalStaysInsideTheHole_data();
    void totalStaysInsideTheHole();
    void editionCompareDrawsTwoDonutsInOneColourPerCompany();
    void editionCompareBarsAreBMinusASorted();
    void editionCompareWithoutADonutSaysSo();
    void editionCompareOffRestoresOneDonut();

private:
    void exec(const QString &sql);
    QString keyStartingWith(const QString &prefix) const;
    int rowOf(const QString &label) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<FundingShareModel> m_model;
    std::unique_ptr<FundingView> m_view;
};

void TestFundingView::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char('\n') + sql));
}

// Domain shares 50 + 30 = 80 of a stated 100亿 total; three companies in two directions.
void TestFundingView::init()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    exec(QStringLiteral("DELETE FROM funding_total"));
    exec(QStringLiteral("DELETE FROM funding_company"));
    exec(QStringLiteral(
        "INSERT INTO funding_total (id, period_start, period_end, domain, parent_domain, "
        "amount_yuan,"
        " share_percent, share_of, source_id, section) VALUES"
        " (71, '2023-01', '2023-11', '全部', NULL, 1e10, NULL, NULL, 1, '投融资'),"
        " (72, '2023-01', '2023-11', '甲领域', '全部', NULL, 50, '全部融资额', 1, '投融资'),"
        " (73, '2023-01', '2023-11', '乙领域', '全部', NULL, 30, '全部融资额', 1, '投融资')"));
    exec(QStringLiteral("INSERT INTO organization (id, name) VALUES (9001, '甲公司'), (9002, "
                        "'乙公司'), (9003, '丙公司')"));
    exec(QStringLiteral("INSERT INTO funding_company (organization_id, period, list_rank, "
                        "direction, round, amount_yuan,"
                        " source_id, section) VALUES"
                        " (9001, '2023', 1, '大模型', 'A轮', 3e9, 1, '投融资 · TOP3'),"
                        " (9002, '2023', 2, '芯片', 'B轮', 2e9, 1, '投融资 · TOP3'),"
                        " (9003, '2023', 3, '大模型', 'A轮', 1e9, 1, '投融资 · TOP3')"));
    const Queries queries(*m_db);
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<FundingShareModel>();
    m_model->setRows(buildFundingShares(queries.fundingTotals(), queries.fundingCompanies()));
    m_view = std::make_unique<FundingView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->chart()->replot();
}

void TestFundingView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
    m_db.reset();
}

QString TestFundingView::keyStartingWith(const QString &prefix) const
{
    for (int i = 0; i < m_view->chartBox()->count(); ++i) {
        const QString key = m_view->chartBox()->itemData(i).toString();
        if (key.startsWith(prefix))
            return key;
    }
    return {};
}

// Row of the chart's model (in the chart's own order) labelled `label`.
int TestFundingView::rowOf(const QString &label) const
{
    FundingChart *chart = m_view->chart();
    for (int slice = 0; slice < chart->sliceCount(); ++slice)
        if (chart->pie()->slices().at(slice).label == label)
            return chart->rowOfSlice(slice);
    return -1;
}

void TestFundingView::pieSelectTestHitsSliceGeometry()
{
    QCustomPlot plot;
    plot.resize(600, 400);
    auto *pie = new PieItem(&plot);
    PieItem::Slice right;
    right.span = 0.5; // 12 → 6 o'clock, clockwise: the right half
    right.color = Qt::red;
    PieItem::Slice left = right;
    left.start = 0.5;
    left.color = Qt::blue;
    pie->setSlices({right, left});
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot();

    const QPointF c = pie->center();
    const double r = pie->radius();
    QVERIFY(r > 50);
    auto hit = [pie](const QPointF &pos) {
        QVariant details;
        const double distance = pie->selectTest(pos, false, &details);
        return distance < 0 ? -1 : details.toInt();
    };
    const double ring = 0.8 * r; // inside the ring (0.55 r .. r)
    QCOMPARE(hit(c + QPointF(ring, 0)), 0);
    QCOMPARE(hit(c + QPointF(-ring, 0)), 1);
    QCOMPARE(hit(c + QPointF(5, -ring)), 0); // just right of 12 o'clock
    QCOMPARE(hit(c + QPointF(-5, -ring)), 1); // just left of it
    QCOMPARE(hit(c), -1); // the hole
    QCOMPARE(hit(c + QPointF(0.4 * r, 0)), -1);
    QCOMPARE(hit(c + QPointF(1.1 * r, 0)), -1); // outside
    QCOMPARE(hit(pie->sliceCenter(1)), 1);
    // A pulled-out (highlighted) slice moves: its new centre hits it, the old ring edge not.
    pie->setHighlighted({0});
    QVERIFY(pie->sliceCenter(0).x() > c.x() + (0.55 + 1.0) / 2 * r + 1);
    QCOMPARE(hit(pie->sliceCenter(0)), 0);
    QCOMPARE(hit(c + QPointF(1.03 * r, 0)), 0);
    // Not selectable: a selection-only test misses, a plain hit test still hits.
    pie->setSelectable(false);
    QCOMPARE(pie->selectTest(c + QPointF(ring, 0), true), -1.0);
    QCOMPARE(hit(c + QPointF(ring, 0)), 0);
}

void TestFundingView::remainderSliceIsPresentAndDerived()
{
    QVERIFY(m_view->showChart(keyStartingWith(QStringLiteral("domain|"))));
    FundingChart *chart = m_view->chart();
    QCOMPARE(chart->sliceCount(), 3);
    const int row = rowOf(QStringLiteral("Other (remainder, derived)"));
    QVERIFY(row >= 0);
    const QAbstractItemModel *model = m_view->table()->model();
    int tableRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString().contains(QStringLiteral("remainder")))
            tableRow = r;
    QVERIFY(tableRow >= 0);
    QCOMPARE(model->index(tableRow, 0).data(DerivedRole).toBool(), true);
    QCOMPARE(model->index(tableRow, FundingShareModel::ShareColumn).data().toString(),
        QStringLiteral("20%"));
    const PieItem::Slice &slice = chart->pie()->slices().at(chart->sliceOfRow(row));
    QVERIFY(slice.hatched);
    QCOMPARE(slice.span, 0.2);
    QVERIFY(chart->frame().subtitle().contains(QStringLiteral("remainder")));
}

void TestFundingView::clickingCompanySliceFocusesTheCompanyRow()
{
    QVERIFY(m_view->showChart(keyStartingWith(QStringLiteral("companies|direction"))));
    FundingChart *chart = m_view->chart();
    QCOMPARE(chart->sliceCount(), 2 + 3);
    const int row = rowOf(QStringLiteral("乙公司"));
    QVERIFY(row >= 0);
    const QPoint point = chart->sliceCenter(row).toPoint();
    QVERIFY(chart->rect().contains(point));
    QTest::mouseClick(chart, Qt::LeftButton, {}, point);

    // The company's funding row (its details name the organization, one click away).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec("SELECT id FROM funding_company WHERE organization_id = 9002") && q.next());
    const EntityRef companyRow {EntityKind::FundingCompany, q.value(0).toLongLong()};
    QCOMPARE(m_state->focus(), companyRow);
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("乙公司"));
    QCOMPARE(chart->highlightedRows(), QList<int> {row});

    // A group total on the inner ring is no entity: clicking it keeps the focus.
    const int group = rowOf(QStringLiteral("大模型"));
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->sliceCenter(group).toPoint());
    QCOMPARE(m_state->focus(), companyRow);
}

void TestFundingView::clickingDomainSliceFocusesItsRow()
{
    QVERIFY(m_view->showChart(keyStartingWith(QStringLiteral("domain|"))));
    FundingChart *chart = m_view->chart();
    const int row = rowOf(QStringLiteral("乙领域"));
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->sliceCenter(row).toPoint());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::FundingTotal, 73}));
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(DomainRole).toString(), QStringLiteral("乙领域"));
}

void TestFundingView::focusFromElsewhereHighlightsWithoutFiltering()
{
    QVERIFY(m_view->showChart(keyStartingWith(QStringLiteral("companies|round"))));
    FundingChart *chart = m_view->chart();
    const int row = rowOf(QStringLiteral("甲公司"));
    const QPointF before = chart->sliceCenter(row);
    m_state->setFocus(EntityRef {EntityKind::Organization, 9001});
    QCOMPARE(chart->highlightedRows(), QList<int> {row});
    QCOMPARE(chart->sliceCount(), 2 + 3); // highlighted, not filtered
    // Pulled out: its centre moved away from the donut's centre.
    const QPointF c = chart->pie()->center();
    QVERIFY(QLineF(c, chart->sliceCenter(row)).length() > QLineF(c, before).length() + 3);
    m_state->clearFocus();
    QVERIFY(chart->highlightedRows().isEmpty());
}

void TestFundingView::selectorSwitchesDonuts()
{
    QCOMPARE(m_view->chartBox()->count(), 3);
    // The first donut is the top-level domain breakdown.
    QVERIFY(m_view->chartBox()->itemData(0).toString().startsWith(QStringLiteral("domain|")));
    QVERIFY(m_view->chart()->title().contains(QStringLiteral("全部融资额")));
    QComboBox *box = m_view->chartBox();
    box->setCurrentIndex(2);
    emit box->activated(2);
    QCOMPARE(m_view->visibleRowCount(), 2 + 3);
    QVERIFY(m_view->chart()->title().contains(QStringLiteral("round")));
}

void TestFundingView::totalStaysInsideTheHole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("480×270") << QSize(480, 270);
    QTest::newRow("640×360") << QSize(640, 360);
    QTest::newRow("1024×700") << QSize(1024, 700);
    QTest::newRow("3840×2160") << QSize(3840, 2160);
}

// Text drawn over the donut is the total, inside the hole: never spilling onto the slices
// (at a small size it is left out instead).
void TestFundingView::totalStaysInsideTheHole()
{
    QFETCH(QSize, size);
    FundingChart *chart = m_view->chart();
    const QList<TextBox> text = recordText(chart, size);
    const QPointF centre = chart->pie()->center();
    const double radius = chart->pie()->radius();
    const QList<PieItem::Slice> &slices = chart->pie()->slices();
    const bool inner = std::any_of(
        slices.cbegin(), slices.cend(), [](const PieItem::Slice &s) { return s.inner; });
    const double hole = (inner ? 0.30 : 0.55) * radius; // PieItem's rings
    for (const TextBox &box : text) {
        if (QLineF(box.rect.center(), centre).length() > 0.25 * radius)
            continue; // not the total: a label outside the ring or on the inner ring
        for (const QPointF &corner : {box.rect.topLeft(), box.rect.topRight(),
                 box.rect.bottomLeft(), box.rect.bottomRight()})
            QVERIFY2(QLineF(corner, centre).length() <= hole,
                qPrintable(QStringLiteral("“%1” spills out of the hole").arg(box.text)));
    }
    const QStringList problems = legibilityProblems(text, size);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {

// The shipped dataset plus the synthetic editions (A = 1, B = 3): the 2023 TOP10 of
// edition 1 and the synthetic 2024 TOP10 of edition 3.
struct EditionsFunding
{
    ExplorerState state;
    FundingShareModel model;
    std::unique_ptr<FundingView> view;

    bool open(bool compare = true)
    {
        DatabaseError error;
        auto db = Database::createInMemory(&error);
        if (!db)
            return false;
        TestUtil::addSyntheticEditions(*db);
        const Queries queries(*db);
        model.setRows(buildFundingShares(queries.fundingTotals(), queries.fundingCompanies()));
        view = std::make_unique<FundingView>(&model, &state);
        view->resize(1280, 900);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return false;
        if (compare)
            state.setComparison({1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025")});
        view->chart()->replot();
        return true;
    }
};

QHash<QString, QColor> coloursOf(const PieItem *pie)
{
    QHash<QString, QColor> colours;
    for (const PieItem::Slice &s : pie->slices())
        colours.insert(s.label, s.color);
    return colours;
}

} // namespace

void TestFundingView::editionCompareDrawsTwoDonutsInOneColourPerCompany()
{
    EditionsFunding f;
    QVERIFY(f.open());
    FundingChart *chart = f.view->chart();
    // The first donut (domain shares) is edition 1's alone: a company donut is shown instead.
    QVERIFY(f.view->chartBox()->currentData().toString().startsWith(QStringLiteral("companies|")));
    QVERIFY(chart->pieB());
    QVERIFY(chart->deltaBars());
    QCOMPARE(chart->pie()->slices().size(), 10);
    QCOMPARE(chart->pieB()->slices().size(), 10);
    const QHash<QString, QColor> a = coloursOf(chart->pie());
    const QHash<QString, QColor> b = coloursOf(chart->pieB());
    QVERIFY(a.contains(QStringLiteral("小马智行")) && !b.contains(QStringLiteral("小马智行")));
    QVERIFY(b.contains(QStringLiteral("合成公司乙")) && !a.contains(QStringLiteral("合成公司乙")));
    int shared = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            continue;
        ++shared;
        QCOMPARE(b.value(it.key()), it.value());
    }
    QCOMPARE(shared, 9);
    // 11 companies, 11 colours, one legend entry each.
    QSet<QRgb> distinct;
    for (const QColor &c : a)
        distinct.insert(c.rgb());
    for (const QColor &c : b)
        distinct.insert(c.rgb());
    QCOMPARE(distinct.size(), 11);
    int legendEntries = 0;
    for (int i = 0; i < chart->legend->itemCount(); ++i)
        legendEntries += chart->legend->item(i) != nullptr; // a wrapped legend has empty cells
    QCOMPARE(legendEntries, 11);
    QVERIFY(
        chart->frame().subtitle().startsWith(QStringLiteral("Compared: 2023–2024 vs 2024–2025")));
    QVERIFY(chart->emptyMessage().isEmpty());
    // A slice of B's donut is hit where it is drawn.
    const int rowB = chart->rowsOfSlicesB().first();
    QCOMPARE(chart->rowAt(chart->sliceCenter(rowB)), rowB);
}

void TestFundingView::editionCompareBarsAreBMinusASorted()
{
    EditionsFunding f;
    QVERIFY(f.open());
    const DeltaBarsItem *bars = f.view->chart()->deltaBars();
    QVERIFY(bars);
    QStringList labels;
    QStringList values;
    for (const DeltaBarsItem::Bar &bar : bars->bars()) {
        labels.append(bar.label);
        values.append(bar.valueText);
    }
    QCOMPARE(labels.size(), 11);
    QCOMPARE(labels.first(), QStringLiteral("合成公司乙"));
    QCOMPARE(values.first(), QStringLiteral("+1.3 bn yuan"));
    QCOMPARE(labels.at(1), QStringLiteral("百川智能"));
    QCOMPARE(values.at(1), QStringLiteral("+0.9 bn yuan"));
    QCOMPARE(labels.last(), QStringLiteral("小马智行"));
    QCOMPARE(values.last(), QStringLiteral("−0.7 bn yuan"));
    QVERIFY(values.contains(QStringLiteral("±0 bn yuan"))); // 光年之外 and 速腾聚创 did not change
    // A bar has its company's colour in the donuts.
    const QHash<QString, QColor> a = coloursOf(f.view->chart()->pie());
    QCOMPARE(bars->bars().last().color, a.value(QStringLiteral("小马智行")));
    // At the window's size every bar is drawn.
    f.view->chart()->replot();
    QCOMPARE(bars->shownCount(), 11);
}

void TestFundingView::editionCompareWithoutADonutSaysSo()
{
    EditionsFunding f;
    QVERIFY(f.open());
    // Edition 4 (the blue book's synthetic one) has no funding rows.
    f.state.setComparison({1, 4, QStringLiteral("2023–2024"), QStringLiteral("2025 (bb)")});
    FundingChart *chart = f.view->chart();
    QVERIFY(!chart->pieB());
    QCOMPARE(chart->sliceCount(), 0);
    QVERIFY2(
        chart->emptyMessage().startsWith(QStringLiteral("No funding rows in edition 2025 (bb)")),
        qPrintable(chart->emptyMessage()));
}

void TestFundingView::editionCompareOffRestoresOneDonut()
{
    EditionsFunding f;
    QVERIFY(f.open(false));
    FundingChart *chart = f.view->chart();
    QVERIFY(f.view->showChart(f.view->chartBox()->itemData(2).toString()));
    const QString key = f.view->chartBox()->currentData().toString();
    const int slices = chart->sliceCount();
    const QString title = chart->title();
    const QString subtitle = chart->frame().subtitle();
    QVERIFY(slices > 10); // companies and their groups

    f.state.setComparison({1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025")});
    QVERIFY(chart->pieB());
    f.state.clearComparison();
    QVERIFY(!chart->pieB());
    QVERIFY(!chart->deltaBars());
    QCOMPARE(f.view->chartBox()->currentData().toString(), key);
    QCOMPARE(chart->sliceCount(), slices);
    QCOMPARE(chart->title(), title);
    QCOMPARE(chart->frame().subtitle(), subtitle);
    QVERIFY(chart->axisRect()->layout() == chart->plotLayout());
}

QTEST_MAIN(TestFundingView)
#include "tst_fundingview.moc"
