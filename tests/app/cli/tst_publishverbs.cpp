// trendscope publish and pull, run as a person would, against the test PostgreSQL server
// (scripts/pgcluster; skipped without one unless TRENDSCOPE_REQUIRE_PG=1).

#include "clirun.h"
#include "servertestutil.h"
#include "testutil.h"

#include <QFileInfo>
#include <QTest>

using namespace TrendScope;
using TestUtil::ScratchServerDatabase;

class TestPublishVerbs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void publishThenPullExportsTheSame();
    void commandsReadTheServerAsTheFile_data();
    void commandsReadTheServerAsTheFile();
    void importWritesTheServerAsTheFile();
    void badDbUriGivesOneLine();
    void publishTwiceIsRefusedWithoutReplace();
    void readOnlyRolePullsButCannotPublish();
    void pullNeverOverwritesAFile();
    void badServerGivesOneLine_data();
    void badServerGivesOneLine();

private:
    TestUtil::CliResult run(const QStringList &arguments)
    {
        return TestUtil::runCli(*m_dir, arguments);
    }
    // The one line a failure prints, checked to be one line.
    static QString oneErrorLine(const TestUtil::CliResult &r)
    {
        const QString err = QString::fromUtf8(r.err);
        if (err.count(QLatin1Char('\n')) != 1 || !err.endsWith(QLatin1Char('\n')))
            return QStringLiteral("not one line: ") + err;
        return err.trimmed();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestPublishVerbs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestUtil::makeDatasetFile(*m_dir);
}

void TestPublishVerbs::publishThenPullExportsTheSame()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("cli_roundtrip"));
    const QString uri = server.editor().printable();
    auto r = run({"publish", "--from", m_db, "--to", uri});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.out).startsWith(QStringLiteral("published ")), r.out.constData());

    const QString pulled = m_dir->filePath(QStringLiteral("pulled.sqlite"));
    r = run({"pull", "--from", uri, "--to", pulled});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());

    r = run({"check", "--db", pulled});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const auto source = run({"export-data", "--all", "--format", "json", "--db", m_db});
    const auto copy = run({"export-data", "--all", "--format", "json", "--db", pulled});
    QCOMPARE(source.exitCode, 0);
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(source.out.size() > 100000);
    QVERIFY(copy.out == source.out);
}

void TestPublishVerbs::commandsReadTheServerAsTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export-data --all json")
        << QStringList {"export-data", "--all", "--format", "json"};
    QTest::newRow("export-data csv")
        << QStringList {"export-data", "leaderboard_entry", "--format", "csv"};
    QTest::newRow("export-chart svg") << QStringList {
        "export-chart", "price-cuts", "--format", "svg", "--size", "800x450", "--out", "-"};
    QTest::newRow("editions") << QStringList {"editions"};
    QTest::newRow("saved-views") << QStringList {"saved-views"};
    QTest::newRow("history") << QStringList {"history"};
    QTest::newRow("diff") << QStringList {"diff", "--from", "1", "--to", "2"};
}

// `--db postgresql://…` opens the server dataset for every reading command, and what each
// prints is what it prints for the file the dataset was published from.
void TestPublishVerbs::commandsReadTheServerAsTheFile()
{
    REQUIRE_TEST_SERVER();
    QFETCH(QStringList, arguments);
    ScratchServerDatabase server(QStringLiteral("cli_db_uri"));
    const QString uri = server.editor().printable();
    QCOMPARE(run({"publish", "--from", m_db, "--to", uri}).exitCode, 0);
    const auto file = run(arguments + QStringList {"--db", m_db});
    const auto shared = run(arguments + QStringList {"--db", uri});
    QVERIFY2(file.exitCode == 0, file.err.constData());
    QVERIFY2(shared.exitCode == 0, shared.err.constData());
    // (A new file has no saved views: that listing is empty on both.)
    QVERIFY(!file.out.isEmpty() || arguments.first() == QLatin1String("saved-views"));
    QCOMPARE(QString::fromUtf8(shared.err), QString::fromUtf8(file.err));
    QVERIFY(shared.out == file.out);
}

// `import --db postgresql://…` writes a new edition's rows to the server as to the file the
// dataset was published from: the same preview, the same rows, the same diff between editions.
void TestPublishVerbs::importWritesTheServerAsTheFile()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("cli_import"));
    const QString uri = server.editor().printable();
    QCOMPARE(run({"publish", "--from", m_db, "--to", uri}).exitCode, 0);
    const QStringList import {"import",
        QStringLiteral(TRENDSCOPE_SOURCE_DIR "/tests/fixtures/superclue-2024-05-synthetic.csv"),
        "--table", "leaderboard_entry", "--new-edition", "2025 (synthetic)", "--source", "2",
        "--create-missing"};
    const auto file = run(import + QStringList {"--db", m_db});
    const auto shared = run(import + QStringList {"--db", uri});
    QVERIFY2(file.exitCode == 0, file.err.constData());
    QVERIFY2(shared.exitCode == 0, shared.err.constData());
    QVERIFY2(shared.out.contains("imported: 11 new"), shared.out.constData());
    QCOMPARE(QString::fromUtf8(shared.out), QString::fromUtf8(file.out));
    for (const QStringList &read : {QStringList {"diff", "--from", "2", "--to", "2025 (synthetic)"},
             QStringList {"export-data", "leaderboard_entry", "--format", "csv"},
             QStringList {"export-data", "leaderboard", "--format", "csv"},
             QStringList {"export-data", "model", "--format", "csv"}, QStringList {"editions"}}) {
        const auto before = run(read + QStringList {"--db", m_db});
        const auto after = run(read + QStringList {"--db", uri});
        QVERIFY2(before.exitCode == 0 && after.exitCode == 0, after.err.constData());
        QCOMPARE(QString::fromUtf8(after.out), QString::fromUtf8(before.out));
    }
    QCOMPARE(run({"check", "--db", uri}).exitCode, 0);
}

void TestPublishVerbs::badDbUriGivesOneLine()
{
    REQUIRE_TEST_SERVER();
    const auto editor = TestUtil::testServer();
    const QString missing = QStringLiteral("postgresql:///no_such_db?host=%1&port=%2&user=%3")
                                .arg(editor.host)
                                .arg(editor.port == -1 ? 5432 : editor.port)
                                .arg(editor.user);
    auto r = run({"export-data", "--all", "--format", "json", "--db", missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(oneErrorLine(r).contains(QLatin1String("does not exist")), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = run({"check", "--db", QStringLiteral("postgresql://h:port/d")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(oneErrorLine(r).contains(QLatin1String("port")), r.err.constData());
}

void TestPublishVerbs::publishTwiceIsRefusedWithoutReplace()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("cli_twice"));
    const QString uri = server.editor().printable();
    QCOMPARE(run({"publish", "--from", m_db, "--to", uri}).exitCode, 0);
    auto r = run({"publish", "--from", m_db, "--to", uri});
    QCOMPARE(r.exitCode, 1);
    const QString line = oneErrorLine(r);
    QVERIFY2(line.contains(QLatin1String("holds a dataset already")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("--replace")), qPrintable(line));
    QVERIFY(r.out.isEmpty());
    r = run({"publish", "--from", m_db, "--to", uri, "--replace"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPublishVerbs::readOnlyRolePullsButCannotPublish()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("cli_reader"));
    QCOMPARE(run({"publish", "--from", m_db, "--to", server.editor().printable()}).exitCode, 0);
    const QString reader = server.reader().printable();
    const QString pulled = m_dir->filePath(QStringLiteral("reader.sqlite"));
    auto r = run({"pull", "--from", reader, "--to", pulled});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run({"check", "--db", pulled}).exitCode, 0);

    r = run({"publish", "--from", m_db, "--to", reader, "--replace"});
    QCOMPARE(r.exitCode, 1);
    const QString line = oneErrorLine(r);
    QVERIFY2(
        line.contains(
            QStringLiteral("the role %1 may not replace the dataset").arg(server.reader().user)),
        qPrintable(line));
}

void TestPublishVerbs::pullNeverOverwritesAFile()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("cli_exists"));
    const QString uri = server.editor().printable();
    QCOMPARE(run({"publish", "--from", m_db, "--to", uri}).exitCode, 0);
    const QString other = m_dir->filePath(QStringLiteral("notes.txt"));
    TestUtil::writeFile(other, "mine");
    const auto r = run({"pull", "--from", uri, "--to", other});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(oneErrorLine(r).contains(QLatin1String("exists already")), r.err.constData());
    QFile file(other);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));
}

void TestPublishVerbs::badServerGivesOneLine_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");
    // "@DIR" is the test server's socket folder, "@NAME" a database of this test.
    QTest::newRow("not a URI") << "publish"
                               << "mysql://h/d"
                               << "postgresql://";
    QTest::newRow("malformed port") << "pull"
                                    << "postgresql://h:port/d"
                                    << "port";
    QTest::newRow("unknown parameter") << "pull"
                                       << "postgresql:///d?colour=blue"
                                       << "colour";
    QTest::newRow("wrong database name")
        << "pull"
        << "postgresql:///no_such_db?host=@DIR&port=@PORT&user=@USER"
        << "does not exist";
    QTest::newRow("wrong password") << "publish"
                                    << "postgresql://@USER:Sekrit-99@:@PORT/@NAME?host=@DIR"
                                    << "password authentication failed";
    QTest::newRow("unknown host") << "pull"
                                  << "postgresql://@USER@/@NAME?host=/nonexistent-trendscope-socket"
                                  << "cannot be reached";
    QTest::newRow("not a TrendScope database") << "pull"
                                               << "postgresql://@USER@:@PORT/@NAME?host=@DIR"
                                               << "not a TrendScope dataset";
}

void TestPublishVerbs::badServerGivesOneLine()
{
    REQUIRE_TEST_SERVER();
    QFETCH(QString, verb);
    QFETCH(QString, uri);
    QFETCH(QString, says);
    ScratchServerDatabase server(QStringLiteral("cli_bad"));
    ScratchServerDatabase::admin(server.editor(),
        [](QSqlQuery &q) { q.exec(QStringLiteral("CREATE TABLE orders (id int)")); });
    const auto editor = server.editor();
    uri.replace(QLatin1String("@DIR"), editor.host)
        .replace(QLatin1String("@USER"), editor.user)
        .replace(QLatin1String("@NAME"), editor.database)
        .replace(QLatin1String("@PORT"), QString::number(editor.port == -1 ? 5432 : editor.port));
    const QString file = m_dir->filePath(QStringLiteral("out.sqlite"));
    const auto r = verb == QLatin1String("publish") ? run({"publish", "--from", m_db, "--to", uri})
                                                    : run({"pull", "--from", uri, "--to", file});
    QCOMPARE(r.exitCode, 1);
    const QString line = oneErrorLine(r);
    QVERIFY2(line.startsWith(QLatin1String("trendscope: ")), qPrintable(line));
    QVERIFY2(line.contains(says), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("Sekrit")), qPrintable(line));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestPublishVerbs)
#include "tst_publishverbs.moc"
