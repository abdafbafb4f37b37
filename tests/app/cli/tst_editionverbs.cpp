#include "clirun.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TrendScope;

// trendscope editions, diff and --compare, run as a person would, on a dataset file with
// the synthetic later editions (tests/fixtures/editions-synthetic.sql).
class TestEditionVerbs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = TestUtil::makeDatasetFile(*m_dir);
        DatabaseError error;
        auto db = Database::open(m_db, &error);
        QVERIFY2(db, qPrintable(error.message()));
        TestUtil::addSyntheticEditions(*db);
    }

    void editionsAreListed()
    {
        const auto r = run({"editions", "--db", m_db});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("1\tinfoq-2023\t2023–2024\t(title not stated)")),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("2\tbluebook-2024\t2024\t2024年蓝皮书")));
        QVERIFY(out.contains(QStringLiteral("4\tbluebook-2024\t2025 (synthetic)")));
    }

    void diffListsRankScoreNewAndGone()
    {
        const auto r = run({"diff", "--db", m_db, "--from", "2", "--to", "4"});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("changed  SuperClue · GLM-4  score: 72.58 → 74.9")),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("SuperClue · GLM-4  rank (derived): 6 → 5")));
        QVERIFY(out.contains(QStringLiteral("added    SuperClue · 合成模型-1  score: 72.8")));
        QVERIFY(
            out.contains(QStringLiteral("removed  SuperClue · GPT3.5-Turbo-0125  score: 66.56")));
        QVERIFY(out.contains(QStringLiteral("not compared (rows in one edition only): ")));
        // A label names an edition as well as its id.
        QCOMPARE(
            run({"diff", "--db", m_db, "--from", "2024", "--to", "2025 (synthetic)"}).out, r.out);
    }

    // The listing is for people: tables and fields as the data editor names them, in the
    // language of --lang; so is the editions list's "title not stated".
    void listingsInChinese()
    {
        const auto r = run({"diff", "--db", m_db, "--from", "2", "--to", "4", "--lang", "zh_CN"});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("\n榜单条目\n")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("SuperClue · GLM-4  得分: 72.58 → 74.9")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("leaderboard_entry")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("score")), qPrintable(out));
        const QString editions
            = QString::fromUtf8(run({"editions", "--db", m_db, "--lang", "zh_CN"}).out);
        QVERIFY2(editions.startsWith(QStringLiteral("1\tinfoq-2023\t2023–2024\t（")),
            qPrintable(editions));
        QVERIFY2(!editions.contains(QStringLiteral("title not stated")), qPrintable(editions));
        QVERIFY2(!editions.contains(QStringLiteral("covers")), qPrintable(editions));
    }

    void diffAsJsonAndCsv()
    {
        auto r = run({"diff", "--db", m_db, "--from", "1", "--to", "3", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value("changes").toArray();
        QVERIFY(!rows.isEmpty());
        bool moved = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value("key").toString() == QStringLiteral("多模态生成")
                && o.value("field").toString() == QStringLiteral("stage")) {
                QCOMPARE(o.value("before").toString(), QStringLiteral("早期推广"));
                QCOMPARE(o.value("after").toString(), QStringLiteral("准成熟"));
                QCOMPARE(o.value("place_a").toString(), QStringLiteral("2024"));
                QCOMPARE(o.value("place_b").toString(), QStringLiteral("2025"));
                moved = true;
            }
        }
        QVERIFY(moved);

        const QString out = m_dir->filePath(QStringLiteral("changes.csv"));
        r = run(
            {"diff", "--db", m_db, "--from", "1", "--to", "3", "--format", "csv", "--out", out});
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("change,table,key,field,derived,before,after"));
        QCOMPARE(csv.count('\n'), rows.size() + 1);
    }

    // The file's own history: `history` lists each change, `diff --since` what it changed.
    void historyAndDiffSince()
    {
        auto r = run({"history", "--db", m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("no changes: the file's audit trail is empty\n"));
        const QString csv = m_dir->filePath(QStringLiteral("glm.csv"));
        TestUtil::writeFile(csv, "benchmark,snapshot,模型名称,总分\nSuperClue,2024-04,GLM-4,73\n");
        QCOMPARE(
            run({"import", csv, "--db", m_db, "--table", "leaderboard_entry", "--edition", "2"})
                .exitCode,
            0);
        r = run({"history", "--db", m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("1\t"), r.out.constData());
        // Worded as the data editor names tables and fields, in the language of --lang.
        QVERIFY2(r.out.contains(" of Leaderboard entries: score"), r.out.constData());
        r = run({"history", "--db", m_db, "--lang", "zh_CN"});
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("修改榜单条目第 ")),
            r.out.constData());
        QVERIFY(r.out.contains("(Imported from glm.csv (SHA-256 "));
        r = run({"diff", "--db", m_db, "--since", "0"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("What changed in this file after change 0: 1 change(s)"),
            r.out.constData());
        QVERIFY(r.out.contains("changed  GLM-4  score: 72.58 → 73"));
        r = run({"diff", "--db", m_db, "--since", "1"});
        QVERIFY2(r.out.contains("0 change(s)"), r.out.constData());
    }

    void badEditionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no from") << QStringList {"diff", "--to", "2"} << "diff needs --from";
        QTest::newRow("unknown id") << QStringList {"diff", "--from", "9", "--to", "2"}
                                    << "--from \"9\" is not an edition. Editions: 1=2023–2024, "
                                       "3=2024–2025 (synthetic), 2=2024";
        QTest::newRow("bad format") << QStringList {"diff", "--from", "1", "--to", "2", "--format",
            "xml"} << "diff --format is text, csv or json";
        QTest::newRow("compare without colon") << QStringList {"export-chart", "changes",
            "--format", "svg", "--out", "x.svg", "--compare", "2"}
                                               << "--compare needs two editions as A:B";
        QTest::newRow("since and from")
            << QStringList {"diff", "--since", "0", "--from", "1"} << "not both";
        QTest::newRow("since not a number")
            << QStringList {"diff", "--since", "x"} << "take change numbers";
        QTest::newRow("until before since") << QStringList {"diff", "--since", "5", "--until", "2"}
                                            << "the first not after the second";
        QTest::newRow("compare same") << QStringList {"export-chart", "changes", "--format", "svg",
            "--out", "x.svg", "--compare", "2:2"}
                                      << "--compare needs two different editions";
    }

    void badEditionsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = run(arguments + QStringList {"--db", m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.svg"))));
    }

    void chartOfWhatChanged()
    {
        const QString svg = m_dir->filePath(QStringLiteral("changes.svg"));
        const auto r = run({"export-chart", "changes", "--db", m_db, "--compare", "2:4", "--format",
            "svg", "--out", svg});
        QCOMPARE(r.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("What changed")));
        QVERIFY2(text.contains(QStringLiteral("Compared: 2024 vs 2025 (synthetic)")),
            "the subtitle names both editions");
        QVERIFY(text.contains(QStringLiteral("Leaderboard entries")));

        // Compare off: written, with the reason in the plot and a warning.
        const auto off
            = run({"export-chart", "changes", "--db", m_db, "--format", "svg", "--out", svg});
        QCOMPARE(off.exitCode, 0);
        QVERIFY(off.err.contains("warning"));
    }

private:
    TestUtil::CliResult run(const QStringList &arguments)
    {
        return TestUtil::runCli(*m_dir, arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(TestEditionVerbs)
#include "tst_editionverbs.moc"
