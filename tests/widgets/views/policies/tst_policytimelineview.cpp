#include "chartframe.h"
#include "database.h"
#include "editionsviewfixture.h"
#include "explorerstate.h"
#include "policytimeline.h"
#include "policytimelineview.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"
#include "textlayout.h"
#include "timelinemodel.h"
#include "viewlinks.h"

#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace TrendScope;

// Three on-device events a day apart with long titles (their labels must stack), one far
// later in the same lane (it fits beside them), two policies known to the month (short titles), one
// year-precision event and one undated event.
static const char *const Fixture = R"(
DELETE FROM policy;
DELETE FROM event;
DELETE FROM trend;
INSERT INTO organization (id, name) VALUES (9301, '测试手机厂商');
INSERT INTO policy (id, date, title, category, source_id, section) VALUES
 (1, '2023-08', '政策一', 'ai', 1, '政策'),
 (2, '2023-10', '政策二', 'compute', 1, '政策');
INSERT INTO event (id, date, title, category, organization_id, source_id, section) VALUES
 (1, '2023-07-01', '测试手机厂商发布端侧大模型并开启邀请测试', 'device_ai', 9301, 1, '端侧'),
 (2, '2023-07-02', '另一家厂商宣布大模型融入手机系统助手', 'device_ai', NULL, 1, '端侧'),
 (3, '2023-07-03', '测试手机厂商第二款大模型手机正式发售', 'device_ai', 9301, 1, '端侧'),
 (4, '2024-06-01', '晚些时候的端侧事件', 'device_ai', NULL, 1, '端侧'),
 (5, '2023', '一整年的热点新闻', 'hot_news', NULL, 1, '热点'),
 (6, NULL, '未注明日期的事件', 'investment', NULL, 1, '投资')
)";

class TestPolicyTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lanesAndUndatedItems();
    void crowdedLabelsStackIntoSubRows();
    void stackingFollowsTheWidth();
    void monthBarSpansTheMonth();
    void clickingItemFocusesIt_data();
    void clickingItemFocusesIt();
    void clickingTableRowHighlightsItem();
    void organizationFocusHighlightsItsEvents();
    void yearFilterNarrowsChartAndTable();
    void keyboardZoom();
    void dateTicksAsTheLanguageWritesThem();
    void drawsTheFirstRowsOfALargeModel();
    void crowdClustersByMonthAndZoomOpensIt();
    void focusedLabelIsNotRedOnRed();
    void editionCompareMarksNewInBFadesNeitherShadesB();
    void editionCompareWithoutItemsOfAnEditionSaysSo();

private:
    int row(EntityKind kind, qint64 id) const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<PolicyTimelineView> m_view;
};

void TestPolicyTimelineView::init()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<TimelineModel>();
    m_model->setRows(Queries(*db).timeline());
    QCOMPARE(m_model->rowCount(), 8);
    m_view = std::make_unique<PolicyTimelineView>(m_model.get(), m_state.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->chart()->replot();
}

void TestPolicyTimelineView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
}

int TestPolicyTimelineView::row(EntityKind kind, qint64 id) const
{
    return rowOfEntity(m_view->table()->model(), EntityRef {kind, id});
}

void TestPolicyTimelineView::lanesAndUndatedItems()
{
    PolicyTimeline *chart = m_view->chart();
    QCOMPARE(chart->laneNames(), (QStringList {"Hot news", "On-device AI", "Policies"}));
    QCOMPARE(chart->itemCount(), 7);
    QCOMPARE(m_view->visibleRowCount(), 8); // the undated event is in the table
    QVERIFY(chart->frame().subtitle().contains(QStringLiteral("1 undated item")));
    QCOMPARE(chart->laneOfRow(row(EntityKind::Event, 6)), -1);
}

void TestPolicyTimelineView::crowdedLabelsStackIntoSubRows()
{
    PolicyTimeline *chart = m_view->chart();
    const int e1 = row(EntityKind::Event, 1), e2 = row(EntityKind::Event, 2),
              e3 = row(EntityKind::Event, 3), e4 = row(EntityKind::Event, 4);
    QCOMPARE(chart->laneOfRow(e1), chart->laneOfRow(e4));
    const QSet<int> crowded {
        chart->subRowOfRow(e1), chart->subRowOfRow(e2), chart->subRowOfRow(e3)};
    QCOMPARE(crowded, (QSet<int> {0, 1, 2}));
    // Far enough to the right: back in the first sub-row.
    QCOMPARE(chart->subRowOfRow(e4), 0);
    // Stacked items are drawn on distinct rows, a label's height apart at least.
    QList<double> ys {
        chart->itemCenter(e1).y(), chart->itemCenter(e2).y(), chart->itemCenter(e3).y()};
    std::sort(ys.begin(), ys.end());
    QVERIFY(ys.at(1) - ys.at(0) >= 12);
    QVERIFY(ys.at(2) - ys.at(1) >= 12);
    // The two policies, months apart, share one sub-row of their lane.
    QCOMPARE(chart->subRowOfRow(row(EntityKind::Policy, 1)), 0);
    QCOMPARE(chart->subRowOfRow(row(EntityKind::Policy, 2)), 0);
}

void TestPolicyTimelineView::stackingFollowsTheWidth()
{
    PolicyTimeline *chart = m_view->chart();
    const int p1 = row(EntityKind::Policy, 1), p2 = row(EntityKind::Policy, 2);
    // Zoomed far out, the two months-apart policies are a few pixels apart: their labels
    // would overlap, so they stack.
    chart->xAxis->scaleRange(30, chart->xAxis->range().center());
    chart->replot();
    QCOMPARE(QSet<int>({chart->subRowOfRow(p1), chart->subRowOfRow(p2)}), (QSet<int> {0, 1}));
    chart->resetRange();
    chart->replot();
    QCOMPARE(chart->subRowOfRow(p2), 0);
}

void TestPolicyTimelineView::monthBarSpansTheMonth()
{
    PolicyTimeline *chart = m_view->chart();
    const DateSpan august = chart->itemSpan(row(EntityKind::Policy, 1));
    QCOMPARE(august.precision, DateSpan::Precision::Month);
    const auto key = [](int y, int m) {
        return QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(QDate(y, m, 1), QTime(0, 0), QTimeZone::utc()));
    };
    QCOMPARE(august.start, key(2023, 8));
    QCOMPARE(august.end, key(2023, 9));
    const DateSpan year = chart->itemSpan(row(EntityKind::Event, 5));
    QCOMPARE(year.precision, DateSpan::Precision::Year);
    QCOMPARE(year.start, key(2023, 1));
    QCOMPARE(year.end, key(2024, 1));
    QVERIFY(chart->itemSpan(row(EntityKind::Event, 1)).isPoint());
}

void TestPolicyTimelineView::clickingItemFocusesIt_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("id");
    QTest::newRow("crowded day event") << int(EntityKind::Event) << qint64(2);
    QTest::newRow("stacked day event") << int(EntityKind::Event) << qint64(3);
    QTest::newRow("policy month bar") << int(EntityKind::Policy) << qint64(1);
    QTest::newRow("year bar") << int(EntityKind::Event) << qint64(5);
}

void TestPolicyTimelineView::clickingItemFocusesIt()
{
    QFETCH(int, kind);
    QFETCH(qint64, id);
    const EntityRef entity {EntityKind(kind), id};
    PolicyTimeline *chart = m_view->chart();
    const int r = row(entity.kind, id);
    const QPoint pos = chart->itemCenter(r).toPoint();
    QVERIFY(chart->axisRect()->rect().contains(pos));
    QCOMPARE(chart->rowAt(pos), r); // the mark's centre hits the mark itself
    QTest::mouseClick(chart, Qt::LeftButton, {}, pos);
    QCOMPARE(m_state->focus(), entity);
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(EntityRole).value<EntityRef>(), entity);
    QCOMPARE(chart->highlightedRows(), QList<int> {r});
}

void TestPolicyTimelineView::clickingTableRowHighlightsItem()
{
    QTableView *table = m_view->table();
    const int r = row(EntityKind::Policy, 2);
    const QRect cell = table->visualRect(table->model()->index(r, TimelineModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Policy, 2}));
    QCOMPARE(m_view->chart()->highlightedRows(), QList<int> {r});
}

void TestPolicyTimelineView::organizationFocusHighlightsItsEvents()
{
    m_state->setFocus(EntityRef {EntityKind::Organization, 9301});
    QList<int> expected {row(EntityKind::Event, 1), row(EntityKind::Event, 3)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_view->chart()->highlightedRows(), expected);
    // Highlighted, not filtered.
    QCOMPARE(m_view->chart()->itemCount(), 7);
    m_state->clearFocus();
    QVERIFY(m_view->chart()->highlightedRows().isEmpty());
}

void TestPolicyTimelineView::yearFilterNarrowsChartAndTable()
{
    m_state->setYearRange(2024, 2024);
    QCOMPARE(m_view->visibleRowCount(), 1);
    QCOMPARE(m_view->chart()->itemCount(), 1);
    QCOMPARE(m_view->chart()->laneNames(), QStringList {"On-device AI"});
    QVERIFY(m_view->chart()->frame().subtitle().contains(QStringLiteral("2024")));
    m_state->setYearRange(2023, 2023);
    QCOMPARE(m_view->chart()->itemCount(), 6);
    m_state->clearFilters();
    QCOMPARE(m_view->chart()->itemCount(), 7);
}

void TestPolicyTimelineView::keyboardZoom()
{
    PolicyTimeline *chart = m_view->chart();
    chart->setFocus();
    const QCPRange full = chart->xAxis->range();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(chart->xAxis->range().size() < full.size());
    QTest::keyClick(chart, Qt::Key_0);
    QCOMPARE(chart->xAxis->range(), full);
}

// The time axis writes its ticks as the interface language writes a month or a day
// (Format::date), never as ISO; the precision follows the zoom.
void TestPolicyTimelineView::dateTicksAsTheLanguageWritesThem()
{
    PolicyTimeline *chart = m_view->chart();
    auto labels = [chart](const QLocale &locale) {
        QLocale::setDefault(locale);
        chart->replot();
        const QVector<QString> shown = chart->xAxis->tickVectorLabels();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringList(shown.cbegin(), shown.cend());
    };
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    auto allMatch = [](const QStringList &texts, const QString &pattern) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        return !texts.isEmpty()
            && std::all_of(texts.cbegin(), texts.cend(),
                [&re](const QString &text) { return re.match(text).hasMatch(); });
    };
    // A year of items: months.
    QStringList shown = labels(english);
    QVERIFY2(allMatch(shown, QStringLiteral("[A-Z][a-z]{2} \\d{4}")), qPrintable(shown.join(u'|')));
    shown = labels(chinese);
    QVERIFY2(allMatch(shown, QStringLiteral("\\d{4}年\\d{1,2}月")), qPrintable(shown.join(u'|')));
    // Zoomed in to weeks: days.
    chart->zoomBy(0.1);
    shown = labels(english);
    QVERIFY2(allMatch(shown, QStringLiteral("\\d{1,2} [A-Z][a-z]{2} \\d{4}")),
        qPrintable(shown.join(u'|')));
    shown = labels(chinese);
    QVERIFY2(allMatch(shown, QStringLiteral("\\d{4}年\\d{1,2}月\\d{1,2}日")),
        qPrintable(shown.join(u'|')));
}

void TestPolicyTimelineView::drawsTheFirstRowsOfALargeModel()
{
    TimelineRows rows;
    for (int i = 0; i < PolicyTimeline::MaxItems + 25; ++i) {
        TimelineRow row;
        row.kind = TimelineRow::Kind::Event;
        row.id = 100000 + i;
        row.date = QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate);
        row.title = QStringLiteral("合成事件 %1").arg(i);
        row.category = QStringLiteral("hot_news");
        rows.append(row);
    }
    m_model->setRows(rows);
    PolicyTimeline *chart = m_view->chart();
    QCOMPARE(chart->itemCount(), PolicyTimeline::MaxItems);
    QCOMPARE(m_view->visibleRowCount(), PolicyTimeline::MaxItems + 25); // the table has all
    QVERIFY2(chart->frame().subtitle().contains(QStringLiteral("the first 300 of 325 rows")),
        qPrintable(chart->frame().subtitle()));
    // Filtering down to fewer rows draws them all and drops the note.
    m_state->setYearRange(2020, 2020);
    QCOMPARE(chart->itemCount(), 300); // 2020 has 366 days: still capped
    m_state->setSearch(QStringLiteral("合成事件 1"));
    QVERIFY(chart->itemCount() < PolicyTimeline::MaxItems);
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("the first")));
}

void TestPolicyTimelineView::crowdClustersByMonthAndZoomOpensIt()
{
    // 200 events in one lane through three months: far more labels than a 640×360 chart
    // has sub-rows for.
    TimelineRows rows;
    for (int i = 0; i < 200; ++i) {
        TimelineRow row;
        row.kind = TimelineRow::Kind::Event;
        row.id = 200000 + i;
        row.date = QDate(2023, 1, 1).addDays(i % 90).toString(Qt::ISODate);
        row.title = QStringLiteral("拥挤的事件 %1").arg(i);
        row.category = QStringLiteral("hot_news");
        rows.append(row);
    }
    m_model->setRows(rows);
    PolicyTimeline *chart = m_view->chart();
    const QSize size(640, 360);
    QList<TextBox> text = recordText(chart, size);
    QStringList problems = legibilityProblems(text, size);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every item is either labelled or counted in a cluster, and the chart says so.
    const QList<int> counts = chart->clusterCounts();
    QVERIFY(!counts.isEmpty());
    int labelled = 0;
    for (int r = 0; r < 200; ++r)
        labelled += chart->isLabelShown(r) ? 1 : 0;
    QVERIFY(labelled > 0);
    QCOMPARE(labelled + std::accumulate(counts.cbegin(), counts.cend(), 0), 200);
    QVERIFY2(chart->frame().subtitle().contains(QStringLiteral("without room for a label")),
        qPrintable(chart->frame().subtitle()));
    bool countDrawn = false;
    for (const TextBox &box : std::as_const(text))
        countDrawn = countDrawn || box.text == QStringLiteral("+%1").arg(counts.first());
    QVERIFY(countDrawn);
    // No label is drawn below a readable size.
    for (const TextBox &box : std::as_const(text))
        QVERIFY2(box.pointSize >= 8, qPrintable(box.text));

    // Zoomed in on one week, the week's items have their labels.
    chart->xAxis->setRange(QCPAxisTickerDateTime::dateTimeToKey(
                               QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc())),
        QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(QDate(2023, 1, 4), QTime(0, 0), QTimeZone::utc())));
    text = recordText(chart, size);
    problems = legibilityProblems(text, size);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(chart->isLabelShown(0)); // 2023-01-01, first in the table
}

void TestPolicyTimelineView::focusedLabelIsNotRedOnRed()
{
    PolicyTimeline *chart = m_view->chart();
    m_state->setFocus(EntityRef {EntityKind::Policy, 1}); // a month bar, its label on it
    const QList<TextBox> text = recordText(chart, QSize(1280, 760));
    bool found = false;
    for (const TextBox &box : text) {
        if (box.text != QStringLiteral("政策一"))
            continue;
        found = true;
        QCOMPARE(box.color, ChartTheme::light().text);
    }
    QVERIFY(found);
    QCOMPARE(chart->highlightedRows(), QList<int> {row(EntityKind::Policy, 1)});
}

namespace {

// The shipped dataset plus the synthetic editions (A = 1, B = 3): policies and events of
// editions 1 and 2, two synthetic events of edition 3.
struct EditionsTimeline : EditionsViewFixture<TimelineModel, PolicyTimelineView>
{
    bool open()
    {
        return EditionsViewFixture::open([](const Queries &q) { return q.timeline(); });
    }
};

} // namespace

void TestPolicyTimelineView::editionCompareMarksNewInBFadesNeitherShadesB()
{
    EditionsTimeline t;
    QVERIFY(t.open());
    PolicyTimeline *chart = t.view->chart();
    // Without a filter or a sort the chart's rows are the model's, in its order.
    const QAbstractItemModel *rows = &t.model;
    for (int r = 0; r < rows->rowCount(); ++r)
        QCOMPARE(chart->editionMarkOfRow(r), EditionMark::Plain);

    t.state.setComparison({1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025")});
    QStringList fresh;
    int inA = 0;
    int neither = 0;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const qint64 edition = rows->index(r, 0).data(EditionRole).toLongLong();
        const EditionMark mark = chart->editionMarkOfRow(r);
        if (!chart->itemCenter(r).isNull() || mark != EditionMark::Plain)
            QCOMPARE(mark,
                edition == 1       ? EditionMark::InA
                    : edition == 3 ? EditionMark::NewInB
                                   : EditionMark::Neither);
        if (mark == EditionMark::NewInB)
            fresh.append(rows->index(r, 0).data(LabelRole).toString());
        inA += mark == EditionMark::InA;
        neither += mark == EditionMark::Neither;
    }
    fresh.sort();
    QCOMPARE(fresh,
        (QStringList {QStringLiteral("合成事件：6G标准草案 (synthetic)"),
            QStringLiteral("合成事件：数据资产新规 (synthetic)")}));
    QVERIFY(inA > 0);
    QVERIFY(neither > 0); // the blue book's rows stay on the axis
    // B's span: September 2024 to the end of March 2025.
    const QCPRange span = chart->shadedSpanB();
    const auto key = [](int y, int m, int d) {
        return QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()));
    };
    QCOMPARE(span.lower, key(2024, 9, 1));
    QVERIFY(span.upper > key(2025, 3, 30) && span.upper <= key(2025, 4, 1));
    const QString subtitle = chart->frame().subtitle();
    QVERIFY2(subtitle.startsWith(QStringLiteral("Compared: 2023–2024 vs 2024–2025")),
        qPrintable(subtitle));
    QVERIFY(subtitle.contains(QStringLiteral("new in 2024–2025")));

    t.state.clearComparison();
    for (int r = 0; r < rows->rowCount(); ++r)
        QCOMPARE(chart->editionMarkOfRow(r), EditionMark::Plain);
    QVERIFY(!chart->frame().subtitle().contains(QStringLiteral("Compared")));
}

void TestPolicyTimelineView::editionCompareWithoutItemsOfAnEditionSaysSo()
{
    EditionsTimeline t;
    QVERIFY(t.open());
    // Edition 4 (the blue book's synthetic one) has no policies or events.
    t.state.setComparison({1, 4, QStringLiteral("2023–2024"), QStringLiteral("2025 (bb)")});
    QVERIFY2(t.view->chart()->frame().subtitle().contains(
                 QStringLiteral("No policies or events in edition 2025 (bb)")),
        qPrintable(t.view->chart()->frame().subtitle()));
}

QTEST_MAIN(TestPolicyTimelineView)
#include "tst_policytimelineview.moc"
