#include "chartview.h"
#include "cli.h"
#include "explorerstate.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "mainwindow.h"
#include "measure.h"
#include "testutil.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QJsonArray>
#include <QTabWidget>
#include <QTest>

using namespace TrendScope;

namespace {

// A throwaway sixth view: a page of its own over the leaderboard's model, known to nothing
// but the registry entry the test adds.
class ScratchView : public ChartView
{
public:
    ScratchView(Workspace *workspace, ExplorerState *state, QWidget *parent)
        : ChartView(QStringLiteral("scratch"), state, parent)
        , m_model(workspace->leaderboardModel())
        , m_chart(new LeaderboardChart(m_model, state, this))
    {
        m_chart->resize(640, 360);
    }

    QString title() const override { return QStringLiteral("Scratch"); }
    QCustomPlot *plot() const override { return m_chart; }
    void setTheme(const ChartTheme &theme) override { m_chart->setTheme(theme); }
    int visibleRowCount() const override { return m_model->rowCount(); }
    int totalRowCount() const override { return m_model->rowCount(); }
    QAbstractItemModel *tableModel() const override { return m_model; }

private:
    QAbstractItemModel *m_model;
    LeaderboardChart *m_chart;
};

ViewRegistry registryWithScratchView()
{
    ViewRegistry registry = ViewRegistry::builtIn();
    registry.add({QStringLiteral("scratch"), {QStringLiteral("leaderboard")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new ScratchView(workspace, state, parent);
        }});
    return registry;
}

} // namespace

class TestViewRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInViewsInMenuOrder();
    void eachBuiltInViewReadsKnownSources();
    void addedViewReachesTheWindow();
    void addedViewReachesTheCommandLine();
    void addedViewReachesTheBenchmark();

private:
    QTemporaryDir m_dir;
    QString m_dataset;
};

void TestViewRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = TestUtil::makeDatasetFile(m_dir);
}

void TestViewRegistry::builtInViewsInMenuOrder()
{
    QCOMPARE(ViewRegistry::builtIn().names(),
        QStringList(
            {"maturity-curve", "funding", "leaderboard", "price-cuts", "policies", "changes"}));
    QVERIFY(!ViewRegistry::builtIn().contains("scratch"));
    Workspace workspace;
    ExplorerState state;
    QCOMPARE(ViewRegistry::builtIn().create("no-such-view", &workspace, &state), nullptr);
}

void TestViewRegistry::eachBuiltInViewReadsKnownSources()
{
    Workspace workspace;
    QStringList sources;
    for (const SourceQuery &query : workspace.sourceQueries())
        sources.append(query.name);
    const ViewRegistry registry = ViewRegistry::builtIn();
    for (const ViewEntry &entry : registry.entries()) {
        QVERIFY2(!entry.sources.isEmpty(), qPrintable(entry.name));
        for (const QString &source : entry.sources)
            QVERIFY2(sources.contains(source), qPrintable(entry.name + " reads " + source));
    }
}

void TestViewRegistry::addedViewReachesTheWindow()
{
    const ViewRegistry registry = registryWithScratchView();
    ExplorerState state;
    Workspace workspace;
    DatabaseError error;
    QVERIFY(workspace.setDatabase(Database::open(m_dataset, &error)));
    MainWindow window(&workspace, &state, registry.createAll(&workspace, &state));
    QCOMPARE(window.views().size(), ViewRegistry::builtIn().names().size() + 1);
    window.showView("scratch");
    QVERIFY(window.currentView());
    QCOMPARE(window.currentView()->viewName(), QStringLiteral("scratch"));
    QCOMPARE(window.currentView()->totalRowCount(), workspace.leaderboardModel()->rowCount());
    QVERIFY(window.currentView()->totalRowCount() > 0);
}

void TestViewRegistry::addedViewReachesTheCommandLine()
{
    const ViewRegistry registry = registryWithScratchView();
    QVERIFY(usageText(registry).contains("scratch"));
    QVERIFY(!usageText(ViewRegistry::builtIn()).contains("scratch"));

    const QString png = m_dir.filePath("scratch.png");
    QCOMPARE(runCommand({"trendscope", "export-chart", "scratch", "--format", "png", "--out", png,
                            "--size", "480x270", "--db", m_dataset},
                 registry),
        0);
    QImage image(png);
    QCOMPARE(image.size(), QSize(480, 270));
    // The built-in registry does not know it.
    QCOMPARE(runCommand({"trendscope", "export-chart", "scratch", "--format", "png", "--out",
                            m_dir.filePath("refused.png"), "--db", m_dataset},
                 ViewRegistry::builtIn()),
        1);
    QVERIFY(!QFile::exists(m_dir.filePath("refused.png")));
}

void TestViewRegistry::addedViewReachesTheBenchmark()
{
    Bench::MeasureOptions options;
    options.database = m_dataset;
    options.changes = 2;
    options.repeats = 1;
    options.views = registryWithScratchView();
    const QJsonObject result = Bench::measureViews(options);
    QStringList measured;
    for (const QJsonValue &view : result.value("views").toArray())
        measured.append(view.toObject().value("view").toString());
    QCOMPARE(measured, registryWithScratchView().names());
}

QTEST_MAIN(TestViewRegistry)
#include "tst_viewregistry.moc"
