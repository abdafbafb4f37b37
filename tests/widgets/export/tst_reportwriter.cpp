#include "reportwriter.h"
#include "testutil.h"
#include "viewfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace TrendScope;

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesCoverViewPagesAndSources();
    void cancelLeavesOldFile();

private:
    ReportContent content() const;
    ViewFixture m_fixture;
};

ReportContent TestReportWriter::content() const
{
    ReportContent c;
    c.datasetPath = "/data/trendscope.sqlite";
    c.filterText = "Filtered: organization OpenAI";
    c.sources = Queries(*m_fixture.database).sources();
    c.views = {m_fixture.view.get()};
    return c;
}

void TestReportWriter::writesCoverViewPagesAndSources()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.pdf");
    QString error;
    QVERIFY2(writeReport(content(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("NotoSansCJKsc"));

    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QFAIL("pdftotext (poppler-utils) is missing: the README's setup installs it");
    QProcess extract;
    extract.start(pdftotext, {"-layout", path, "-"});
    QVERIFY(extract.waitForFinished());
    const QString text = QString::fromUtf8(extract.readAllStandardOutput());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 3); // cover, one view, sources
    QVERIFY(pages.at(0).contains("TrendScope report"));
    // The cover's words follow the interface language: an English cover has no Chinese ones.
    QVERIFY2(pages.at(0).contains("China's technology trends 2023–2024"), qPrintable(pages.at(0)));
    QVERIFY2(!pages.at(0).contains("中国技术趋势"), qPrintable(pages.at(0)));
    QVERIFY(pages.at(0).contains("Filtered: organization OpenAI"));
    QVERIFY(pages.at(0).contains("/data/trendscope.sqlite"));
    QVERIFY(pages.at(1).contains("AI model leaderboard"));
    // The key table, in Chinese. (Qt 6.4's text layer maps a few Han glyphs back to Kangxi
    // radicals, e.g. 生 to ⽣, so the check uses words without those.)
    QVERIFY2(pages.at(1).contains("通义千问"), qPrintable(pages.at(1)));
    QVERIFY(pages.at(1).contains("百川智能"));
    QVERIFY(pages.at(1).contains("GPT4-Turbo-0125"));
    QVERIFY(pages.at(2).contains("Sources"));
    QVERIFY(pages.at(2).contains("中关村云计算产业联盟"));
    QVERIFY(pages.at(2).contains("Published: 2024"));
    QVERIFY(pages.at(2).contains("china-cloud-ecosystem-bluebook-2024.txt"));
}

void TestReportWriter::cancelLeavesOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.pdf");
    TestUtil::writeFile(path, "old report");
    QString error;
    QVERIFY(!writeReport(content(), path, &error, [](int, int, const QString &) { return false; }));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old report"));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
