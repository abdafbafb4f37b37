#include "database.h"
#include "editschema.h"
#include "importmapping.h"
#include "markingtranslator.h"

#include <QCoreApplication>

#include <QTest>

using namespace TrendScope;

// Matching an import file's columns to a table's fields.
class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DatabaseError error;
        m_db = Database::createInMemory(&error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_schema = EditSchema::read(*m_db);
        QVERIFY(m_schema.table(QStringLiteral("leaderboard_entry")));
    }

    void targetsLeaveOutWhatTheImportSets()
    {
        const TableInfo &entries = *m_schema.table(QStringLiteral("leaderboard_entry"));
        const QStringList targets = ImportMapping::targetsFor(m_schema, entries);
        QVERIFY(targets.contains(QStringLiteral("score")));
        QVERIFY(targets.contains(QStringLiteral("model_id")));
        QVERIFY(targets.contains(QStringLiteral("leaderboard_id.benchmark")));
        QVERIFY(targets.contains(QStringLiteral("leaderboard_id.snapshot")));
        QVERIFY(targets.contains(QStringLiteral("leaderboard_id.metric")));
        for (const char *set : {"id", "source_id", "edition_id", "status"})
            QVERIFY2(!targets.contains(QLatin1String(set)), set);
        // A model is named by its name alone: no model_id.name target.
        QVERIFY(!targets.contains(QStringLiteral("model_id.name")));
        QCOMPARE(ImportMapping::targetLabel(
                     m_schema, entries, QStringLiteral("leaderboard_id.snapshot")),
            QStringLiteral("Leaderboard › Snapshot"));
    }

    void guessReadsTheReportsHeadings()
    {
        const TableInfo &entries = *m_schema.table(QStringLiteral("leaderboard_entry"));
        const QStringList headers {"Benchmark", "snap shot", "metric", "模型名称", "机构", "总分"};
        const ImportMapping m = ImportMapping::guess(m_schema, entries, headers);
        QCOMPARE(m.table, QStringLiteral("leaderboard_entry"));
        QCOMPARE(m.targets,
            QStringList({"leaderboard_id.benchmark", "leaderboard_id.snapshot",
                "leaderboard_id.metric", "model_id", "", "score"}));
        QVERIFY(!m.problem(m_schema, entries, headers));
        // Full-width letters and case do not matter.
        const ImportMapping wide = ImportMapping::guess(m_schema, entries, {"ＳＣＯＲＥ"});
        QCOMPARE(wide.targets, QStringList({"score"}));
    }

    void setAndProblems()
    {
        const TableInfo &entries = *m_schema.table(QStringLiteral("leaderboard_entry"));
        const QStringList headers {"name", "points", "points2"};
        ImportMapping m = ImportMapping::guess(m_schema, entries, headers);
        QCOMPARE(m.targets, QStringList({"", "", ""}));
        QVERIFY(m.problem(m_schema, entries, headers)->contains(QStringLiteral("No column")));
        QString error;
        QVERIFY(m.set(m_schema, entries, headers, "points", "score", &error));
        QVERIFY(m.set(m_schema, entries, headers, "POINTS2", "score", &error));
        QVERIFY(
            m.problem(m_schema, entries, headers)->contains(QStringLiteral("both fill Score;")));
        QVERIFY(!m.set(m_schema, entries, headers, "nope", "score", &error));
        QVERIFY2(error.contains(QStringLiteral("no column “nope”")), qPrintable(error));
        QVERIFY(!m.set(m_schema, entries, headers, "name", "status", &error));
        QVERIFY2(error.contains(QStringLiteral("no field “status”")), qPrintable(error));
        QVERIFY(m.set(m_schema, entries, headers, "points2", "", &error));
        QVERIFY(!m.problem(m_schema, entries, headers));
    }

    // A field filled twice is named as the import dialog labels it, in the interface language
    // ("Leaderboard › Snapshot", 分数), not by its column name.
    void problemNamesTheFieldByItsLabel()
    {
        const TableInfo &entries = *m_schema.table(QStringLiteral("leaderboard_entry"));
        const QStringList headers {"a", "b"};
        ImportMapping m;
        m.table = entries.name;
        m.targets = {"leaderboard_id.snapshot", "leaderboard_id.snapshot"};
        QCOMPARE(*m.problem(m_schema, entries, headers),
            QStringLiteral("Columns “a” and “b” both fill Leaderboard › Snapshot; choose one."));
        MarkingTranslator labels("TrendScope::EditSchema");
        QCoreApplication::installTranslator(&labels);
        const QString marked = *m.problem(m_schema, entries, headers);
        QCoreApplication::removeTranslator(&labels);
        QVERIFY2(marked.contains(QStringLiteral("both fill [Leaderboard] › [Snapshot];")),
            qPrintable(marked));
    }

    void layoutKeyAndRoundTrip()
    {
        QCOMPARE(ImportMapping::layoutKey({"Model Name", "总分"}),
            ImportMapping::layoutKey({"model_name", "总分"}));
        QVERIFY(ImportMapping::layoutKey({"a", "b"}) != ImportMapping::layoutKey({"b", "a"}));
        ImportMapping m;
        m.table = QStringLiteral("leaderboard_entry");
        m.targets = QStringList({"model_id", "", "score"});
        const auto back = ImportMapping::fromString(m.toString(), 3);
        QVERIFY(back);
        QCOMPARE(back->table, m.table);
        QCOMPARE(back->targets, m.targets);
        QVERIFY(!ImportMapping::fromString(m.toString(), 4)); // another layout
    }

private:
    std::unique_ptr<Database> m_db;
    EditSchema m_schema;
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
