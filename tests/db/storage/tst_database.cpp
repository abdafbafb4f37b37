#include "database.h"
#include "markingtranslator.h"
#include "queries.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;
using Kind = DatabaseError::Kind;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void messageInTheInterfaceLanguage();
    void opensGoodFile();
    void createsDefaultOnFirstRun();
    void inMemoryHasEmbeddedDataset();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesExistingTargetOnCreate();
    void hardensEveryConnection();
    void migratesOlderSchemaAfterBackup();
    void readOnlyOlderFileIsReadUpgraded();
    void migrationGivesShippedFiguresTheirQualifier();
    void migrationPutsEveryRowInItsSourcesEdition();
    void migrationMovesTrendsAndMarksInferredFields();
    void readOnlyFileOpensReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// A file as an older build wrote it: the schema scripts up to \a version, then \a rows
// (which also stamp the version). Empty when it could not be written.
QString writeOldFile(const QDir &dir, int version, const QByteArray &rows)
{
    const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
    sqlite3 *raw = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &raw) != SQLITE_OK)
        return {};
    const QStringList scripts = QDir(QStringLiteral(":/db/schema")).entryList({"*.sql"});
    for (const QString &name : scripts.first(version)) {
        QFile script(QStringLiteral(":/db/schema/") + name);
        if (!script.open(QIODevice::ReadOnly)
            || sqlite3_exec(raw, script.readAll().constData(), nullptr, nullptr, nullptr)
                != SQLITE_OK) {
            sqlite3_close(raw);
            return {};
        }
    }
    const QByteArray stamp = rows
        + "PRAGMA application_id = " + QByteArray::number(Database::ApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(version) + ';';
    const bool ok = sqlite3_exec(raw, stamp.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(raw);
    return ok ? path : QString();
}

} // namespace

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::opensGoodFile()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db->isReadOnly());
    QCOMPARE(Queries(*db).leaderboard().size(), 11);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void TestDatabase::createsDefaultOnFirstRun()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->path()));
    const QString path = Database::defaultPath();
    QVERIFY(path.startsWith(m_dir->path()));
    QVERIFY(!QFileInfo::exists(path));
    {
        DatabaseError error;
        auto db = Database::openDefault(&error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(Queries(*db).leaderboard().size(), 11);
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    // The second run opens the same file instead of recreating it.
    const QDateTime created = QFileInfo(path).birthTime();
    DatabaseError error;
    auto again = Database::openDefault(&error);
    QVERIFY(again);
    QCOMPARE(QFileInfo(path).birthTime(), created);
}

void TestDatabase::inMemoryHasEmbeddedDataset()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    const LeaderboardRows rows = Queries(*db).leaderboard();
    QCOMPARE(rows.size(), 11);
    QCOMPARE(rows.first().model, QStringLiteral("GPT4-Turbo-0125"));
    QCOMPARE(rows.first().rank, 1);
    QCOMPARE(rows.first().provenance.status, QStringLiteral("stated"));
    QVERIFY(rows.first().provenance.section.contains(QStringLiteral("SuperClue")));
}

namespace {

// Builds each bad file in `dir`; returns its path.
QString makeBadFile(const QString &kind, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("missing"))
        return dir.filePath(QStringLiteral("no-such-file.sqlite"));
    if (kind == QLatin1String("directory")) {
        QDir(dir.path()).mkdir(QStringLiteral("folder.sqlite"));
        return dir.filePath(QStringLiteral("folder.sqlite"));
    }
    if (kind == QLatin1String("empty")) {
        TestUtil::writeFile(path, {});
        return path;
    }
    if (kind == QLatin1String("text")) {
        TestUtil::writeFile(
            path, "model,score\nGLM-4,72.58\nThis is a CSV file, not a database.\n");
        return path;
    }
    if (kind == QLatin1String("foreign")) {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db,
            "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
            "INSERT INTO notes(body) VALUES ('someone else''s data');",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return path;
    }
    const QString good = TestUtil::makeDatasetFile(dir, QStringLiteral("good.sqlite"));
    if (kind == QLatin1String("newer")) {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(good).constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 999;", nullptr, nullptr,
            nullptr);
        sqlite3_close(db);
        return good;
    }
    if (kind == QLatin1String("truncated")) {
        QFile in(good);
        in.open(QIODevice::ReadOnly);
        const QByteArray bytes = in.readAll();
        TestUtil::writeFile(path, bytes.left(bytes.size() / 3));
        return path;
    }
    qFatal("unknown bad-file kind");
}

} // namespace

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing path") << "missing" << int(Kind::NotFound) << "does not exist";
    QTest::newRow("directory") << "directory" << int(Kind::NotAFile) << "folder";
    QTest::newRow("0 bytes") << "empty" << int(Kind::NotSqlite) << "empty (0 bytes)";
    QTest::newRow("text renamed .sqlite")
        << "text" << int(Kind::NotSqlite) << "not an SQLite database";
    QTest::newRow("foreign SQLite") << "foreign" << int(Kind::Foreign) << "another application";
    QTest::newRow("newer schema") << "newer" << int(Kind::Newer) << "newer TrendScope";
    QTest::newRow("truncated copy") << "truncated" << int(Kind::Damaged) << "damaged";
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedKind);
    QFETCH(QString, reason);
    const QString path = makeBadFile(kind, *m_dir);
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = TestUtil::fileDigest(path);
    const QDir folder(m_dir->path());
    const QStringList filesBefore = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(int(error.kind), expectedKind);
    QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QDir::toNativeSeparators(path)), qPrintable(error.message()));
    QVERIFY(!error.message().contains(QLatin1Char('\n')));

    // Left exactly as it was: not created, not changed, nothing new beside it.
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(TestUtil::fileDigest(path), before);
    QCOMPARE(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    QCOMPARE(Database::validateFile(path).has_value(), true);
}

void TestDatabase::refusesExistingTargetOnCreate()
{
    const QString path = m_dir->filePath(QStringLiteral("exists.sqlite"));
    TestUtil::writeFile(path, "keep me");
    DatabaseError error;
    QVERIFY(!Database::createFromEmbedded(path, &error));
    QVERIFY(error.message().contains(QStringLiteral("exists already")));
    // In the interface's language: the reason goes through translation.
    MarkingTranslator marking("TrendScope::DatabaseError");
    QCoreApplication::installTranslator(&marking);
    DatabaseError translated;
    QVERIFY(!Database::createFromEmbedded(path, &translated));
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(translated.reason, QStringLiteral("[a file of that name exists already]"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDatabase::hardensEveryConnection()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    std::vector<std::unique_ptr<Database>> databases;
    DatabaseError error;
    databases.push_back(Database::open(path, &error));
    databases.push_back(Database::open(path, &error, Database::Access::ReadOnly));
    databases.push_back(Database::createInMemory(&error));
    for (const auto &db : databases) {
        QVERIFY(db);
        sqlite3 *h = db->handle();
        int defensive = -1, trusted = -1, extensions = -1;
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &extensions);
        QCOMPARE(defensive, 1);
        QCOMPARE(trusted, 0);
        QCOMPARE(extensions, 0);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT load_extension('libm.so.6')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Defensive mode: the schema cannot be written behind SQLite's back.
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'source'")));
    }
}

void TestDatabase::migratesOlderSchemaAfterBackup()
{
    if (Database::latestSchemaVersion() < 2)
        QSKIP("only one schema version exists so far");
    // A file as version 1 wrote it: the first migration only.
    const QString path = writeOldFile(m_dir->path(), 1, QByteArray());
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestUtil::fileDigest(path);

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    const QString backup = db->migrationBackupPath();
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(TestUtil::fileDigest(backup).isEmpty(), false);
    QCOMPARE(before.isEmpty(), false);
}

// A read-only file of an older schema (opened read-only, or on read-only media) is read
// through a private copy brought up to date: it opens, reads as the current schema on every
// connection, and the file is not touched.
void TestDatabase::readOnlyOlderFileIsReadUpgraded()
{
    if (Database::latestSchemaVersion() < 5)
        QSKIP("editions came with schema 5");
    const QString path = writeOldFile(m_dir->path(), 4,
        "INSERT INTO source (id, code, title, publisher, published, file) VALUES"
        " (1, 'infoq-2023', 't1', 'p1', '2024', 'f1');"
        "INSERT INTO policy (id, title, source_id, section) VALUES (1, 'p', 1, 'x');");
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestUtil::fileDigest(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(error.message()));
    QVERIFY(db->isReadOnly());
    QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    // Schema 5's editions, on this connection and on a worker's.
    const QString policyEdition = QStringLiteral("SELECT edition_id FROM policy WHERE id = 1");
    QSqlQuery q(db->connection());
    QVERIFY2(q.exec(policyEdition) && q.next(), qPrintable(q.lastError().text()));
    QVERIFY(!q.value(0).isNull());
    const auto reader = db->openAnotherReader(&error);
    QVERIFY2(reader, qPrintable(error.message()));
    QSqlQuery r(reader->connection());
    QVERIFY2(r.exec(policyEdition) && r.next(), qPrintable(r.lastError().text()));
    QCOMPARE(r.value(0), q.value(0));
    // Nothing written to it.
    QVERIFY(!q.exec(QStringLiteral("UPDATE policy SET title = 'x'")));
    q.finish();
    r.finish();
    reader->connection().close();
    db.reset();
    QCOMPARE(TestUtil::fileDigest(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

// A version 3 file holds the shipped key figures with the qualifier only in the note. Schema
// 4 gives the rows still as shipped the report's qualifier; a row an editor changed keeps
// "exact" (the checker then looks at its words).
void TestDatabase::migrationGivesShippedFiguresTheirQualifier()
{
    const QString path = writeOldFile(m_dir->path(), 3,
        "INSERT INTO source (id, code, title, publisher, file)"
        " VALUES (2, 'b', 'blue book', 'p', 'f');"
        "INSERT INTO key_figure (id, family, subject, metric, value, unit,"
        " source_id, section, quote) VALUES"
        " (5, 'funding', 's', 'm', 18000000000.0, 'yuan', 2, 'x',"
        "  '该5家公司总融资额约180亿元人民币'),"
        " (6, 'funding', 's', 'm', 21, 'count', 2, 'x',"
        "  '商汤投资超过20家大模型和AIGC相关公司');");
    QVERIFY(!path.isEmpty());

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    QVERIFY(db->schemaVersion() >= 4);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, qualifier FROM v_key_figures ORDER BY id")));
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString() + u' ' + q.value(1).toString());
    // Row 6 was edited (21, not the shipped 20): not touched.
    QCOMPARE(found, (QStringList {"5 approximately", "6 exact"}));
}

// A version 4 file has no editions. Schema 5 makes one edition per source (the shipped
// sources get the shipped editions, word for word) and puts every fact row in its source's.
void TestDatabase::migrationPutsEveryRowInItsSourcesEdition()
{
    const QString path = writeOldFile(m_dir->path(), 4,
        "INSERT INTO source (id, code, title, publisher, published, file) VALUES"
        " (1, 'infoq-2023', 't1', 'p1', '2024', 'f1'),"
        " (2, 'bluebook-2024', 't2', 'p2', '2024', 'f2'),"
        " (7, 'own-notes', 'Notes', 'me', NULL, 'f7');"
        "INSERT INTO key_figure (id, family, subject, metric, value, unit,"
        " source_id, section) VALUES (1, 'f', 's', 'm', 1, 'count', 2, 'x'),"
        " (2, 'f', 's', 'n', 2, 'count', 7, 'x');"
        "INSERT INTO policy (id, title, source_id, section) VALUES"
        " (1, 'p', 1, 'x');");
    QVERIFY(!path.isEmpty());

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    auto fresh = Database::createInMemory(&error);
    QVERIFY(fresh);
    const auto editions = [](const Database &database, const QString &where) {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT * FROM edition ") + where + QStringLiteral(" ORDER BY id"));
        QStringList list;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            list.append(values.join(u'|'));
        }
        return list;
    };
    QCOMPARE(editions(*db, QStringLiteral("WHERE id IN (1, 2)")), editions(*fresh, QString()));
    QCOMPARE(editions(*db, QStringLiteral("WHERE id = 7")),
        QStringList {QStringLiteral("7|7|own-notes|Notes|me|NULL|NULL|NULL|NULL|NULL")});
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT 'k' || id, edition_id FROM key_figure UNION ALL "
                                  "SELECT 'p' || id, edition_id FROM policy ORDER BY 1")));
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString() + u' ' + q.value(1).toString());
    QCOMPARE(found, (QStringList {"k1 2", "k2 7", "p1 1"}));
}

// A version 5 file keeps the blue book's trends as events and its shipped rows without the
// report's words. Schema 6 moves the trends to their table and marks what was inferred on
// the rows still as shipped; an edited row and an event of another category stay as they are.
void TestDatabase::migrationMovesTrendsAndMarksInferredFields()
{
    const QString path = writeOldFile(m_dir->path(), 5,
        "INSERT INTO source (id, code, title, publisher, published, file) VALUES"
        " (1, 'infoq-2023', 't1', 'p1', '2024', 'f1'), (2, 'bluebook-2024', 't2', 'p2', '2024',"
        " 'f2');"
        "INSERT INTO edition (id, source_id, label) VALUES (1, 1, 'a'), (2, 2, 'b');"
        "INSERT INTO event (id, date, title, category, summary, source_id, edition_id, section,"
        " quote) VALUES (1, '2024', '趋势三:算力', 'trend', '智能算力爆发式增长', 2, 2, '概述',"
        " '3.智能算力爆发式增长'), (2, '2020', 'MaaS', 'cloud', NULL, 1, 1, 's',"
        " '云厂商在2020年之后，便陆续开始以机器学习平台的形式，加大云计算资源与AI的联系'),"
        " (3, '2021', 'MaaS', 'cloud', NULL, 1, 1, 's', '云厂商在2020年之后，便陆续开始以"
        "机器学习平台的形式，加大云计算资源与AI的联系');");
    QVERIFY(!path.isEmpty());

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT number, title, words, edition_id FROM trend")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toString(), QStringLiteral("趋势三:算力"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("智能算力爆发式增长"));
    QCOMPARE(q.value(3).toInt(), 2);
    QVERIFY(!q.next());
    QVERIFY(q.exec(
        QStringLiteral("SELECT id || ' ' || COALESCE(as_written, '-') FROM event ORDER BY id")));
    QStringList events;
    while (q.next())
        events.append(q.value(0).toString());
    QCOMPARE(events, (QStringList {"2 2020年之后", "3 -"}));
    QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(published, 'NULL') FROM source ORDER BY id")));
    QStringList published;
    while (q.next())
        published.append(q.value(0).toString());
    QCOMPARE(published, (QStringList {"NULL", "2024"}));
}

void TestDatabase::readOnlyFileOpensReadOnly()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    const QByteArray before = TestUtil::fileDigest(path);
    {
        DatabaseError error;
        auto db = Database::open(path, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        QVERIFY(db->isReadOnly());
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM leaderboard_entry")));
        QCOMPARE(Queries(*db).leaderboard().size(), 11);
    }
    QCOMPARE(TestUtil::fileDigest(path), before);
}

void TestDatabase::messageInTheInterfaceLanguage()
{
    MarkingTranslator translator("TrendScope::DatabaseError");
    QCoreApplication::installTranslator(&translator);
    const auto error = Database::validateFile(QStringLiteral("/nonexistent/x.sqlite"));
    const QString message = error ? error->message() : QString();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::NotFound);
    // The sentence and the reason in it both come from the translation.
    QCOMPARE(message,
        QStringLiteral("[Cannot open %1: %2]")
            .replace(QLatin1String("%1"),
                QDir::toNativeSeparators(QStringLiteral("/nonexistent/x.sqlite")))
            .replace(QLatin1String("%2"), QLatin1String("[the file does not exist]")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
