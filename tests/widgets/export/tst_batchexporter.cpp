#include "batchexporter.h"
#include "testutil.h"
#include "viewfixture.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace TrendScope;

class TestBatchExporter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryViewInEveryFormat();
    void cancelStopsEarly();
    void unwritableFolderIsReported();

private:
    ViewFixture m_fixture;
};

void TestBatchExporter::writesEveryViewInEveryFormat()
{
    QTemporaryDir dir;
    ChartExportOptions options;
    options.size = QSize(640, 360);
    options.scale = 2;
    QList<int> seen;
    const BatchResult result = exportViews({m_fixture.view.get()}, dir.filePath("out"),
        {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf}, options,
        [&seen](int done, int total, const QString &) {
            seen.append(done);
            return total == 3;
        });
    QVERIFY(result.errors.isEmpty());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written.size(), 3);
    QCOMPARE(seen, (QList<int> {0, 1, 2, 3}));
    QCOMPARE(QImage(dir.filePath("out/leaderboard.png")).size(), QSize(1280, 720));
    QVERIFY(QFileInfo(dir.filePath("out/leaderboard.svg")).size() > 1000);
    QFile pdf(dir.filePath("out/leaderboard.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
}

void TestBatchExporter::cancelStopsEarly()
{
    QTemporaryDir dir;
    const BatchResult result
        = exportViews({m_fixture.view.get()}, dir.path(), {ChartFormat::Png, ChartFormat::Svg},
            ChartExportOptions {}, [](int done, int, const QString &) { return done < 1; });
    QVERIFY(result.cancelled);
    QCOMPARE(result.written.size(), 1);
    QVERIFY(!QFileInfo::exists(dir.filePath("leaderboard.svg")));
}

void TestBatchExporter::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    TestUtil::writeFile(dir.filePath("file"), "x");
    const BatchResult result = exportViews({m_fixture.view.get()}, dir.filePath("file/sub"),
        {ChartFormat::Png}, ChartExportOptions {});
    QCOMPARE(result.written.size(), 0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains("Cannot create the folder"),
        qPrintable(result.errors.first()));
}

QTEST_MAIN(TestBatchExporter)
#include "tst_batchexporter.moc"
