#include "chartexporter.h"
#include "leaderboardchart.h"
#include "markingtranslator.h"
#include "roles.h"
#include "testutil.h"
#include "viewfixture.h"

#include <QImage>
#include <QTest>
#include <qcustomplot.h>

using namespace TrendScope;

class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validate_data();
    void validate();
    void pngSizeAndScale();
    void transparentBackground();
    void themesChangeExportNotScreen();
    void hiddenTextsAreGone();
    void svgDescriptionIsTranslated();
    void selectionHiddenUnlessAsked();
    void failedWriteKeepsOldFile();
    void presetsAreSlideSizes();
    void optionsKeptAsJson();

private:
    QImage render(const ChartExportOptions &options);
    std::unique_ptr<ViewFixture> m_fixture;
    LeaderboardView *m_view = nullptr;
};

void TestChartExporter::init()
{
    m_fixture = std::make_unique<ViewFixture>();
    m_view = m_fixture->view.get();
}

void TestChartExporter::cleanup()
{
    m_fixture.reset();
}

QImage TestChartExporter::render(const ChartExportOptions &options)
{
    return QImage::fromData(renderView(m_view, options), "PNG");
}

void TestChartExporter::validate_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("problem");
    QTest::newRow("slide") << QSize(1920, 1080) << 2 << "light"
                           << "";
    QTest::newRow("too small") << QSize(10, 1080) << 1 << "light"
                               << "outside 64 to 8192";
    QTest::newRow("too big") << QSize(9000, 1080) << 1 << "light"
                             << "outside 64 to 8192";
    QTest::newRow("scale 0") << QSize(800, 600) << 0 << "light"
                             << "scale 0";
    QTest::newRow("scale 5") << QSize(800, 600) << 5 << "light"
                             << "scale 5";
    QTest::newRow("scaled too big") << QSize(4000, 600) << 4 << "light"
                                    << "size × scale";
    QTest::newRow("unknown theme") << QSize(800, 600) << 1 << "neon"
                                   << "unknown theme";
}

void TestChartExporter::validate()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    QFETCH(QString, problem);
    ChartExportOptions options;
    options.size = size;
    options.scale = scale;
    options.theme = theme;
    const QString result = options.validate();
    if (problem.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
}

void TestChartExporter::pngSizeAndScale()
{
    ChartExportOptions options;
    options.size = QSize(800, 450);
    QCOMPARE(render(options).size(), QSize(800, 450));
    options.scale = 3;
    QCOMPARE(render(options).size(), QSize(2400, 1350));
}

void TestChartExporter::transparentBackground()
{
    ChartExportOptions options;
    options.size = QSize(600, 400);
    QCOMPARE(qAlpha(render(options).pixel(2, 2)), 255);
    options.transparent = true;
    const QImage image = render(options);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
    // Nothing is filled with the screen's background: the legend's box was, an opaque strip
    // across the slide.
    const QRgb background = ChartTheme::light().background.rgba();
    int filled = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            filled += image.pixel(x, y) == background;
    }
    QCOMPARE(filled, 0);
    // The screen keeps its opaque background, and the legend its box.
    QCOMPARE(qAlpha(m_view->plot()->toPixmap(100, 100).toImage().pixel(2, 2)), 255);
    QCOMPARE(m_view->plot()->legend->brush().color(), ChartTheme::light().background);
}

void TestChartExporter::themesChangeExportNotScreen()
{
    ChartExportOptions options;
    options.size = QSize(600, 400);
    options.theme = "dark";
    const QImage dark = render(options);
    QCOMPARE(QColor(dark.pixel(2, 2)), ChartTheme::dark().background);
    QCOMPARE(QColor(m_view->plot()->toPixmap(100, 100).toImage().pixel(2, 2)),
        ChartTheme::light().background);
    options.theme = "light";
    QCOMPARE(QColor(render(options).pixel(2, 2)), ChartTheme::light().background);
}

void TestChartExporter::hiddenTextsAreGone()
{
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.size = QSize(800, 500);
    QVERIFY(renderView(m_view, options).contains("AI model leaderboard"));
    QVERIFY(renderView(m_view, options).contains("Source:"));
    options.showTitle = false;
    options.showSource = false;
    QByteArray svg = renderView(m_view, options);
    // The document keeps its name (<title>, not drawn); the drawn title is gone.
    QVERIFY(svg.contains("<title>AI model leaderboard</title>"));
    svg.replace("<title>AI model leaderboard</title>", "");
    QVERIFY(!svg.contains("AI model leaderboard"));
    QVERIFY(!svg.contains("Source:"));
    QVERIFY(svg.contains("All rows, no filters"));
    // And back on screen.
    // (shown fitted to the hidden widget's small default width, the full text as its tooltip)
    QVERIFY(m_view->plot()->findChild<QCPTextElement *>("chart-title")->text().startsWith("AI"));
    QCOMPARE(m_view->title(), QStringLiteral("AI model leaderboard"));
}

// The SVG's description, which file managers and viewers show, is in the interface language.
void TestChartExporter::svgDescriptionIsTranslated()
{
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.size = QSize(800, 500);
    MarkingTranslator translator("TrendScope::ChartExporter");
    QCoreApplication::installTranslator(&translator);
    const QByteArray svg = renderView(m_view, options);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(svg.contains("<desc>[Exported by TrendScope]</desc>"));
}

void TestChartExporter::selectionHiddenUnlessAsked()
{
    const EntityRef first = m_view->tableModel()->index(0, 0).data(EntityRole).value<EntityRef>();
    m_fixture->state.setFocus(first);
    QCOMPARE(m_view->chart()->highlightedRows().size(), 1);
    ChartExportOptions options;
    options.size = QSize(800, 500);
    options.format = ChartFormat::Svg;
    const QByteArray plain = renderView(m_view, options);
    options.keepSelection = true;
    const QByteArray highlighted = renderView(m_view, options);
    const QByteArray highlight = ChartTheme::light().highlight.name().toLatin1();
    QVERIFY(!plain.contains(highlight));
    QVERIFY(highlighted.contains(highlight));
    QCOMPARE(m_view->chart()->highlightedRows().size(), 1); // still highlighted on screen
}

void TestChartExporter::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.png");
    TestUtil::writeFile(path, "old chart");
    // A folder where the file's temporary sibling cannot be created.
    const QString blocked = dir.filePath("not-a-folder");
    TestUtil::writeFile(blocked, "x");
    ChartExportOptions options;
    options.size = QSize(400, 300);
    QString error;
    QVERIFY(!exportView(m_view, blocked + "/chart.png", options, &error));
    QVERIFY2(error.startsWith("Cannot write"), qPrintable(error));
    QVERIFY(exportView(m_view, path, options, &error));
    QCOMPARE(QImage(path).size(), QSize(400, 300));
}

void TestChartExporter::presetsAreSlideSizes()
{
    const QList<SizePreset> presets = sizePresets();
    QCOMPARE(presets.first().size, QSize(1920, 1080));
    bool a4 = false;
    for (const SizePreset &p : presets) {
        ChartExportOptions o;
        o.size = p.size;
        QVERIFY(o.validate().isEmpty());
        a4 = a4 || p.name.contains("A4");
    }
    QVERIFY(a4);
}

// A saved view keeps the options as JSON: every field comes back, and a file written by hand
// or by another build cannot bring unusable ones.
void TestChartExporter::optionsKeptAsJson()
{
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.size = {480, 270};
    options.scale = 3;
    options.theme = QStringLiteral("dark");
    options.transparent = true;
    options.showTitle = false;
    options.showSubtitle = false;
    options.showSource = false;
    options.keepSelection = true;
    const ChartExportOptions read = ChartExportOptions::fromJson(options.toJson());
    QCOMPARE(read.format, ChartFormat::Svg);
    QCOMPARE(read.size, QSize(480, 270));
    QCOMPARE(read.scale, 3);
    QCOMPARE(read.theme, QStringLiteral("dark"));
    QVERIFY(read.transparent && read.keepSelection);
    QVERIFY(!read.showTitle && !read.showSubtitle && !read.showSource);

    const ChartExportOptions defaults;
    const ChartExportOptions partial
        = ChartExportOptions::fromJson({{QStringLiteral("theme"), QStringLiteral("print")}});
    QCOMPARE(partial.theme, QStringLiteral("print"));
    QCOMPARE(partial.size, defaults.size);
    for (const QJsonObject &bad : {QJsonObject {{QStringLiteral("width"), 1}},
             QJsonObject {{QStringLiteral("theme"), QStringLiteral("neon")}},
             QJsonObject {{QStringLiteral("scale"), 99}}}) {
        const ChartExportOptions read = ChartExportOptions::fromJson(bad);
        QVERIFY(read.validate().isEmpty());
        QCOMPARE(read.size, defaults.size);
        QCOMPARE(read.theme, defaults.theme);
    }
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
