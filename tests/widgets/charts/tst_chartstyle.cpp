#include "chartstyle.h"

#include <QTest>
#include <qcustomplot.h>

using namespace TrendScope;

class TestChartStyle : public QObject
{
    Q_OBJECT

private slots:
    void themesByName_data();
    void themesByName();
    void seriesColoursCycle();
    void fontsNameChineseFamiliesExplicitly();
    void plotFollowsDevicePixelRatio();
};

void TestChartStyle::themesByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::newRow("light") << "light" << true;
    QTest::newRow("dark") << "dark" << true;
    QTest::newRow("print") << "print" << true;
    QTest::newRow("unknown") << "neon" << false;
    QTest::newRow("empty") << "" << false;
}

void TestChartStyle::themesByName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    const auto theme = ChartTheme::byName(name);
    QCOMPARE(theme.has_value(), known);
    if (known) {
        QCOMPARE(theme->name, name);
        QVERIFY(ChartTheme::names().contains(name));
    }
}

void TestChartStyle::seriesColoursCycle()
{
    const ChartTheme theme = ChartTheme::light();
    QCOMPARE(theme.seriesColor(0), theme.series.at(0));
    QCOMPARE(theme.seriesColor(theme.series.size() + 2), theme.series.at(2));
    QCOMPARE(theme.seriesColor(-1), theme.series.last()); // never out of range
}

void TestChartStyle::fontsNameChineseFamiliesExplicitly()
{
    const QFont font = chartFont(10, true);
    QVERIFY(font.families().contains("Noto Sans CJK SC"));
    QVERIFY(font.bold());
    QCOMPARE(font.pointSizeF(), 10.0);
    // Chinese text resolves to the simplified-Chinese face, not the Japanese one.
    QFontMetrics metrics(font);
    QVERIFY(metrics.inFontUcs4(QChar(0x667A).unicode())); // 智
}

void TestChartStyle::plotFollowsDevicePixelRatio()
{
    QCustomPlot plot;
    keepPlotSharp(&plot);
    plot.resize(300, 200);
    plot.setBufferDevicePixelRatio(plot.devicePixelRatioF() + 1.0); // as if the screen changed
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.repaint();
    QTRY_COMPARE(plot.bufferDevicePixelRatio(), plot.devicePixelRatioF());
}

QTEST_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
