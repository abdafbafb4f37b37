// The text recorder and the legibility rules: every run a plot draws is found where it is
// drawn (frame, axis ticks, items, legend, rotated text, text painted by hand), and two
// runs on top of each other, a run off the canvas or cut by its clip, and tiny text are
// each reported.

#include "chartstyle.h"
#include "textlayout.h"

#include <QTest>
#include <qcustomplot.h>

using namespace TrendScope;

namespace {

// Text an item paints itself, as the donut's labels are.
class HandText : public QCPAbstractItem
{
public:
    explicit HandText(QCustomPlot *plot)
        : QCPAbstractItem(plot)
    { }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override
    {
        painter->setFont(chartFont(10));
        painter->drawText(QPointF(20, 40), QStringLiteral("by hand"));
    }
};

const TextBox *find(const QList<TextBox> &boxes, const QString &text)
{
    for (const TextBox &box : boxes) {
        if (box.text == text)
            return &box;
    }
    return nullptr;
}

QCPItemText *label(QCustomPlot *plot, const QString &text, double x, double y, double points)
{
    auto *item = new QCPItemText(plot);
    item->setClipToAxisRect(false);
    item->position->setType(QCPItemPosition::ptAbsolute);
    item->position->setCoords(x, y);
    item->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setPadding(QMargins());
    item->setFont(chartFont(points));
    item->setText(text);
    return item;
}

} // namespace

class TestTextLayout : public QObject
{
    Q_OBJECT

private slots:
    void recordsEveryKindOfText();
    void cleanPlotHasNoProblems();
    void reportsOverlap();
    void reportsOffCanvasAndClipped();
    void reportsTinyText();
};

void TestTextLayout::recordsEveryKindOfText()
{
    QCustomPlot plot;
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, QStringLiteral("标题 Title")));
    plot.xAxis->setRange(0, 10);
    plot.yAxis->setLabel(QStringLiteral("Score"));
    label(&plot, QStringLiteral("item"), 300, 200, 9);
    new HandText(&plot);
    plot.legend->setVisible(true);
    plot.addGraph()->setName(QStringLiteral("legend entry"));

    const QSize size(640, 360);
    const QList<TextBox> boxes = recordText(&plot, size);
    QStringList texts;
    for (const TextBox &box : boxes)
        texts << box.text;
    // The title is drawn in two runs (Chinese and Latin fonts) or one.
    QVERIFY2(texts.join(QString()).contains(QStringLiteral("Title")), qPrintable(texts.join(u'|')));
    for (const QString &expected : {QStringLiteral("item"), QStringLiteral("by hand"),
             QStringLiteral("legend entry"), QStringLiteral("Score"), QStringLiteral("10")})
        QVERIFY2(find(boxes, expected), qPrintable(expected + u':' + texts.join(u'|')));

    const TextBox *item = find(boxes, QStringLiteral("item"));
    QCOMPARE(qRound(item->rect.left()), 300);
    QVERIFY(qAbs(item->rect.top() - 200) < 4);
    QCOMPARE(item->pointSize, 9.0);
    const TextBox *hand = find(boxes, QStringLiteral("by hand"));
    QCOMPARE(qRound(hand->rect.left()), 20);
    QVERIFY(hand->rect.bottom() > 40 && hand->rect.top() < 40);
    // The y axis label is drawn turned: taller than wide, left of the axis.
    const TextBox *score = find(boxes, QStringLiteral("Score"));
    QVERIFY(score->rect.height() > score->rect.width());
    QVERIFY(score->rect.right() < plot.axisRect()->left());
    // The plot's own viewport is left alone.
    QCOMPARE(plot.viewport().size(), plot.size());
}

void TestTextLayout::cleanPlotHasNoProblems()
{
    QCustomPlot plot;
    plot.xAxis->setRange(0, 10);
    label(&plot, QStringLiteral("one"), 100, 100, 9);
    label(&plot, QStringLiteral("two"), 100, 130, 9);
    const QSize size(640, 360);
    const QStringList problems = legibilityProblems(recordText(&plot, size), size);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTextLayout::reportsOverlap()
{
    QCustomPlot plot;
    label(&plot, QStringLiteral("first label"), 100, 100, 9);
    label(&plot, QStringLiteral("second label"), 120, 104, 9);
    const QSize size(640, 360);
    const QStringList problems = legibilityProblems(recordText(&plot, size), size);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("overlap: “first label”")),
        qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral("“second label”")));
}

void TestTextLayout::reportsOffCanvasAndClipped()
{
    QCustomPlot plot;
    label(&plot, QStringLiteral("beyond the edge"), 600, 100, 9);
    // Starts left of the axis rect and runs into it: cut. Wholly outside it: never seen.
    for (const auto &[text, x] : {std::pair {QStringLiteral("half outside the axis rect"), -0.02},
             std::pair {QStringLiteral("hidden by the clip"), 1.5}}) {
        QCPItemText *clipped = label(&plot, text, 0, 0, 9);
        clipped->setClipToAxisRect(true);
        clipped->position->setType(QCPItemPosition::ptAxisRectRatio);
        clipped->position->setCoords(x, 0.5);
    }
    const QSize size(640, 360);
    const QStringList problems = legibilityProblems(recordText(&plot, size), size);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("off the canvas: “beyond the edge”")),
        qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("cut by its clip: “half outside")),
        qPrintable(problems.join(u'\n')));
}

void TestTextLayout::reportsTinyText()
{
    QCustomPlot plot;
    label(&plot, QStringLiteral("small print"), 100, 100, 6.5);
    const QSize size(640, 360);
    QList<TextBox> boxes = recordText(&plot, size);
    boxes.removeIf([](const TextBox &box) { return box.text != QLatin1String("small print"); });
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().pointSize, 6.5);
    const QStringList problems = legibilityProblems(boxes, size);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("too small")));
    QVERIFY(legibilityProblems(boxes, size, 6).isEmpty());
}

QTEST_MAIN(TestTextLayout)
#include "tst_textlayout.moc"
