// The charts' base: a hidden chart leaves its screen buffers for later, a shown or grabbed
// one draws them.

#include "chartplot.h"

#include <QSignalSpy>
#include <QTest>

using namespace TrendScope;

class TestChartPlot : public QObject
{
    Q_OBJECT

private slots:
    void hiddenPlotDrawsWhenShown();
    void hiddenPlotDrawsWhenGrabbed();
    void visiblePlotCoalescesReplots();
};

void TestChartPlot::hiddenPlotDrawsWhenShown()
{
    ChartPlot plot;
    plot.resize(400, 300);
    QCoreApplication::processEvents(); // QCustomPlot's own first replot
    QSignalSpy replots(&plot, &QCustomPlot::afterReplot);
    plot.queueReplot();
    plot.queueReplot();
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 0); // nothing drawn while nobody can see it
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1); // once, however many were asked for
    // Hidden again (another tab): the same.
    plot.hide();
    plot.queueReplot();
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1);
    plot.show();
    QTRY_COMPARE(replots.count(), 2);
}

void TestChartPlot::hiddenPlotDrawsWhenGrabbed()
{
    ChartPlot plot;
    plot.resize(400, 300);
    (void)plot.grab(); // the pending resize and QCustomPlot's own first replot
    QCoreApplication::processEvents();

    // New contents while hidden: a thick red line.
    QCPGraph *graph = plot.addGraph();
    graph->setData({0, 1, 2}, {0, 2, 1});
    graph->setPen(QPen(Qt::red, 6));
    plot.rescaleAxes();
    QSignalSpy replots(&plot, &QCustomPlot::afterReplot);
    plot.queueReplot();
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 0);
    const QImage image = plot.grab().toImage();
    QCOMPARE(replots.count(), 1);
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            red += image.pixel(x, y) == qRgb(255, 0, 0) ? 1 : 0;
    QVERIFY2(red > 100, qPrintable(QString::number(red)));
}

void TestChartPlot::visiblePlotCoalescesReplots()
{
    ChartPlot plot;
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCoreApplication::processEvents();
    QSignalSpy replots(&plot, &QCustomPlot::afterReplot);
    plot.queueReplot();
    plot.queueReplot();
    plot.queueReplot();
    QTRY_COMPARE(replots.count(), 1);
    QTest::qWait(50);
    QCOMPARE(replots.count(), 1);
}

QTEST_MAIN(TestChartPlot)
#include "tst_chartplot.moc"
