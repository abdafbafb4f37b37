// The base of the model charts: the tooltip and pointing hand over a row, a click (not a
// drag) focusing the row's entity, and the hooks run when the model, theme, focus or filter
// change. A chart of columns 100 px wide, one per model row, in the upper half.

#include "chartframe.h"
#include "explorerstate.h"
#include "markingtranslator.h"
#include "modelchart.h"
#include "roles.h"
#include "textlayout.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>

using namespace TrendScope;

namespace {

class ColumnChart : public ModelChart
{
public:
    ColumnChart(QAbstractItemModel *model, ExplorerState *state)
        : ModelChart(model, state)
    {
        setTheme(theme());
    }

    int rowAt(const QPointF &pos) const override
    {
        const int row = int(pos.x() / 100);
        return pos.y() < 100 && row < model()->rowCount() ? row : -1;
    }
    using ModelChart::filterText;
    using ModelChart::setSources;
    ChartFrame &chartFrameForTest() { return chartFrame(); }

    int rebuilds = 0;
    int themes = 0;
    int highlights = 0;
    int subtitles = 0;
    QList<int> hovered;

protected:
    void rebuild() override
    {
        ++rebuilds;
        chartFrame().setTitle(QStringLiteral("%1 rows").arg(model()->rowCount()));
        showEmptyState(model()->rowCount() == 0, QStringLiteral("columns"));
    }
    void applyChartTheme(const ChartTheme &) override { ++themes; }
    void updateHighlight() override { ++highlights; }
    void updateSubtitle() override
    {
        ++subtitles;
        chartFrame().setSubtitle(filterText());
    }
    void hoverRow(int row) override { hovered.append(row); }
};

EntityRef technology(qint64 id)
{
    return {EntityKind::Technology, id};
}

} // namespace

class TestModelChart : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreJoinedInTheLanguage();
    void init();
    void cleanup();
    void hoverShowsRowTooltipAndHand();
    void noHoverWhileAButtonIsHeld();
    void leavingEndsTheHover();
    void clickFocusesTheRowEntity();
    void dragDoesNotFocus_data();
    void dragDoesNotFocus();
    void rowWithoutEntityFocusesNothing();
    void withoutStateOnlyTheTooltipShows();
    void hooksFollowModelThemeFocusAndFilter();
    void emptyChartSaysWhy();
    void shortenedFrameTextHasItsTooltip();

private:
    void move(QWidget *widget, const QPoint &pos, Qt::MouseButtons buttons = Qt::NoButton);

    QStandardItemModel *m_model = nullptr;
    ExplorerState *m_state = nullptr;
    ColumnChart *m_chart = nullptr;
};

void TestModelChart::init()
{
    m_model = new QStandardItemModel(this);
    for (int i = 0; i < 3; ++i) {
        auto *item = new QStandardItem(QStringLiteral("row %1").arg(i));
        item->setData(QStringLiteral("tip %1").arg(i), Qt::ToolTipRole);
        item->setData(QVariant::fromValue(technology(10 + i)), EntityRole);
        m_model->appendRow(item);
    }
    m_state = new ExplorerState(this);
    m_chart = new ColumnChart(m_model, m_state);
    m_chart->resize(400, 300);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
}

void TestModelChart::cleanup()
{
    QToolTip::hideText();
    delete m_chart;
    delete m_state;
    delete m_model;
}

// A move event sent straight to the chart: QTest::mouseMove would move the system cursor.
void TestModelChart::move(QWidget *widget, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(
        QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void TestModelChart::hoverShowsRowTooltipAndHand()
{
    move(m_chart, QPoint(150, 50));
    QCOMPARE(m_chart->hovered, QList<int> {1});
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("tip 1"));
    QCOMPARE(m_chart->cursor().shape(), Qt::PointingHandCursor);

    move(m_chart, QPoint(150, 200)); // under the columns: no row
    QCOMPARE(m_chart->hovered, (QList<int> {1, -1}));
    QTRY_VERIFY(!QToolTip::isVisible()); // hidden after a short delay
    QCOMPARE(m_chart->cursor().shape(), Qt::ArrowCursor);
}

void TestModelChart::noHoverWhileAButtonIsHeld()
{
    move(m_chart, QPoint(50, 50), Qt::LeftButton);
    QCOMPARE(m_chart->hovered, QList<int> {-1});
    QCOMPARE(m_chart->cursor().shape(), Qt::ArrowCursor);
}

void TestModelChart::leavingEndsTheHover()
{
    move(m_chart, QPoint(250, 50));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_chart, &leave);
    QCOMPARE(m_chart->hovered, (QList<int> {2, -1}));
}

void TestModelChart::clickFocusesTheRowEntity()
{
    QSignalSpy focus(m_state, &ExplorerState::focusChanged);
    QTest::mouseClick(m_chart, Qt::LeftButton, {}, QPoint(250, 50));
    QCOMPARE(focus.count(), 1);
    QCOMPARE(m_state->focus(), technology(12));
    // A click beside every row keeps the focus.
    QTest::mouseClick(m_chart, Qt::LeftButton, {}, QPoint(250, 250));
    QCOMPARE(m_state->focus(), technology(12));
    // Only the left button focuses.
    QTest::mouseClick(m_chart, Qt::RightButton, {}, QPoint(50, 50));
    QCOMPARE(m_state->focus(), technology(12));
}

void TestModelChart::dragDoesNotFocus_data()
{
    QTest::addColumn<QPoint>("moved");
    QTest::addColumn<bool>("focuses");
    QTest::newRow("still") << QPoint(0, 0) << true;
    QTest::newRow("just under the slop") << QPoint(ModelChart::ClickSlop - 2, 1) << true;
    QTest::newRow("the slop: a drag") << QPoint(ModelChart::ClickSlop - 2, 2) << false;
    QTest::newRow("far") << QPoint(40, 0) << false;
}

void TestModelChart::dragDoesNotFocus()
{
    QFETCH(QPoint, moved);
    QFETCH(bool, focuses);
    const QPoint press(120, 50); // both ends over row 1
    QTest::mousePress(m_chart, Qt::LeftButton, {}, press);
    QTest::mouseRelease(m_chart, Qt::LeftButton, {}, press + moved);
    QCOMPARE(m_state->focus(), focuses ? technology(11) : EntityRef {});
}

void TestModelChart::rowWithoutEntityFocusesNothing()
{
    m_state->setFocus(technology(10));
    m_model->item(1)->setData(QVariant(), EntityRole);
    QTest::mouseClick(m_chart, Qt::LeftButton, {}, QPoint(150, 50));
    QCOMPARE(m_state->focus(), technology(10));
}

void TestModelChart::withoutStateOnlyTheTooltipShows()
{
    ColumnChart chart(m_model, nullptr);
    chart.resize(400, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    move(&chart, QPoint(50, 50));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("tip 0"));
    // Nothing to focus: no pointing hand, and a click changes nothing.
    QCOMPARE(chart.cursor().shape(), Qt::ArrowCursor);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(50, 50));
    QCOMPARE(m_state->focus(), EntityRef {});
    QCOMPARE(chart.filterText(), QString());
}

void TestModelChart::hooksFollowModelThemeFocusAndFilter()
{
    QCOMPARE(m_chart->rebuilds, 1); // the constructor's setTheme
    QCOMPARE(m_chart->themes, 1);
    QCOMPARE(m_chart->title(), QStringLiteral("3 rows"));

    m_model->appendRow(new QStandardItem(QStringLiteral("row 3")));
    QCOMPARE(m_chart->rebuilds, 2);
    QCOMPARE(m_chart->title(), QStringLiteral("4 rows"));

    m_chart->setTheme(ChartTheme::dark());
    QCOMPARE(m_chart->themes, 2);
    QCOMPARE(m_chart->rebuilds, 3);

    m_state->setFocus(technology(11));
    QCOMPARE(m_chart->highlights, 1);

    m_state->setSearch(QStringLiteral("glm"));
    QCOMPARE(m_chart->subtitles, 1);
    QCOMPARE(m_chart->frame().subtitle(), describeFilter(m_state->filter()));
    QVERIFY(m_chart->frame().subtitle().contains(QStringLiteral("glm")));
}

void TestModelChart::emptyChartSaysWhy()
{
    auto drawn = [this] {
        QStringList texts;
        for (const TextBox &box : recordText(m_chart, QSize(400, 300)))
            texts << box.text;
        return texts;
    };
    QCOMPARE(m_chart->emptyMessage(), QString());
    QVERIFY(drawn().contains(QStringLiteral("1"))); // tick labels while there are rows

    m_state->setSearch(QStringLiteral("foo"));
    m_state->setYearRange(2019, 2019);
    m_model->removeRows(0, 3);
    QCOMPARE(m_chart->emptyMessage(), QStringLiteral("No columns match: year 2019 · search “foo”"));
    QStringList texts = drawn();
    QVERIFY2(texts.join(u'|').contains(QStringLiteral("No columns match")),
        qPrintable(texts.join(u'|')));
    // No bare 0–1 axis.
    QVERIFY2(!texts.contains(QStringLiteral("1")) && !texts.contains(QStringLiteral("0")),
        qPrintable(texts.join(u'|')));

    m_state->setFilter({});
    m_model->appendRow(new QStandardItem(QStringLiteral("back")));
    m_model->removeRows(0, 1);
    QCOMPARE(m_chart->emptyMessage(), QStringLiteral("No columns in this dataset"));

    m_model->appendRow(new QStandardItem(QStringLiteral("back")));
    QCOMPARE(m_chart->emptyMessage(), QString());
    texts = drawn();
    QVERIFY(!texts.join(u'|').contains(QStringLiteral("No columns")));
    QVERIFY(texts.contains(QStringLiteral("1")));
}

void TestModelChart::shortenedFrameTextHasItsTooltip()
{
    const QString longSubtitle = QStringLiteral("a subtitle long enough to need two lines and "
                                                "more at four hundred pixels wide, which it "
                                                "cannot have, so it ends in an ellipsis");
    m_chart->chartFrameForTest().setSubtitle(longSubtitle);
    m_chart->replot();
    QCOMPARE(m_chart->frame().subtitle(), longSubtitle);
    QStringList lines;
    for (const TextBox &box : recordText(m_chart, QSize(400, 300))) {
        if (box.text.startsWith(QStringLiteral("a subtitle")) || box.text.endsWith(u'…'))
            lines << box.text;
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.last().endsWith(u'…'), qPrintable(lines.join(u'|')));
    const QStringList problems
        = legibilityProblems(recordText(m_chart, QSize(400, 300)), QSize(400, 300));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    auto *subtitle = m_chart->findChild<QCPTextElement *>(QStringLiteral("chart-subtitle"));
    // Right of the three columns, where no row is hit.
    move(m_chart, QPoint(350, subtitle->rect().center().y()));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), longSubtitle);
}

// The source line joined the reports' titles with "; " in Chinese too: the separator is
// translated ("；").
void TestModelChart::sourcesAreJoinedInTheLanguage()
{
    MarkingTranslator marking("TrendScope::ModelChart");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    m_chart->setSources(QStringList {QStringLiteral("报告甲"), QStringLiteral("报告乙")});
    const QString line = m_chart->frame().sourceLine();
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(line, QStringLiteral("[Source: 报告甲[; ]报告乙]"));
}

QTEST_MAIN(TestModelChart)
#include "tst_modelchart.moc"
