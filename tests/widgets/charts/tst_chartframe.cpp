#include "chartframe.h"
#include "chartstyle.h"

#include <QTest>
#include <qcustomplot.h>

using namespace TrendScope;

// A chart's title, subtitle and source line: wrapped to the canvas, balanced, elided last.
class TestChartFrame : public QObject
{
    Q_OBJECT

private slots:
    void shortTextStaysOnOneLine();
    void wrappedLinesAreBalanced_data();
    void wrappedLinesAreBalanced();
    void flushLeftLinesStayFull();
    void textLeftOverEndsInAnEllipsis();
    void subtitleTakesAThirdLineOnATallCanvas();
};

namespace {

const QString Chinese = QStringLiteral(
    "全部数据，无筛选 · 3 项无日期的条目仅列于表格中 · 圆点：某一天 · 条形：某月或某年 · "
    "+N：按月计，48 项放不下标签；放大即可看到");
const QString English = QStringLiteral(
    "All rows, no filters · 3 undated items are in the table only · dot: a day · bar: a month "
    "or a year · +N: per month, 48 labels do not fit; zoom in to see them");

} // namespace

void TestChartFrame::shortTextStaysOnOneLine()
{
    const QFont font = chartFont(9.5);
    QCOMPARE(fitText(QStringLiteral("全部数据，无筛选"), font, 400, 2),
        QStringLiteral("全部数据，无筛选"));
}

void TestChartFrame::wrappedLinesAreBalanced_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zh") << Chinese;
    QTest::newRow("en") << English;
}

// Before, Chinese (which breaks anywhere) filled the first line to the canvas's edge and left
// "看到" alone on the second.
void TestChartFrame::wrappedLinesAreBalanced()
{
    QFETCH(QString, text);
    const QFont font = chartFont(9.5);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text) * 0.8;
    const QStringList lines = fitText(text, font, width, 2).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(
        lines.join(QString()).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
    const double first = metrics.horizontalAdvance(lines.at(0));
    const double second = metrics.horizontalAdvance(lines.at(1));
    QVERIFY(first <= width && second <= width);
    QVERIFY2(std::min(first, second) >= 0.75 * std::max(first, second),
        qPrintable(lines.join(QLatin1Char('|'))));
}

// The source line is set flush left: its lines stay full.
void TestChartFrame::flushLeftLinesStayFull()
{
    const QFont font = chartFont(9.5);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(Chinese) * 0.8;
    const QStringList lines = fitText(Chinese, font, width, 2, false).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(metrics.horizontalAdvance(lines.at(0)) > 0.9 * width);
}

void TestChartFrame::textLeftOverEndsInAnEllipsis()
{
    const QFont font = chartFont(9.5);
    const double width = QFontMetricsF(font).horizontalAdvance(Chinese) / 3;
    const QStringList lines = fitText(Chinese, font, width, 2).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().endsWith(QChar(0x2026)));
    for (const QString &line : lines)
        QVERIFY(QFontMetricsF(font).horizontalAdvance(line) <= width);
}

// Compare mode's subtitles ran to three lines in the window and ended in "…" at two.
void TestChartFrame::subtitleTakesAThirdLineOnATallCanvas()
{
    QCustomPlot plot;
    ChartFrame frame(&plot);
    auto *subtitle = plot.findChild<QCPTextElement *>(QStringLiteral("chart-subtitle"));
    QVERIFY(subtitle);
    frame.setSubtitle(Chinese);
    const double width = QFontMetricsF(subtitle->font()).horizontalAdvance(Chinese) / 2.6
        + 2 * ChartFrame::SideMargin;

    frame.fitTo(width, ChartFrame::TallCanvas);
    QCOMPARE(subtitle->text().count(QLatin1Char('\n')), 2);
    QVERIFY(!subtitle->text().endsWith(QChar(0x2026)));
    QCOMPARE(frame.subtitle(), Chinese);

    frame.setSubtitle(Chinese);
    frame.fitTo(width, 270);
    QCOMPARE(subtitle->text().count(QLatin1Char('\n')), 1);
    QVERIFY(subtitle->text().endsWith(QChar(0x2026)));
}

QTEST_MAIN(TestChartFrame)
#include "tst_chartframe.moc"
