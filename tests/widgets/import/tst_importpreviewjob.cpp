#include "importpreviewjob.h"

#include "database.h"
#include "editschema.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

// Planning an import on its own thread: the plan arrives with progress, and cancel stops it.
class TestImportPreviewJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestUtil::makeDatasetFile(m_dir);
        // 20,000 records: long enough that a cancel right after start lands mid-way.
        QByteArray csv = "benchmark,snapshot,metric,模型名称,总分\n";
        for (int i = 0; i < 20000; ++i)
            csv += "SuperClue,2030-01,总分,model " + QByteArray::number(i) + ",50\n";
        QString error;
        m_file = ImportReader::parse(csv, QStringLiteral("big.csv"), {}, &error);
        QVERIFY2(m_file, qPrintable(error));
        DatabaseError dbError;
        auto db = Database::open(m_path, &dbError);
        QVERIFY(db);
        const EditSchema schema = EditSchema::read(*db);
        m_mapping = ImportMapping::guess(
            schema, *schema.table(QStringLiteral("leaderboard_entry")), m_file->headers);
        m_options.newEditionLabel = QStringLiteral("2030");
        m_options.sourceId = 2;
        m_options.createMissing = true;
    }

    void planArrivesWithProgress()
    {
        ImportPreviewJob job(m_path, *m_file, m_mapping, m_options);
        QSignalSpy finished(&job, &ImportPreviewJob::finished);
        QSignalSpy progress(&job, &ImportPreviewJob::progress);
        job.start();
        QVERIFY(finished.wait(30000));
        const auto plan = finished.at(0).at(0).value<std::optional<ImportPlan>>();
        QVERIFY2(plan, qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(plan->count(ImportRow::Kind::New), 20000);
        QCOMPARE(plan->creations.size(), 20001); // each model, and the leaderboard
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 20000);
        QCOMPARE(progress.last().at(1).toInt(), 20000);
    }

    void cancelStopsIt()
    {
        ImportPreviewJob job(m_path, *m_file, m_mapping, m_options);
        QSignalSpy finished(&job, &ImportPreviewJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).value<std::optional<ImportPlan>>());
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")),
            qPrintable(finished.at(0).at(1).toString()));
    }

    void unreadableDatasetIsReported()
    {
        ImportPreviewJob job(
            m_dir.filePath(QStringLiteral("gone.sqlite")), *m_file, m_mapping, m_options);
        QSignalSpy finished(&job, &ImportPreviewJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).value<std::optional<ImportPlan>>());
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<ImportFile> m_file;
    ImportMapping m_mapping;
    ImportOptions m_options;
};

QTEST_GUILESS_MAIN(TestImportPreviewJob)
#include "tst_importpreviewjob.moc"
