#include "database.h"
#include "editsession.h"
#include "edittestutil.h"
#include "importplan.h"
#include "markingtranslator.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

namespace {

QString why(const EditResult &result)
{
    return result.ok() ? QString() : result.error->message;
}

const QByteArray superclueMay = "benchmark,snapshot,metric,模型名称,总分\n"
                                "SuperClue,2024-05,总分,GLM-4,74.90\n"
                                "SuperClue,2024-05,总分,Baichuan3,73.00\n"
                                "SuperClue,2024-05,总分,合成模型-9,72.80\n";

} // namespace

// Planning an import (what each record becomes) and applying the plan as one change.
class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestUtil::makeDatasetFile(m_dir, QStringLiteral("plan-%1.sqlite").arg(++m_n));
        DatabaseError error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_session = std::make_unique<EditSession>(*m_db);
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void newEditionWithALeaderboardAndAModel()
    {
        ImportOptions options;
        options.newEditionLabel = QStringLiteral("2025 (test)");
        options.sourceId = 2;
        auto plan = planOf(superclueMay, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(plan);
        // Without leave to make rows, the snapshot and the model the dataset lacks refuse.
        QCOMPARE(plan->count(ImportRow::Kind::Refused), 3);
        QVERIFY2(plan->rows.at(2).reason.contains(QStringLiteral("no model “合成模型-9”")),
            qPrintable(plan->rows.at(2).reason));
        QCOMPARE(plan->rows.at(2).line, 4);
        QCOMPARE(plan->rows.at(2).label, QStringLiteral("SuperClue 2024-05 · 合成模型-9"));

        options.createMissing = true;
        plan = planOf(superclueMay, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(plan);
        QCOMPARE(plan->count(ImportRow::Kind::New), 3);
        QCOMPARE(plan->creations.size(), 2);
        QCOMPARE(plan->creations.at(0).label, QStringLiteral("SuperClue 2024-05"));
        QCOMPARE(plan->creations.at(0).values.value("metric").toString(), QStringLiteral("总分"));
        QCOMPARE(plan->creations.at(1).label, QStringLiteral("合成模型-9"));
        QCOMPARE(plan->summary(),
            QStringLiteral("3 new, 0 changed, 0 unchanged, 0 refused; makes new edition "
                           "“2025 (test)”, leaderboard: 1 new, model: 1 new"));

        const QStringList before = EditTestUtil::dumpTables(*m_db);
        const EditResult result = m_session->apply(plan->toEdit());
        QVERIFY2(result.ok(), qPrintable(why(result)));
        const qint64 edition = scalar("SELECT id FROM edition WHERE label = '2025 (test)'");
        QVERIFY(edition > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM leaderboard_entry e JOIN "
                                       "leaderboard l ON l.id = e.leaderboard_id WHERE "
                                       "l.snapshot = '2024-05' AND e.edition_id = %1 AND "
                                       "l.edition_id = %1 AND e.source_id = 2 AND e.status = "
                                       "'stated' AND e.section = 'Imported from t.csv'")
                            .arg(edition)),
            3);
        QCOMPARE(scalar("SELECT edition_id FROM model WHERE name = '合成模型-9'"), edition);
        // Audited with the file's name and digest, one entry per row written.
        QCOMPARE(scalar("SELECT count(*) FROM change_log WHERE reason LIKE 'Imported from "
                        "t.csv (SHA-256 %'"),
            result.changeLogIds.size());
        QVERIFY(result.changeLogIds.size() >= 6);

        // One undo step takes all of it back; redo brings it again.
        const EditResult undone = m_session->apply(result.inverse);
        QVERIFY2(undone.ok(), qPrintable(why(undone)));
        QCOMPARE(EditTestUtil::dumpTables(*m_db, {"change_log"}), [&] {
            QStringList lines = before;
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                            [](const QString &l) { return l.startsWith("change_log|"); }),
                lines.end());
            return lines;
        }());
        const EditResult redone = m_session->apply(undone.inverse);
        QVERIFY2(redone.ok(), qPrintable(why(redone)));
        QCOMPARE(scalar("SELECT count(*) FROM leaderboard WHERE snapshot = '2024-05'"), 1);
    }

    void existingEditionChangedUnchangedAndOtherEditions()
    {
        // Edition 2 holds SuperClue 2024-04: a file restating it finds each row.
        const QByteArray april = "benchmark,snapshot,模型名称,总分\n"
                                 "SuperClue,2024-04,GLM-4,72.58\n"
                                 "SuperClue,2024-04,Baichuan3,99\n";
        ImportOptions options;
        options.editionId = 2;
        auto plan = planOf(april, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(plan);
        QCOMPARE(plan->rows.at(0).kind, ImportRow::Kind::Unchanged);
        QCOMPARE(plan->rows.at(1).kind, ImportRow::Kind::Changed);
        QCOMPARE(plan->rows.at(1).before.value("score").toDouble(), 73.32);
        const Edit edit = plan->toEdit();
        QCOMPARE(edit.ops.size(), 1);
        QCOMPARE(edit.ops.constFirst().action, EditOp::Action::Update);
        QVERIFY(m_session->apply(edit).ok());
        QCOMPARE(scalar("SELECT count(*) FROM leaderboard_entry WHERE score = 99"), 1);

        // The same rows into edition 1 would hold one fact twice: refused, saying where it is.
        options.editionId = 1;
        plan = planOf(april, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(plan);
        QCOMPARE(plan->count(ImportRow::Kind::Refused), 2);
        QVERIFY2(plan->rows.at(0).reason.contains(QStringLiteral("already in edition “2024”")),
            qPrintable(plan->rows.at(0).reason));
    }

    void badRowsAreRefusedOneByOne()
    {
        const QByteArray bad = "benchmark,snapshot,metric,模型名称,总分\n"
                               "SuperClue,2024-05,总分,GLM-4,120\n"
                               "SuperClue,2024-02-30,总分,GLM-4,70\n"
                               "SuperClue,2024-05,总分,Baichuan3,73\n"
                               "SuperClue,2024-05,总分,Baichuan3,74\n"
                               "SuperClue,2024-05,总分,,74\n";
        ImportOptions options;
        options.newEditionLabel = QStringLiteral("bad");
        options.sourceId = 2;
        options.createMissing = true;
        const auto plan = planOf(bad, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(plan);
        QCOMPARE(plan->rows.at(0).kind, ImportRow::Kind::Refused);
        QVERIFY2(plan->rows.at(0).reason.contains(QStringLiteral("120 is outside 0 to 100")),
            qPrintable(plan->rows.at(0).reason));
        QVERIFY2(plan->rows.at(1).reason.contains(QStringLiteral("not a valid date")),
            qPrintable(plan->rows.at(1).reason));
        QCOMPARE(plan->rows.at(2).kind, ImportRow::Kind::New);
        QVERIFY2(plan->rows.at(3).reason.contains(QStringLiteral("same leaderboard entry as "
                                                                 "line 4")),
            qPrintable(plan->rows.at(3).reason));
        QVERIFY2(plan->rows.at(4).reason.contains(QStringLiteral("Model: it is required")),
            qPrintable(plan->rows.at(4).reason));
        // Applied anyway (--skip-invalid), only the good row is written.
        QVERIFY(m_session->apply(plan->toEdit()).ok());
        QCOMPARE(scalar("SELECT count(*) FROM leaderboard_entry e JOIN edition ed ON ed.id = "
                        "e.edition_id WHERE ed.label = 'bad'"),
            1);
    }

    // The preview and the command line show the refusals and the summary as planned: in the
    // interface language, the table and column labels in them too.
    void messagesInTheInterfaceLanguage()
    {
        const QByteArray twice = "benchmark,snapshot,metric,模型名称,总分\n"
                                 "SuperClue,2024-05,总分,Baichuan3,73\n"
                                 "SuperClue,2024-05,总分,Baichuan3,74\n"
                                 "SuperClue,2024-05,总分,合成模型-9,72\n";
        ImportOptions options;
        options.newEditionLabel = QStringLiteral("2025 (test)");
        options.sourceId = 2;
        options.createMissing = true;
        MarkingTranslator planner("ImportRecordPlanner");
        MarkingTranslator plan("TrendScope::ImportPlan");
        MarkingTranslator labels("TrendScope::EditSchema");
        for (QTranslator *t : {&planner, &plan, &labels})
            QCoreApplication::installTranslator(t);
        const auto marked = planOf(twice, QStringLiteral("leaderboard_entry"), options);
        const QString refusal = marked ? marked->rows.at(1).reason : QString();
        const QString kind = marked ? ImportRow::kindText(marked->rows.at(1).kind) : QString();
        const QString summary = marked ? marked->summary() : QString();
        options.createMissing = false;
        const auto withoutCreating = planOf(twice, QStringLiteral("leaderboard_entry"), options);
        const QString missing = withoutCreating ? withoutCreating->rows.at(0).reason : QString();
        for (QTranslator *t : {&planner, &plan, &labels})
            QCoreApplication::removeTranslator(t);
        QVERIFY(marked && withoutCreating);
        QCOMPARE(refusal,
            QStringLiteral("[The same [leaderboard entry] as line 2 (SuperClue 2024-05 · "
                           "Baichuan3): a fact is imported once.]"));
        QCOMPARE(kind, QStringLiteral("[refused]"));
        QCOMPARE(summary,
            QStringLiteral("[2 new, 0 changed, 0 unchanged, 1 refused][; makes [new edition "
                           "“2025 (test)”], [[leaderboard]: 1 new], [[model]: 1 new]]"));
        QVERIFY2(missing.startsWith(QStringLiteral("[[Leaderboard]: the dataset has no "
                                                   "[leaderboard] “SuperClue 2024-05”.")),
            qPrintable(missing));

        // Without a translator, the source texts (English plurals are trendscope_en's).
        options.createMissing = true;
        const auto english = planOf(twice, QStringLiteral("leaderboard_entry"), options);
        QVERIFY(english);
        QCOMPARE(english->rows.at(1).reason,
            QStringLiteral("The same leaderboard entry as line 2 (SuperClue 2024-05 · "
                           "Baichuan3): a fact is imported once."));
        QCOMPARE(ImportRow::kindText(english->rows.at(1).kind), QStringLiteral("refused"));
    }

    void plansThatCannotBeMade()
    {
        ImportOptions options;
        QString error;
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("leaderboard_entry"), options, &error));
        QVERIFY2(error.contains(QStringLiteral("Say which edition")), qPrintable(error));
        options.editionId = 99;
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("leaderboard_entry"), options, &error));
        QVERIFY2(error.contains(QStringLiteral("no edition 99")), qPrintable(error));
        options.editionId = 2;
        options.sourceId = 1;
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("leaderboard_entry"), options, &error));
        QVERIFY2(error.contains(QStringLiteral("not of source 1")), qPrintable(error));
        options = {};
        options.newEditionLabel = QStringLiteral("2024");
        options.sourceId = 2;
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("leaderboard_entry"), options, &error));
        QVERIFY2(
            error.contains(QStringLiteral("(id 2): import into that edition")), qPrintable(error));
        options.newEditionLabel = QStringLiteral("x");
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("change_log"), options, &error));
        QVERIFY2(
            error.contains(QStringLiteral("not a table rows can be imported")), qPrintable(error));
        // Cancelled from the progress callback: no plan.
        QVERIFY(!tryPlan(superclueMay, QStringLiteral("leaderboard_entry"), options, &error,
            [](int, int) { return false; }));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    }

    void fileChangedSincePreview()
    {
        const QString path = m_dir.filePath(QStringLiteral("may.csv"));
        TestUtil::writeFile(path, superclueMay);
        QString error;
        const auto file = ImportReader::read(path, &error);
        QVERIFY2(file, qPrintable(error));
        ImportOptions options;
        options.newEditionLabel = QStringLiteral("2025");
        options.sourceId = 2;
        options.createMissing = true;
        const TableInfo &table = *m_session->schema().table(QStringLiteral("leaderboard_entry"));
        const auto plan = ImportPlanner::build(*m_db, m_session->schema(), *file,
            ImportMapping::guess(m_session->schema(), table, file->headers), options, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(!plan->fileChanged());
        TestUtil::writeFile(path, superclueMay + "SuperClue,2024-05,总分,GLM-4,1\n");
        QVERIFY(plan->fileChanged()->contains(QStringLiteral("changed since it was previewed")));
        QFile::remove(path);
        QVERIFY(plan->fileChanged()->contains(QStringLiteral("cannot be read")));
    }

    void everyFactTableIsImportable()
    {
        const QStringList tables = ImportPlanner::importableTables(m_session->schema());
        for (const char *t : {"leaderboard_entry", "funding_company", "funding_total", "policy",
                 "price_cut", "event", "maturity_position", "key_figure", "survey_stat",
                 "training_run", "model", "leaderboard"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QVERIFY(!tables.contains(QStringLiteral("edition")));
        QVERIFY(!tables.contains(QStringLiteral("organization")));
    }

private:
    std::optional<ImportPlan> tryPlan(const QByteArray &bytes, const QString &table,
        const ImportOptions &options, QString *error, const ImportPlanner::Progress &progress = {})
    {
        const auto file = ImportReader::parse(bytes, QStringLiteral("t.csv"), {}, error);
        if (!file)
            return std::nullopt;
        const TableInfo *info = m_session->schema().table(table);
        ImportMapping mapping;
        mapping.table = table;
        mapping.targets = QStringList(file->headers.size(), QString());
        if (info)
            mapping = ImportMapping::guess(m_session->schema(), *info, file->headers);
        else
            mapping.targets[0] = QStringLiteral("id");
        return ImportPlanner::build(
            *m_db, m_session->schema(), *file, mapping, options, error, progress);
    }

    std::optional<ImportPlan> planOf(
        const QByteArray &bytes, const QString &table, const ImportOptions &options)
    {
        QString error;
        auto plan = tryPlan(bytes, table, options, &error);
        if (!plan)
            qWarning("%s", qPrintable(error));
        return plan;
    }

    qint64 scalar(const QString &sql) const { return EditTestUtil::scalar(*m_db, sql); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditSession> m_session;
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
