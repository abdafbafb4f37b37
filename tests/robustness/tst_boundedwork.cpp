// Work on a file's content is bounded (docs/ROBUSTNESS.md, "Schema drift and bounded work"):
// only the schema's own tables and views are exported, every statement runs under SQLite
// limits, and a check or export stops at its time limit with one line instead of hanging.
// Files with added objects are refused when opened (tst_schemaconformity); these tests open
// them anyway (Validation::Done) to show the second line of defence.

#include "database.h"
#include "queries.h"
#include "schemacontract.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;

namespace {

QString alter(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open");
    char *message = nullptr;
    const QByteArray script = sql + "; PRAGMA journal_mode = DELETE;";
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
    const QString text
        = rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(db);
    return text;
}

QStringList digests(const QString &folder)
{
    QStringList list;
    const QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        list.append(name + u' '
            + QString::fromLatin1(TestUtil::fileDigest(QDir(folder).filePath(name)).toHex()));
    return list;
}

const QByteArray endless
    = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS id FROM n";

} // namespace

class TestBoundedWork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsOnlyTheSchemasOwnNames();
    void hostileStatementsStop_data();
    void hostileStatementsStop();
    void limitsOnEveryConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBoundedWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Added views and thousands of added tables are neither listed nor read: the export runs the
// schema's fixed list once each, so it takes as long as on a clean file.
void TestBoundedWork::exportsOnlyTheSchemasOwnNames()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    QByteArray sql = "CREATE VIEW v_forever AS " + endless
        + "; CREATE VIEW v_huge AS SELECT zeroblob(100000000) AS a, zeroblob(100000000) AS b;";
    for (int i = 0; i < 3000; ++i)
        sql += "CREATE TABLE extra_" + QByteArray::number(i) + "(x);";
    QCOMPARE(alter(path, sql), QString());
    const QStringList before = digests(m_dir->path());

    const auto problem = Database::validateFile(path);
    QVERIFY(problem);
    QCOMPARE(problem->kind, DatabaseError::Kind::Drifted);

    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly, Database::Validation::Done);
    QVERIFY2(db, qPrintable(error.message()));
    db->setTimeLimit(60);
    const Queries queries(*db);
    const SchemaContract *contract = SchemaContract::forVersion(Database::latestSchemaVersion());
    QCOMPARE(queries.exportableNames(), contract->tables() + contract->views());
    QVERIFY(!queries.exportableNames().contains(QStringLiteral("v_forever")));
    QString tableError;
    QVERIFY(!queries.table(QStringLiteral("v_forever"), &tableError));
    QCOMPARE(tableError, QStringLiteral("no table or view named \"v_forever\""));
    const auto all = queries.tables(queries.exportableNames(), &tableError);
    QVERIFY2(all, qPrintable(tableError));
    QCOMPARE(all->size(), queries.exportableNames().size());
    QVERIFY(!db->timeLimitReached());
    db.reset();
    QCOMPARE(digests(m_dir->path()), before);
}

void TestBoundedWork::hostileStatementsStop_data()
{
    QTest::addColumn<QByteArray>("view");
    QTest::addColumn<QString>("expected");
    // A view of the schema's own name, redefined by the file's author.
    QTest::newRow("endless recursive view")
        << endless << "reading \"v_leaderboard\" took longer than 1 s; stopped";
    QTest::newRow("100 MB values")
        << QByteArray("SELECT zeroblob(100000000) AS a, zeroblob(100000000) AS b")
        << "reading \"v_leaderboard\" failed: string or blob too big";
    QTest::newRow("10 GB value") << QByteArray("SELECT zeroblob(10000000000) AS a")
                                 << "reading \"v_leaderboard\" failed: string or blob too big";
    QTest::newRow("80 MB text") << QByteArray("SELECT hex(zeroblob(40000000)) AS a")
                                << "reading \"v_leaderboard\" failed: string or blob too big";
}

void TestBoundedWork::hostileStatementsStop()
{
    QFETCH(QByteArray, view);
    QFETCH(QString, expected);
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    QCOMPARE(
        alter(path, "DROP VIEW v_leaderboard; CREATE VIEW v_leaderboard AS " + view), QString());
    const QStringList before = digests(m_dir->path());
    QVERIFY(Database::validateFile(path)); // refused when opened normally

    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly, Database::Validation::Done);
    QVERIFY2(db, qPrintable(error.message()));
    db->setTimeLimit(1);
    QElapsedTimer timer;
    timer.start();
    QString tableError;
    const auto all = Queries(*db).tables(Queries(*db).exportableNames(), &tableError);
    QVERIFY(!all);
    QVERIFY2(tableError.startsWith(expected), qPrintable(tableError));
    QVERIFY(!tableError.contains(u'\n'));
    qInfo("stopped after %lld ms: %s", timer.elapsed(), qPrintable(tableError));
    // The connection still works for the next job.
    db->setTimeLimit(0);
    QString nextError;
    QVERIFY2(Queries(*db).table(QStringLiteral("model"), &nextError), qPrintable(nextError));
    db.reset();
    QCOMPARE(digests(m_dir->path()), before);
}

// The limits are set where every connection is hardened: the main one, a read-only one, a
// background reader and an in-memory dataset.
void TestBoundedWork::limitsOnEveryConnection()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    DatabaseError error;
    std::vector<std::unique_ptr<Database>> databases;
    databases.push_back(Database::open(path, &error));
    databases.push_back(Database::open(path, &error, Database::Access::ReadOnly));
    databases.push_back(Database::openReader(path, &error));
    databases.push_back(Database::createInMemory(&error));
    for (const auto &db : databases) {
        QVERIFY2(db, qPrintable(error.message()));
        sqlite3 *h = db->handle();
        QCOMPARE(sqlite3_limit(h, SQLITE_LIMIT_LENGTH, -1), 64 * 1024 * 1024);
        QVERIFY(sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, -1) <= 200);
        QVERIFY(sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, -1) <= 50);
        QCOMPARE(sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, -1), 0);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT length(zeroblob(100000000))")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("too big")),
            qPrintable(q.lastError().text()));
    }
}

QTEST_GUILESS_MAIN(TestBoundedWork)
#include "tst_boundedwork.moc"
