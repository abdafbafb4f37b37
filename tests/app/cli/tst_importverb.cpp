#include "clirun.h"
#include "testutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

// trendscope import, run as a person would: the preview, refused rows with their lines,
// --dry-run and --skip-invalid, and the imported edition compared with `diff`.
class TestImportVerb : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = TestUtil::makeDatasetFile(*m_dir);
        m_csv = QStringLiteral(
            TRENDSCOPE_SOURCE_DIR "/tests/fixtures/superclue-2024-05-synthetic.csv");
    }

    void importsASecondSnapshotAndDiffShowsIt()
    {
        const QStringList import {"import", m_csv, "--db", m_db, "--table", "leaderboard_entry",
            "--new-edition", "2025 (synthetic)", "--source", "2"};
        // The snapshot and one model are new to the dataset: refused until they may be made.
        const QByteArray before = TestUtil::fileDigest(m_db);
        auto r = run(import);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.out).contains(
                     QStringLiteral("line 8: refused  SuperClue 2024-05 · 合成模型-1: ")),
            r.out.constData());
        QVERIFY(r.err.contains("nothing was written: 11 row(s) refused"));
        QCOMPARE(TestUtil::fileDigest(m_db), before);

        r = run(import + QStringList {"--create-missing", "--dry-run"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("column 总分 → Score"), r.out.constData());
        QVERIFY(r.out.contains("column 机构 → (not imported)"));
        QVERIFY(r.out.contains("line 2: makes leaderboard “SuperClue 2024-05”"));
        QCOMPARE(TestUtil::fileDigest(m_db), before);

        r = run(import + QStringList {"--create-missing"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("imported: 11 new, 0 changed, 0 unchanged, 0 refused; makes new "
                                "edition “2025 (synthetic)”, leaderboard: 1 new, model: 1 new"),
            r.out.constData());
        QCOMPARE(run({"check", "--db", m_db}).exitCode, 0);

        r = run({"diff", "--db", m_db, "--from", "2", "--to", "2025 (synthetic)"});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("changed  SuperClue · GLM-4  score: 72.58 → 74.9")),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("added    SuperClue · 合成模型-1  score: 72.8")));
        QVERIFY(out.contains(QStringLiteral("removed  SuperClue · GPT3.5-Turbo-0125")));

        // Importing the same file again into that edition changes nothing.
        r = run({"import", m_csv, "--db", m_db, "--table", "leaderboard_entry", "--edition",
            "2025 (synthetic)"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("0 new, 0 changed, 11 unchanged, 0 refused"), r.out.constData());
        QVERIFY(r.out.contains("nothing to write"));
    }

    void refusedRowsAndSkipInvalid()
    {
        const QString path = m_dir->filePath(QStringLiteral("bad.tsv"));
        TestUtil::writeFile(path,
            "模型名称\t总分\tbenchmark\tsnapshot\n"
            "GLM-4\t120\tSuperClue\t2024-04\n"
            "GLM-4\t73\tSuperClue\t2024-04\n"
            "NoSuchModel\t60\tSuperClue\t2024-04\n");
        const QStringList import {
            "import", path, "--db", m_db, "--table", "leaderboard_entry", "--edition", "2"};
        auto r = run(import);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("line 2: refused  SuperClue 2024-04 · GLM-4: Score: 120 is "
                                "outside 0 to 100"),
            r.out.constData());
        QVERIFY(r.out.contains("line 3: changed  SuperClue 2024-04 · GLM-4  Score 72.58 → 73"));
        QVERIFY(r.out.contains("line 4: refused  SuperClue 2024-04 · NoSuchModel: Model: the "
                               "dataset has no model “NoSuchModel”"));
        r = run(import + QStringList {"--skip-invalid"});
        QCOMPARE(r.exitCode, 2); // written, and still says that rows were left out
        QVERIFY(r.out.contains("imported: 0 new, 1 changed"));
        auto db = Database::open(m_db, nullptr);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec("SELECT e.score, e.status FROM leaderboard_entry e JOIN model m ON m.id "
                       "= e.model_id WHERE m.name = 'GLM-4'")
            && q.next());
        QCOMPARE(q.value(0).toDouble(), 73.0);
        QCOMPARE(q.value(1).toString(), QStringLiteral("stated"));
    }

    // In Chinese the preview is Chinese throughout: what each line becomes, why a line is
    // refused (the labels in it too), the fields the columns fill and the counts.
    void previewInChinese()
    {
        const QString path = m_dir->filePath(QStringLiteral("twice.csv"));
        TestUtil::writeFile(path,
            "模型名称,总分,benchmark,snapshot\n"
            "GLM-4,73,SuperClue,2024-04\n"
            "GLM-4,74,SuperClue,2024-04\n"
            "NoSuchModel,60,SuperClue,2024-04\n");
        const QStringList import {"import", path, "--db", m_db, "--table", "leaderboard_entry",
            "--edition", "2", "--dry-run"};
        auto r = run(import + QStringList {"--lang", "zh_CN"});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("第 3 行：拒绝  SuperClue 2024-04 · GLM-4："
                                             "与第 2 行是同一榜单条目（SuperClue 2024-04 · "
                                             "GLM-4）：同一事实只导入一次。")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("第 4 行：拒绝  SuperClue 2024-04 · NoSuchModel："
                                             "模型：数据集中没有模型“NoSuchModel”。")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("第 2 行：修改  SuperClue 2024-04 · GLM-4  得分 "
                                             "72.58 → 73")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("总分 → 得分")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("refused")) && !out.contains(QStringLiteral("same")),
            qPrintable(out));

        r = run(import + QStringList {"--lang", "en"});
        QVERIFY2(r.out.contains("line 3: refused  SuperClue 2024-04 · GLM-4: The same "
                                "leaderboard entry as line 2 (SuperClue 2024-04 · GLM-4): a fact "
                                "is imported once."),
            r.out.constData());
    }

    void gbkFileAndMapOption()
    {
        // A GBK file with headers the guess does not know, mapped by hand.
        const QByteArray gbk
            = TestUtil::encoded(QStringLiteral("名字,分\n文心一言4.0,71.9\n"), "GBK");
        const QString path = m_dir->filePath(QStringLiteral("gbk.csv"));
        TestUtil::writeFile(path, gbk);
        auto r = run({"import", path, "--db", m_db, "--table", "training_run", "--edition", "2",
            "--map", "名字=model_id", "--map", "分=nonsense", "--dry-run"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Training runs has no field “nonsense”"), r.err.constData());
        r = run({"import", path, "--db", m_db, "--table", "training_run", "--edition", "2", "--map",
            "名字=model_id", "--map", "分=days", "--dry-run"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("gbk.csv: CSV GB18030, 1 row(s) into Training runs"), r.out.constData());
        QVERIFY(r.out.contains("line 2: new  文心一言4.0"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no file") << QStringList {"import", "--table", "policy"}
                                 << "import needs FILE";
        QTest::newRow("no table") << QStringList {"import", "x.csv"} << "import needs FILE";
        QTest::newRow("missing file")
            << QStringList {"import", "/nonexistent/x.csv", "--table", "policy", "--edition", "1"}
            << "does not exist";
        QTest::newRow("bad table") << QStringList {"import", "@CSV", "--table", "change_log",
            "--edition", "1"} << "is not a table rows can be imported into";
        QTest::newRow("no edition")
            << QStringList {"import", "@CSV", "--table", "policy"} << "Say which edition";
        QTest::newRow("bad source") << QStringList {"import", "@CSV", "--table", "policy",
            "--new-edition", "x", "--source", "two"}
                                    << "--source takes a source's id";
        QTest::newRow("edition of other source") << QStringList {"import", "@CSV", "--table",
            "leaderboard_entry", "--edition", "2", "--source", "1"}
                                                 << "not of source 1";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        arguments.replaceInStrings(QStringLiteral("@CSV"), m_csv);
        const QByteArray before = TestUtil::fileDigest(m_db);
        const auto r = run(arguments + QStringList {"--db", m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(TestUtil::fileDigest(m_db), before);
    }

private:
    TestUtil::CliResult run(const QStringList &arguments)
    {
        return TestUtil::runCli(*m_dir, arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestImportVerb)
#include "tst_importverb.moc"
