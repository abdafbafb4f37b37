// A dataset on a real PostgreSQL server (scripts/pgcluster): publish a file, pull it back,
// refusals that change nothing, roles, and connections that fail with one clear line.

#include "database.h"
#include "markingtranslator.h"
#include "postgresdialect.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace TrendScope;
using Kind = DatabaseError::Kind;
using TestUtil::ScratchServerDatabase;

class TestServerDataset : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void publishThenPullKeepsEveryRow();
    void publishMakesSchemaAndMarker();
    void publishTwiceNeedsReplace();
    void refusesForeignDatabase();
    void refusesNewerDataset();
    void emptyDatabaseHasNothingToPull();
    void readOnlyRolePullsButCannotPublish();
    void pullRefusesExistingFile();
    void pullRefusalsAreTranslated();
    void badConnectionsGiveOneLine_data();
    void badConnectionsGiveOneLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Every row of every table of a dataset file, as text with each value's type.
QStringList dump(const QString &path)
{
    DatabaseError error;
    const auto db = Database::open(path, &error, Database::Access::ReadOnly);
    if (!db)
        return {error.message()};
    QStringList lines;
    QSqlQuery tables(db->connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                               "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db->connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                cells.append(value.isNull() ? QStringLiteral("NULL")
                                            : QString::fromLatin1(value.metaType().name())
                            + QLatin1Char(':') + value.toString());
            }
            lines.append(table + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
    }
    return lines;
}

QVariant serverValue(const ServerLocation &location, const QString &sql)
{
    QVariant value;
    ScratchServerDatabase::admin(location, [&](QSqlQuery &q) {
        if (q.exec(sql) && q.next())
            value = q.value(0);
    });
    return value;
}

void serverExec(const ServerLocation &location, const QString &sql)
{
    ScratchServerDatabase::admin(location, [&](QSqlQuery &q) {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    });
}

// The row count of every table of a dataset file.
QList<qint64> tableRows(const QString &path)
{
    DatabaseError error;
    const auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QList<qint64> counts;
    QSqlQuery tables(db->connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
    while (tables.next()) {
        QSqlQuery count(db->connection());
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString()));
        counts.append(count.next() ? count.value(0).toLongLong() : -1);
    }
    return counts;
}

// What QVERIFY2 shows beside a problem that should not be (evaluated either way).
QString text(const std::optional<DatabaseError> &problem)
{
    return problem ? problem->message() : QString();
}

std::unique_ptr<Database> openFile(const QString &path)
{
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    if (!db)
        qFatal("%s", qPrintable(error.message()));
    return db;
}

} // namespace

void TestServerDataset::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerDataset::publishThenPullKeepsEveryRow()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("roundtrip"));
    const QString source = TestUtil::makeDatasetFile(*m_dir);
    ServerDataset::Copied published;
    {
        const auto db = openFile(source);
        const auto problem = ServerDataset::publish(*db, server.editor(), false, &published);
        QVERIFY2(!problem, qPrintable(text(problem)));
    }
    QCOMPARE(published.tables, tableRows(source).size());
    qint64 rows = 0;
    for (const qint64 count : tableRows(source))
        rows += count;
    QCOMPARE(published.rows, rows);
    QVERIFY(rows > 200);

    const QString pulled = m_dir->filePath(QStringLiteral("pulled.sqlite"));
    ServerDataset::Copied copied;
    const auto problem = ServerDataset::pull(server.editor(), pulled, &copied);
    QVERIFY2(!problem, qPrintable(text(problem)));
    QCOMPARE(copied.rows, published.rows);
    QCOMPARE(copied.tables, published.tables);
    QVERIFY(!Database::validateFile(pulled));
    // Nothing else is left in the folder (the partial file was moved into place).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const QStringList before = dump(source);
    const QStringList after = dump(pulled);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i), before.at(i));
}

void TestServerDataset::publishMakesSchemaAndMarker()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("schema"));
    const auto db = openFile(TestUtil::makeDatasetFile(*m_dir));
    const auto problem = ServerDataset::publish(*db, server.editor(), false);
    QVERIFY2(!problem, qPrintable(text(problem)));

    DatabaseError error;
    const auto dataset = ServerDataset::open(server.editor(), &error);
    QVERIFY2(dataset, qPrintable(error.message()));
    QCOMPARE(dataset->schemaVersion(), Database::latestSchemaVersion());
    const QString meta = Postgres::metadataTable();
    QCOMPARE(serverValue(server.editor(),
                 QStringLiteral("SELECT value FROM %1 WHERE key = 'application_id'").arg(meta))
                 .toString(),
        QString::number(Database::ApplicationId));
    // Identity columns continue after the copied ids: a row made on the server gets a new id.
    const qint64 maxId
        = serverValue(server.editor(), QStringLiteral("SELECT max(id) FROM source")).toLongLong();
    QCOMPARE(serverValue(server.editor(),
                 QStringLiteral("INSERT INTO source (code, title, publisher, file) "
                                "VALUES ('x', 'x', 'x', 'x') RETURNING id"))
                 .toLongLong(),
        maxId + 1);
    // Values keep SQLite's width: REAL is double precision, INTEGER 64 bits.
    QCOMPARE(
        serverValue(server.editor(),
            QStringLiteral("SELECT data_type FROM information_schema.columns "
                           "WHERE table_name = 'funding_total' AND column_name = 'amount_yuan'"))
            .toString(),
        QStringLiteral("double precision"));
}

void TestServerDataset::publishTwiceNeedsReplace()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("twice"));
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    {
        const auto db = openFile(path);
        QVERIFY(!ServerDataset::publish(*db, server.editor(), false));
    }
    {
        DatabaseError error;
        const auto db = Database::open(path, &error);
        QVERIFY(db);
        TestUtil::execSql(*db, QStringLiteral("UPDATE source SET title = 'changed' WHERE id = 1"));
    }
    const auto db = openFile(path);
    const auto refused = ServerDataset::publish(*db, server.editor(), false);
    QVERIFY(refused);
    QVERIFY2(
        refused->message().contains(QLatin1String("--replace")), qPrintable(refused->message()));
    QCOMPARE(refused->exitCode(), 1);
    QVERIFY(serverValue(server.editor(), QStringLiteral("SELECT title FROM source WHERE id = 1"))
                .toString()
        != QLatin1String("changed"));

    const auto replaced = ServerDataset::publish(*db, server.editor(), true);
    QVERIFY2(!replaced, qPrintable(text(replaced)));
    QCOMPARE(serverValue(server.editor(), QStringLiteral("SELECT title FROM source WHERE id = 1"))
                 .toString(),
        QStringLiteral("changed"));
}

void TestServerDataset::refusesForeignDatabase()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("foreign"));
    serverExec(server.editor(), QStringLiteral("CREATE TABLE invoices (id int)"));
    const auto db = openFile(TestUtil::makeDatasetFile(*m_dir));
    const auto refused = ServerDataset::publish(*db, server.editor(), true);
    QVERIFY(refused);
    QCOMPARE(refused->kind, Kind::Foreign);
    QVERIFY2(refused->message().contains(QLatin1String("not a TrendScope dataset")),
        qPrintable(refused->message()));
    // Nothing was created beside the other application's table.
    QCOMPARE(serverValue(server.editor(),
                 QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                 .toInt(),
        1);
    const auto pulled
        = ServerDataset::pull(server.editor(), m_dir->filePath(QStringLiteral("p.sqlite")));
    QVERIFY(pulled);
    QCOMPARE(pulled->kind, Kind::Foreign);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("p.sqlite"))));
}

void TestServerDataset::refusesNewerDataset()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("newer"));
    const auto db = openFile(TestUtil::makeDatasetFile(*m_dir));
    QVERIFY(!ServerDataset::publish(*db, server.editor(), false));
    const int newer = Database::latestSchemaVersion() + 1;
    serverExec(server.editor(),
        QStringLiteral("UPDATE %1 SET value = '%2' WHERE key = 'schema_version'")
            .arg(Postgres::metadataTable())
            .arg(newer));
    DatabaseError error;
    QVERIFY(!ServerDataset::open(server.editor(), &error));
    QCOMPARE(error.kind, Kind::Newer);
    const QString expected
        = QStringLiteral("it holds a dataset of a newer TrendScope (schema version "
                         "%1; this version reads up to %2)")
              .arg(newer)
              .arg(Database::latestSchemaVersion());
    QVERIFY2(error.message().endsWith(expected), qPrintable(error.message()));
    const auto published = ServerDataset::publish(*db, server.editor(), true);
    QVERIFY(published);
    QCOMPARE(published->kind, Kind::Newer);
}

void TestServerDataset::emptyDatabaseHasNothingToPull()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("empty"));
    const QString path = m_dir->filePath(QStringLiteral("p.sqlite"));
    const auto refused = ServerDataset::pull(server.editor(), path);
    QVERIFY(refused);
    QVERIFY2(refused->message().contains(QLatin1String("no TrendScope dataset")),
        qPrintable(refused->message()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestServerDataset::readOnlyRolePullsButCannotPublish()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("reader"));
    const auto db = openFile(TestUtil::makeDatasetFile(*m_dir));
    QVERIFY(!ServerDataset::publish(*db, server.editor(), false));

    const QString path = m_dir->filePath(QStringLiteral("reader.sqlite"));
    const auto pulled = ServerDataset::pull(server.reader(), path);
    QVERIFY2(!pulled, qPrintable(text(pulled)));
    QVERIFY(!Database::validateFile(path));

    const auto refused = ServerDataset::publish(*db, server.reader(), true);
    QVERIFY(refused);
    const QString expected
        = QStringLiteral("the role %1 may not replace the dataset").arg(server.reader().user);
    QVERIFY2(refused->message().contains(expected), qPrintable(refused->message()));
    QCOMPARE(refused->exitCode(), 1);
    {
        // One whole sentence through translation, the server's own words after it.
        MarkingTranslator marking("TrendScope::DatabaseError");
        QCoreApplication::installTranslator(&marking);
        const auto marked = ServerDataset::publish(*db, server.reader(), true);
        QCoreApplication::removeTranslator(&marking);
        QVERIFY(marked);
        QVERIFY2(marked->reason.startsWith(QStringLiteral("[[the role %1 may not replace the "
                                                          "dataset] (permission denied")
                                               .arg(server.reader().user)),
            qPrintable(marked->reason));
    }

    // A role that may not read a table is told so on open.
    serverExec(server.editor(),
        QStringLiteral("REVOKE SELECT ON policy FROM %1").arg(server.reader().user));
    DatabaseError error;
    QVERIFY(!ServerDataset::open(server.reader(), &error));
    QVERIFY2(error.message().contains(QLatin1String("may not read the tables policy")),
        qPrintable(error.message()));
}

void TestServerDataset::pullRefusesExistingFile()
{
    REQUIRE_TEST_SERVER();
    ScratchServerDatabase server(QStringLiteral("exists"));
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    {
        const auto db = openFile(path);
        QVERIFY(!ServerDataset::publish(*db, server.editor(), false));
    }
    const QByteArray digest = TestUtil::fileDigest(path);
    const auto refused = ServerDataset::pull(server.editor(), path);
    QVERIFY(refused);
    QVERIFY2(refused->message().contains(QLatin1String("exists already")),
        qPrintable(refused->message()));
    QCOMPARE(TestUtil::fileDigest(path), digest);
}

// Refused before any connection: no server needed.
void TestServerDataset::pullRefusalsAreTranslated()
{
    // Refused before any connection: no server is needed.
    const auto server = ServerLocation::parse(
        QStringLiteral("postgresql:///trendscope?host=/nonexistent"), nullptr);
    QVERIFY(server);
    MarkingTranslator marking("TrendScope::DatabaseError");
    QCoreApplication::installTranslator(&marking);
    const QString existing = TestUtil::makeDatasetFile(*m_dir);
    const auto exists = ServerDataset::pull(*server, existing);
    const QString folder = m_dir->filePath(QStringLiteral("no-such-folder"));
    const auto missing = ServerDataset::pull(*server, folder + QStringLiteral("/p.sqlite"));
    QCoreApplication::removeTranslator(&marking);
    QVERIFY(exists && missing);
    QCOMPARE(exists->reason, QStringLiteral("[a file of that name exists already]"));
    QCOMPARE(missing->reason,
        QStringLiteral("[the folder %1 does not exist]").arg(QDir::toNativeSeparators(folder)));
}

void TestServerDataset::badConnectionsGiveOneLine_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong password") << "password"
                                    << "password authentication failed";
    QTest::newRow("unknown database") << "database"
                                      << "does not exist";
    QTest::newRow("unknown role") << "user"
                                  << "no password supplied";
    QTest::newRow("no server at that socket") << "host"
                                              << "No such file or directory";
}

void TestServerDataset::badConnectionsGiveOneLine()
{
    REQUIRE_TEST_SERVER();
    QFETCH(QString, change);
    QFETCH(QString, says);
    ServerLocation location = TestUtil::testServer();
    const QString secret = QStringLiteral("not-the-Password-42");
    if (change == QLatin1String("password"))
        location.password = secret;
    else if (change == QLatin1String("database"))
        location.database = QStringLiteral("no_such_database");
    else if (change == QLatin1String("user"))
        location.user = QStringLiteral("no_such_role");
    else
        location.host = m_dir->filePath(QStringLiteral("nothing-here"));
    DatabaseError error;
    QVERIFY(!ServerDataset::open(location, &error));
    const QString message = error.message();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Cannot open postgresql://")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(!message.contains(secret));
    QCOMPARE(error.exitCode(), 1);
    const auto pulled = ServerDataset::pull(location, m_dir->filePath(QStringLiteral("p.sqlite")));
    QVERIFY(pulled);
    QVERIFY(!pulled->message().contains(secret));
}

QTEST_GUILESS_MAIN(TestServerDataset)
#include "tst_serverdataset.moc"
