// A dataset on a real PostgreSQL server opened as a Database (issue 20): what a role may do,
// and backend parity — every read the application makes gives the same rows on the server as
// on the file it was published from.

#include "database.h"
#include "entitykind.h"
#include "queries.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "sourcequeries.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace TrendScope;
using TestUtil::ScratchServerDatabase;

class TestServerOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensPublishedDataset();
    void readerRoleOpensReadOnlyWithReason();
    void readOnlyAccessIsKept();
    void anotherReaderReadsTheSameDataset();
    void sourceQueriesMatchTheFile_data();
    void sourceQueriesMatchTheFile();
    void leaderboardRowsMatchTheFile();
    void exportableTablesMatchTheFile();
    void detailsMatchTheFile_data();
    void detailsMatchTheFile();
    void unreachableServerGivesOneLine();
    void interruptCancelsTheRunningStatement();
    void timeLimitStopsALongStatement();
    void tlsWhenTheServerOffersIt_data();
    void tlsWhenTheServerOffersIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchServerDatabase> m_server;
    QString m_file;
};

namespace {

// One value as text, the same for both backends: PostgreSQL answers a comparison with a bool
// where SQLite answers 0 or 1, and integers may come back in different widths.
QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

// Every row `sql` returns, one line each; or the error.
QStringList rows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList lines;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(cell(q.value(i)));
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

QString text(const DatabaseError &error)
{
    return error.message();
}

// Everything the details panel shows about one entity, one line each.
QStringList lines(const EntityDetails &details)
{
    QStringList lines {details.kind, details.title, details.titleDate};
    for (const Fact &f : details.facts)
        lines.append(QStringLiteral("fact %1 = %2 [%3]%4")
                         .arg(f.label, f.value, f.provenance,
                             f.isDate ? QStringLiteral(" date") : QString()));
    if (const auto &p = details.provenance)
        lines.append(QStringLiteral("provenance %1|%2|%3|%4|%5|%6")
                         .arg(p->source, p->edition, p->section, p->status, p->formula, p->quote));
    for (const RelatedEntity &r : details.related)
        lines.append(QStringLiteral("related %1/%2 %3")
                         .arg(int(r.entity.kind))
                         .arg(r.entity.id)
                         .arg(r.label));
    return lines;
}

} // namespace

void TestServerOpen::initTestCase()
{
    REQUIRE_TEST_SERVER();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = TestUtil::makeDatasetFile(*m_dir);
    m_server = std::make_unique<ScratchServerDatabase>(QStringLiteral("serveropen"));
    DatabaseError error;
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    const auto problem = ServerDataset::publish(*file, m_server->editor(), false);
    QVERIFY2(!problem, qPrintable(problem ? text(*problem) : QString()));
}

void TestServerOpen::cleanupTestCase()
{
    m_server.reset();
}

void TestServerOpen::opensPublishedDataset()
{
    DatabaseError error;
    const auto db = Database::openServer(m_server->editor(), &error);
    QVERIFY2(db, qPrintable(text(error)));
    QVERIFY(db->isServer());
    QVERIFY(!db->isReadOnly());
    QVERIFY(db->readOnlyReason().isEmpty());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->path(), m_server->editor().printable());
    QVERIFY(!db->handle());
}

void TestServerOpen::readerRoleOpensReadOnlyWithReason()
{
    DatabaseError error;
    const auto db = Database::openServer(m_server->reader(), &error);
    QVERIFY2(db, qPrintable(text(error)));
    QVERIFY(db->isReadOnly());
    QVERIFY2(
        db->readOnlyReason().startsWith(
            QStringLiteral("the role %1 may read but not change ").arg(m_server->reader().user)),
        qPrintable(db->readOnlyReason()));
    QVERIFY(db->readOnlyReason().contains(QLatin1String("leaderboard_entry")));
    QCOMPARE(Queries(*db).leaderboard().size(),
        Queries(*Database::openServer(m_server->editor(), &error)).leaderboard().size());
}

void TestServerOpen::readOnlyAccessIsKept()
{
    DatabaseError error;
    const auto db = Database::openServer(m_server->editor(), &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(text(error)));
    QVERIFY(db->isReadOnly());
    QCOMPARE(db->readOnlyReason(), QStringLiteral("it was opened read-only"));
}

void TestServerOpen::anotherReaderReadsTheSameDataset()
{
    DatabaseError error;
    const auto db = Database::openServer(m_server->editor(), &error);
    QVERIFY2(db, qPrintable(text(error)));
    const auto reader = db->openAnotherReader(&error);
    QVERIFY2(reader, qPrintable(text(error)));
    QVERIFY(reader->isServer());
    QVERIFY(reader->isReadOnly());
    QCOMPARE(rows(*reader, Queries::priceCutsSql()), rows(*db, Queries::priceCutsSql()));
}

void TestServerOpen::sourceQueriesMatchTheFile_data()
{
    addSourceQueryRows();
}

void TestServerOpen::sourceQueriesMatchTheFile()
{
    QFETCH(QString, sql);
    DatabaseError error;
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    const auto server = Database::openServer(m_server->editor(), &error);
    QVERIFY2(server, qPrintable(text(error)));
    const QStringList expected = rows(*file, sql);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(!expected.first().startsWith(QLatin1String("error: ")), qPrintable(expected.first()));
    const QStringList actual = rows(*server, sql);
    for (int i = 0; i < std::min(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

// Queries::leaderboard reads a file through the sqlite3 C API and a server through QSqlQuery
// (RowCursor): the rows must be the same.
void TestServerOpen::leaderboardRowsMatchTheFile()
{
    DatabaseError error;
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    const auto server = Database::openServer(m_server->editor(), &error);
    QVERIFY2(server, qPrintable(text(error)));
    const auto describe = [](const LeaderboardRows &rows) {
        QStringList lines;
        for (const LeaderboardRow &r : rows)
            lines.append(QStringList {QString::number(r.entryId), QString::number(r.modelId),
                QString::number(r.organizationId), r.model, r.modelEn,
                QString::number(r.modelEnIsDatasets), r.organization, r.organizationEn,
                QString::number(r.organizationEnIsDatasets), r.organizationGroup, r.benchmark,
                r.snapshot, r.score ? QString::number(*r.score) : QStringLiteral("NULL"),
                QString::number(r.rank), r.provenance.summary(), r.provenance.quote,
                r.provenance.formula, QString::number(r.provenance.editionId)}
                             .join(QLatin1Char('|')));
        return lines;
    };
    QString fileError, serverError;
    const QStringList expected = describe(Queries(*file).leaderboard(&fileError));
    const QStringList actual = describe(Queries(*server).leaderboard(&serverError));
    QVERIFY2(fileError.isEmpty() && serverError.isEmpty(), qPrintable(fileError + serverError));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual, expected);
}

void TestServerOpen::exportableTablesMatchTheFile()
{
    DatabaseError error;
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    const auto server = Database::openServer(m_server->editor(), &error);
    QVERIFY2(server, qPrintable(text(error)));
    const QStringList names = Queries(*file).exportableNames();
    QCOMPARE(Queries(*server).exportableNames(), names);
    QString e;
    const auto expected = Queries(*file).tables(names, &e);
    QVERIFY2(expected, qPrintable(e));
    const auto actual = Queries(*server).tables(names, &e);
    QVERIFY2(actual, qPrintable(e));
    QCOMPARE(actual->size(), expected->size());
    for (int t = 0; t < expected->size(); ++t) {
        const Table &want = expected->at(t);
        const Table &got = actual->at(t);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.columns, want.columns);
        QCOMPARE(got.rows.size(), want.rows.size());
        for (int r = 0; r < want.rows.size(); ++r) {
            QStringList a {want.name};
            QStringList b {want.name};
            for (const QVariant &v : got.rows.at(r))
                a.append(cell(v));
            for (const QVariant &v : want.rows.at(r))
                b.append(cell(v));
            QCOMPARE(a.join(QLatin1Char('|')), b.join(QLatin1Char('|')));
        }
    }
}

void TestServerOpen::detailsMatchTheFile_data()
{
    QTest::addColumn<int>("kind");
    for (int kind = int(EntityKind::None) + 1; kind <= int(EntityKind::Trend); ++kind)
        QTest::newRow(entityTable(EntityKind(kind))) << kind;
}

// The details panel reads the same on a server dataset as on the file it was published from:
// every entity of every kind, its facts, provenance and related rows.
void TestServerOpen::detailsMatchTheFile()
{
    QFETCH(int, kind);
    DatabaseError error;
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    const auto server = Database::openServer(m_server->editor(), &error);
    QVERIFY2(server, qPrintable(text(error)));
    const QStringList ids = rows(
        *file, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(entityTable(EntityKind(kind))));
    QVERIFY(!ids.isEmpty());
    for (const QString &id : ids) {
        const EntityRef entity {EntityKind(kind), id.toLongLong()};
        const auto expected = Queries(*file).details(entity);
        QVERIFY2(expected, qPrintable(id));
        const auto actual = Queries(*server).details(entity);
        QVERIFY2(actual, qPrintable(id));
        const QStringList want = lines(*expected);
        const QStringList got = lines(*actual);
        for (int i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
        QCOMPARE(got.size(), want.size());
    }
}

void TestServerOpen::unreachableServerGivesOneLine()
{
    ServerLocation location = m_server->editor();
    location.database
        = QStringLiteral("no_such_database_%1").arg(QCoreApplication::applicationPid());
    DatabaseError error;
    QVERIFY(!Database::openServer(location, &error));
    QVERIFY(!error.message().contains(QLatin1Char('\n')));
    QVERIFY2(error.message().contains(location.database), qPrintable(error.message()));
}

// Cancel in the window: another thread stops the statement a worker's connection runs.
void TestServerOpen::interruptCancelsTheRunningStatement()
{
    std::atomic<Database *> running {nullptr};
    QString failure;
    qint64 tookMs = -1;
    QScopedPointer<QThread> worker(QThread::create([&] {
        DatabaseError error;
        const auto db
            = Database::openServer(m_server->editor(), &error, Database::Access::ReadOnly);
        if (!db)
            return;
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q(db->connection());
        running = db.get();
        if (!q.exec(QStringLiteral("SELECT pg_sleep(30)")))
            failure = q.lastError().text();
        running = nullptr;
        tookMs = timer.elapsed();
    }));
    worker->start();
    QTRY_VERIFY(running.load());
    QTest::qWait(300); // into the statement
    Database *db = running.load();
    QVERIFY(db);
    db->interrupt();
    QVERIFY(worker->wait(20000));
    QVERIFY2(failure.contains(QLatin1String("canceling statement")), qPrintable(failure));
    QVERIFY2(tookMs < 20000, qPrintable(QString::number(tookMs)));
}

void TestServerOpen::timeLimitStopsALongStatement()
{
    DatabaseError error;
    const auto db = Database::openServer(m_server->editor(), &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(text(error)));
    db->setTimeLimit(1);
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT pg_sleep(20)")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("statement timeout")),
        qPrintable(q.lastError().text()));
    QVERIFY(db->timeLimitReached());
    QCOMPARE(db->timeLimitMessage(QStringLiteral("checking")),
        QStringLiteral("checking took longer than 1 s; stopped"));
    // Lifted, the same connection runs what it could not before.
    db->setTimeLimit(0);
    QVERIFY(!db->timeLimitReached());
    QVERIFY2(q.exec(QStringLiteral("SELECT pg_sleep(1.2)")), qPrintable(q.lastError().text()));
}

void TestServerOpen::tlsWhenTheServerOffersIt_data()
{
    QTest::addColumn<QString>("sslmode"); // empty: libpq's default, prefer
    QTest::addColumn<QString>("rootCertificate"); // "server": the server's own
    QTest::addColumn<QString>("refusal"); // empty: it opens, over TLS

    QTest::newRow("verify-full") << "verify-full"
                                 << "server"
                                 << "";
    QTest::newRow("default (prefer)") << ""
                                      << ""
                                      << "";
    QTest::newRow("require") << "require"
                             << ""
                             << "";
    // The server takes TCP connections only with TLS.
    QTest::newRow("disable") << "disable"
                             << ""
                             << "no encryption";
    QTest::newRow("not a certificate") << "verify-full"
                                       << "garbage"
                                       << "certificate";
}

// scripts/pgcluster's server takes TCP connections with TLS only: the dataset opens over TLS
// whenever the server offers it, checks the certificate when the URI asks, and a connection
// refused says why in one line.
void TestServerOpen::tlsWhenTheServerOffersIt()
{
    QFETCH(QString, sslmode);
    QFETCH(QString, rootCertificate);
    QFETCH(QString, refusal);
    std::optional<ServerLocation> location = m_server->editorOverTls();
    if (!location) {
        if (qEnvironmentVariableIntValue("TRENDSCOPE_REQUIRE_PG") == 1)
            QFAIL("TRENDSCOPE_TEST_PG_TLS is not set (scripts/pgcluster start sets it)");
        QSKIP("no TLS address of the test server: TRENDSCOPE_TEST_PG_TLS is not set");
    }
    QString serverCertificate;
    for (auto it = location->options.begin(); it != location->options.end();) {
        if (it->first == QLatin1String("sslrootcert"))
            serverCertificate = it->second;
        if (it->first == QLatin1String("sslmode") || it->first == QLatin1String("sslrootcert"))
            it = location->options.erase(it);
        else
            ++it;
    }
    QVERIFY(!serverCertificate.isEmpty());
    if (!sslmode.isEmpty())
        location->options.append({QStringLiteral("sslmode"), sslmode});
    if (rootCertificate == QLatin1String("server")) {
        location->options.append({QStringLiteral("sslrootcert"), serverCertificate});
    } else if (rootCertificate == QLatin1String("garbage")) {
        const QString path = m_dir->filePath(QStringLiteral("not-a-certificate.crt"));
        TestUtil::writeFile(path, "-----BEGIN CERTIFICATE-----\nnonsense\n");
        location->options.append({QStringLiteral("sslrootcert"), path});
    }

    DatabaseError error;
    const auto db = Database::openServer(*location, &error);
    if (!refusal.isEmpty()) {
        QVERIFY(!db);
        QVERIFY2(error.message().contains(refusal), qPrintable(error.message()));
        QVERIFY2(
            !error.message().trimmed().contains(QLatin1Char('\n')), qPrintable(error.message()));
        return;
    }
    QVERIFY2(db, qPrintable(text(error)));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    const auto file = Database::open(m_file, &error, Database::Access::ReadOnly);
    QVERIFY2(file, qPrintable(text(error)));
    QCOMPARE(Queries(*db).leaderboard().size(), Queries(*file).leaderboard().size());
}

QTEST_GUILESS_MAIN(TestServerOpen)
#include "tst_serveropen.moc"
