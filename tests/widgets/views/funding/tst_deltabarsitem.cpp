// The change bars: where each bar goes from the zero line, and which rows are left out
// when the height does not hold them all.

#include "deltabarsitem.h"

#include <QTest>

using namespace TrendScope;

namespace {

struct Plot
{
    QCustomPlot plot;
    DeltaBarsItem *bars = new DeltaBarsItem(&plot);

    Plot()
    {
        for (QCPAxis *axis : plot.axisRect()->axes())
            axis->setVisible(false);
        plot.axisRect()->setAutoMargins(QCP::msNone);
        plot.axisRect()->setMargins(QMargins(0, 0, 0, 0));
        bars->setClipAxisRect(plot.axisRect());
        bars->setColors(Qt::black, Qt::gray);
        bars->setBars({{QStringLiteral("合成公司乙"), 13, QStringLiteral("+13亿元"), Qt::blue},
            {QStringLiteral("百川智能"), 9, QStringLiteral("+9亿元"), Qt::red},
            {QStringLiteral("智谱AI"), 3, QStringLiteral("+3亿元"), Qt::green},
            {QStringLiteral("燧原科技"), -5, QStringLiteral("−5亿元"), Qt::cyan},
            {QStringLiteral("小马智行"), -7, QStringLiteral("−7亿元"), Qt::magenta}});
    }
    void draw(int width, int height) { plot.toPixmap(width, height); }
};

} // namespace

class TestDeltaBarsItem : public QObject
{
    Q_OBJECT

private slots:
    void increasesRightDecreasesLeftOfZero();
    void barLengthFollowsTheValue();
    void shortCanvasKeepsTheLargestChanges();
};

void TestDeltaBarsItem::increasesRightDecreasesLeftOfZero()
{
    Plot p;
    p.draw(800, 300);
    QCOMPARE(p.bars->shownCount(), 5);
    const QList<QRectF> rects = p.bars->barRects();
    const double zero = rects.at(0).left();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rects.at(i).left(), zero);
    for (int i = 3; i < 5; ++i)
        QCOMPARE(rects.at(i).right(), zero);
    // Rows top to bottom in the given order.
    for (int i = 1; i < rects.size(); ++i)
        QVERIFY(rects.at(i).top() > rects.at(i - 1).bottom());
}

void TestDeltaBarsItem::barLengthFollowsTheValue()
{
    Plot p;
    p.draw(800, 300);
    const QList<QRectF> rects = p.bars->barRects();
    QVERIFY(qAbs(rects.at(0).width() / rects.at(1).width() - 13.0 / 9.0) < 0.01);
    QVERIFY(qAbs(rects.at(4).width() / rects.at(0).width() - 7.0 / 13.0) < 0.01);
}

void TestDeltaBarsItem::shortCanvasKeepsTheLargestChanges()
{
    Plot p;
    p.draw(400, 60);
    QVERIFY(p.bars->shownCount() >= 1);
    QVERIFY(p.bars->shownCount() < 5);
    // The largest changes stay, in their given order.
    const QList<int> shown = p.bars->shown();
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
    QCOMPARE(shown.first(), 0);
    for (int i = 0; i < p.bars->bars().size(); ++i) {
        if (shown.contains(i))
            continue;
        for (const int kept : shown)
            QVERIFY(qAbs(p.bars->bars().at(kept).value) >= qAbs(p.bars->bars().at(i).value));
    }
    p.draw(400, 4);
    QCOMPARE(p.bars->shownCount(), 0);
}

QTEST_MAIN(TestDeltaBarsItem)
#include "tst_deltabarsitem.moc"
