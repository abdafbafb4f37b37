// Dataset files TrendScope did not write, or cannot use as it would like: each gets a message
// that names the file and the problem, the file is left byte-for-byte as it was, and what can
// be opened opens (read-only where it must). The simpler cases (missing, folder, 0 bytes, text,
// another application's database, newer schema, truncated) are in tst_database.

#include "database.h"
#include "queries.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <cstring>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TrendScope;
using Kind = DatabaseError::Kind;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// A raw SQLite connection beside TrendScope's own: plays "another program".
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        m_rc = sqlite3_open_v2(
            QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    // Returns SQLite's message, or an empty string when the script ran.
    QString exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return text.isEmpty() ? QStringLiteral("error") : text;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

QString schemaOf(const Database &db)
{
    QSqlQuery q(db.connection());
    QString text;
    if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name")))
        while (q.next())
            text += q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + u'\n';
    return text;
}

// Every file in `folder` with its SHA-256: what "nothing beside it changed" compares.
QStringList digests(const QString &folder)
{
    QStringList list;
    for (const QString &name : listing(folder))
        list.append(name + u' '
            + QString::fromLatin1(TestUtil::fileDigest(QDir(folder).filePath(name)).toHex()));
    return list;
}

ino_t inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// A minimal valid 1x1 PNG.
const QByteArray pngBytes = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4e10000000049454e44ae426082");

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bitFlips_data();
    void bitFlips();
    void pngRenamed();
    void readOnlyFile();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void lockedByAnotherWriter_data();
    void lockedByAnotherWriter();
    void leftoverWalOfAnotherFile_data();
    void leftoverWalOfAnotherFile();
    void hostileSchemaCannotRunFunctions();
    void controlCharactersInFileName();
    void checkLeavesFilesAlone_data();
    void checkLeavesFilesAlone();
    void checkKeepsAnotherWritersCommit();

private:
    // Checks that `path` is refused with `kind` and a one-line message naming it, and that
    // neither the file nor its folder changed.
    void verifyRefused(const QString &path, const QList<Kind> &kinds, const QString &reason);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBadFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBadFiles::verifyRefused(
    const QString &path, const QList<Kind> &kinds, const QString &reason)
{
    const QByteArray before = readAll(path);
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList filesBefore = listing(folder);

    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(!db, "a bad file was opened");
    QVERIFY2(kinds.contains(error.kind), qPrintable(error.message()));
    QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QDir::toNativeSeparators(path)), qPrintable(error.message()));
    QVERIFY(!error.message().contains(u'\n'));
    QVERIFY2(error.message().size() < 600, qPrintable(error.message()));
    QCOMPARE(readAll(path), before);
    QCOMPARE(listing(folder), filesBefore);
}

void TestBadFiles::bitFlips_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("region"); // 0 header page, 1 anywhere, 2 last page
    QTest::addColumn<int>("flips");
    // Seeded: the same offsets on every run, so a failure can be reproduced.
    for (quint32 seed = 1; seed <= 4; ++seed)
        QTest::addRow("header page, seed %u", seed) << seed << 0 << 1;
    for (quint32 seed = 11; seed <= 18; ++seed)
        QTest::addRow("middle, seed %u", seed) << seed << 1 << 1;
    for (quint32 seed = 21; seed <= 24; ++seed)
        QTest::addRow("8 bits in the middle, seed %u", seed) << seed << 1 << 8;
    for (quint32 seed = 31; seed <= 33; ++seed)
        QTest::addRow("last page, seed %u", seed) << seed << 2 << 1;
}

void TestBadFiles::bitFlips()
{
    QFETCH(quint32, seed);
    QFETCH(int, region);
    QFETCH(int, flips);
    const QString good = TestUtil::makeDatasetFile(*m_dir, QStringLiteral("good.sqlite"));
    QByteArray bytes = readAll(good);
    QVERIFY(bytes.size() > 8192);
    QRandomGenerator rng(seed);
    const int pageSize = 4096;
    int from = 0, to = int(bytes.size());
    if (region == 0)
        to = 100; // the database header
    else if (region == 2)
        from = int(bytes.size()) - pageSize;
    const int offset = from + int(rng.bounded(to - from));
    for (int i = 0; i < flips; ++i) {
        const int at = std::min(int(bytes.size()) - 1, offset + int(rng.bounded(16)));
        bytes[at] = char(bytes.at(at) ^ (1 << rng.bounded(8)));
    }
    const QString path = m_dir->filePath(QStringLiteral("flipped.sqlite"));
    TestUtil::writeFile(path, bytes);
    QFile::remove(good);

    const auto problem = Database::validateFile(path);
    if (problem) {
        // A flip in the schema's own text (a view's SQL) is refused as drift.
        verifyRefused(path,
            {Kind::NotSqlite, Kind::Foreign, Kind::Newer, Kind::Damaged, Kind::Drifted},
            QStringLiteral("Cannot open"));
        qInfo("offset %d: refused: %s", offset, qPrintable(problem->message()));
        return;
    }
    // Sound to SQLite (the flip hit a value, not the structure): it opens, every table reads,
    // and reading changes nothing.
    {
        DatabaseError error;
        auto db = Database::open(path, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        const Queries queries(*db);
        queries.leaderboard();
        const QStringList names = queries.exportableNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QString tableError;
            queries.table(name, &tableError);
        }
    }
    qInfo("offset %d: accepted", offset);
    QCOMPARE(readAll(path), bytes);
}

void TestBadFiles::pngRenamed()
{
    const QString path = m_dir->filePath(QStringLiteral("chart.sqlite"));
    TestUtil::writeFile(path, pngBytes);
    verifyRefused(
        path, {Kind::NotSqlite}, QStringLiteral("not an SQLite database (wrong file header)"));
}

void TestBadFiles::readOnlyFile()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readAll(path);
    {
        DatabaseError error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message()));
        // Root may write any file: only an ordinary user gets the read-only fallback.
        if (geteuid() != 0)
            QVERIFY(db->isReadOnly());
        QCOMPARE(Queries(*db).leaderboard().size(), 11);
    }
    {
        // Asked for read-only, it is read-only for everyone, root included.
        DatabaseError error;
        auto db = Database::open(path, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        QVERIFY(db->isReadOnly());
        const QString schema = schemaOf(*db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM leaderboard_entry")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("readonly")));
        QVERIFY(!q.exec(QStringLiteral("DROP TABLE change_log")));
        QCOMPARE(schemaOf(*db), schema);
        QCOMPARE(Queries(*db).leaderboard().size(), 11);
    }
    QCOMPARE(readAll(path), before);
}

void TestBadFiles::readOnlyFolder_data()
{
    QTest::addColumn<bool>("unsavedJournal");
    QTest::newRow("complete file") << false;
    QTest::newRow("journal with unsaved changes") << true;
}

// A WAL-mode file in a folder nobody may write: SQLite cannot create its -shm index there.
// Permissions do not bind root, so as root the check runs the command line as user nobody.
void TestBadFiles::readOnlyFolder()
{
    QFETCH(bool, unsavedJournal);
    const QString source = TestUtil::makeDatasetFile(*m_dir, QStringLiteral("source.sqlite"));
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/data.sqlite");
    if (unsavedJournal) {
        // A program stopped before saving its journal into the file: copy both while it runs.
        RawConnection writer(source);
        QVERIFY(writer.isOpen());
        QCOMPARE(writer.exec("PRAGMA wal_autocheckpoint = 0;"
                             "UPDATE model SET name = name || ' (edited)' WHERE id = 1;"),
            QString());
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    } else {
        QVERIFY(QFile::copy(source, path));
    }
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions listable
        = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), listable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, listable));
    const QByteArray before = readAll(path);
    const QStringList filesBefore = listing(folder);

    int exitCode = -1;
    QString out, err;
    if (geteuid() != 0) {
        DatabaseError error;
        auto db = Database::open(path, &error);
        exitCode = db ? 0 : error.exitCode();
        if (db) {
            QVERIFY(db->isReadOnly());
            out = QString::number(Queries(*db).leaderboard().size());
        } else {
            err = error.message();
        }
    } else {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: cannot test a read-only folder");
        QProcess process;
        process.setProgram(setpriv);
        process.setArguments({QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral(TRENDSCOPE_BINARY),
            QStringLiteral("export-data"), QStringLiteral("v_leaderboard"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), path});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        process.setProcessEnvironment(env);
        process.start();
        QVERIFY(process.waitForFinished(60000));
        exitCode = process.exitCode();
        out = QString::number(
            QString::fromUtf8(process.readAllStandardOutput()).count(QStringLiteral("\r\n")) - 1);
        err = QString::fromUtf8(process.readAllStandardError());
        if (exitCode != 0 && err.contains(QStringLiteral("Permission denied"))
            && !err.contains(path))
            QSKIP("user nobody cannot run the test binary here");
    }
    if (unsavedJournal) {
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(QStringLiteral("data.sqlite-wal holds changes not yet written")),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("read-only folder")), qPrintable(err));
    } else {
        QVERIFY2(exitCode == 0, qPrintable(err));
        QCOMPARE(out, QStringLiteral("11"));
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(listing(folder), filesBefore);
    QVERIFY(QFile::setPermissions(folder, listable | QFile::WriteOwner));
}

void TestBadFiles::lockedByAnotherWriter_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QByteArray>("lock");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("readOnly");
    // Rollback journal: an exclusive lock keeps readers out; a reserved one lets them read.
    QTest::newRow("journal, BEGIN EXCLUSIVE")
        << QByteArray("PRAGMA journal_mode = DELETE;")
        << QByteArray("BEGIN EXCLUSIVE; UPDATE model SET name = name;") << false << false;
    QTest::newRow("journal, BEGIN IMMEDIATE")
        << QByteArray("PRAGMA journal_mode = DELETE;")
        << QByteArray("BEGIN IMMEDIATE; UPDATE model SET name = name;") << true << true;
    // WAL: readers never wait for a writer.
    QTest::newRow("WAL, BEGIN EXCLUSIVE")
        << QByteArray() << QByteArray("BEGIN EXCLUSIVE; UPDATE model SET name = name;") << true
        << false;
    // Such a writer keeps no -shm: a read creates none either and reads the file as last
    // committed (immutable), so it opens read-only instead of waiting for the lock.
    QTest::newRow("WAL, exclusive locking mode")
        << QByteArray()
        << QByteArray(
               "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE model SET name = name;")
        << true << true;
}

void TestBadFiles::lockedByAnotherWriter()
{
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, lock);
    QFETCH(bool, opens);
    QFETCH(bool, readOnly);
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    if (!setup.isEmpty()) {
        RawConnection c(path);
        QCOMPARE(c.exec(setup.constData()), QString());
    }
    const QByteArray before = readAll(path);
    RawConnection writer(path);
    QVERIFY(writer.isOpen());
    QCOMPARE(writer.exec(lock.constData()), QString());

    QElapsedTimer timer;
    timer.start();
    DatabaseError error;
    auto db = Database::open(path, &error);
    // Bounded by the busy timeout (1500 ms per waiting statement), never a hang.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    if (opens) {
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->isReadOnly(), readOnly);
        QCOMPARE(Queries(*db).leaderboard().size(), 11);
        db.reset();
    } else {
        QVERIFY(!db);
        QCOMPARE(error.kind, Kind::Locked);
        QVERIFY2(error.message().contains(QStringLiteral("another program is writing to it")),
            qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QDir::toNativeSeparators(path)));
    }
    QCOMPARE(readAll(path), before);
    // The other program's transaction was not disturbed.
    QCOMPARE(writer.exec("COMMIT;"), QString());
}

void TestBadFiles::leftoverWalOfAnotherFile_data()
{
    QTest::addColumn<QString>("other");
    QTest::newRow("another application's journal") << "foreign";
    QTest::newRow("another TrendScope dataset's journal") << "diverged";
    QTest::newRow("the journal of a copy of this file") << "copy";
}

// A -wal beside a file is read into it: SQLite cannot tell whose it is. When it makes the
// file unreadable, TrendScope names the journal and leaves both alone; a journal of a copy
// of the very same file is a valid continuation of it and reads as a consistent dataset.
void TestBadFiles::leftoverWalOfAnotherFile()
{
    QFETCH(QString, other);
    const QString ours = TestUtil::makeDatasetFile(*m_dir);
    const QString otherPath = m_dir->filePath(QStringLiteral("other.sqlite"));
    if (other == QLatin1String("foreign")) {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(otherPath).constData(), &h), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(h,
                "PRAGMA journal_mode = WAL; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(h);
    } else if (other == QLatin1String("copy")) {
        QVERIFY(QFile::copy(ours, otherPath));
    } else {
        TestUtil::makeDatasetFile(*m_dir, QStringLiteral("other.sqlite"));
        // Its own history, saved into the file: its pages no longer line up with ours.
        RawConnection c(otherPath);
        QCOMPARE(
            c.exec("CREATE TABLE filler(id INTEGER PRIMARY KEY, body TEXT);"
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                   "  INSERT INTO filler(body) SELECT hex(randomblob(60)) FROM n;"
                   "DELETE FROM leaderboard_entry WHERE id % 3 = 0;"
                   "PRAGMA wal_checkpoint(TRUNCATE);"),
            QString());
    }
    {
        RawConnection c(otherPath);
        QVERIFY(c.isOpen());
        // Changes kept in the other file's journal.
        QCOMPARE(c.exec("PRAGMA wal_autocheckpoint = 0;"), QString());
        // A copy's journal changes data only: a table added in it would make the result a
        // drifted schema, refused like any other.
        if (other != QLatin1String("copy"))
            QCOMPARE(
                c.exec(
                    "CREATE TABLE IF NOT EXISTS filler(id INTEGER PRIMARY KEY, body TEXT);"
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                    "  INSERT INTO filler(body) SELECT hex(randomblob(40)) FROM n;"),
                QString());
        if (other != QLatin1String("foreign"))
            QCOMPARE(c.exec("DELETE FROM leaderboard_entry WHERE id % 2 = 0;"
                            "UPDATE model SET name = 'not ours ' || id;"),
                QString());
        QVERIFY(QFileInfo(otherPath + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(otherPath + QStringLiteral("-wal"), ours + QStringLiteral("-wal")));
    }
    const QString wal = ours + QStringLiteral("-wal");
    const QByteArray walBefore = readAll(wal);
    const QByteArray before = readAll(ours);

    const auto problem = Database::validateFile(ours);
    if (other == QLatin1String("copy")) {
        // The copy's changes apply cleanly: a consistent dataset, the copy's edits included.
        QVERIFY2(!problem, problem ? qPrintable(problem->message()) : "");
        DatabaseError error;
        auto db = Database::open(ours, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        const LeaderboardRows rows = Queries(*db).leaderboard();
        QVERIFY(!rows.isEmpty());
        for (const LeaderboardRow &r : rows)
            QVERIFY(r.model.startsWith(QStringLiteral("not ours")));
        db.reset();
        QCOMPARE(readAll(ours), before);
        QCOMPARE(readAll(wal), walBefore);
        return;
    }
    if (other == QLatin1String("diverged") && !problem) {
        // Another TrendScope file grown from the same embedded dataset can line up page for
        // page with ours; SQLite then reads its journal as ours, and the result is a sound
        // (if foreign) dataset. Whether the pages line up depends on the dataset's size, so
        // either outcome is allowed here: sound and untouched, or refused by name below.
        DatabaseError error;
        auto db = Database::open(ours, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        db.reset();
        QCOMPARE(readAll(ours), before);
        QCOMPARE(readAll(wal), walBefore);
        return;
    }
    QVERIFY2(problem, "a journal of another file was read into ours");
    // The clear refusal: it names the journal and says the file itself is intact.
    verifyRefused(ours, {Kind::Damaged},
        QStringLiteral("the journal data.sqlite-wal beside it does not belong to it"));
    QVERIFY2(problem->message().contains(QStringLiteral("the file itself is intact")),
        qPrintable(problem->message()));
    QCOMPARE(readAll(wal), walBefore);
    // Moved away, the file opens with its own data.
    QVERIFY(QFile::rename(wal, wal + QStringLiteral(".moved")));
    QStringList ourModels;
    {
        DatabaseError error;
        auto db = Database::createInMemory(&error);
        QVERIFY(db);
        for (const LeaderboardRow &r : Queries(*db).leaderboard())
            ourModels.append(r.model);
    }
    DatabaseError error;
    auto db = Database::open(ours, &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(error.message()));
    QStringList models;
    for (const LeaderboardRow &r : Queries(*db).leaderboard())
        models.append(r.model);
    QCOMPARE(models, ourModels);
    db.reset();
    QCOMPARE(readAll(ours), before);
}

// A file whose schema calls functions from a view and a trigger is refused as drifted; opened
// anyway, trusted_schema=OFF keeps SQLite from running them from the schema.
void TestBadFiles::hostileSchemaCannotRunFunctions()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    {
        RawConnection c(path);
        QCOMPARE(
            c.exec("ALTER TABLE model RENAME TO model_data;"
                   "CREATE VIEW model AS SELECT *, side_effect() AS x FROM model_data;"
                   "CREATE VIEW v_evil AS SELECT load_extension('libm.so.6') AS x;"
                   "CREATE TRIGGER evil AFTER UPDATE ON source BEGIN SELECT side_effect(); END;"),
            QString());
    }
    // Its schema is not the one its version promises: refused by name.
    const auto problem = Database::validateFile(path);
    QVERIFY2(problem, "the hostile schema passed");
    QCOMPARE(problem->kind, Kind::Drifted);
    QVERIFY2(problem->reason.contains(QStringLiteral("\"model\" is a view, not a table")),
        qPrintable(problem->reason));
    // Defence in depth: opened without that check, it still cannot run anything.
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadWrite, Database::Validation::Done);
    QVERIFY2(db, qPrintable(error.message()));
    // An application function with a side effect, as a plugin might register one.
    static int calls = 0;
    calls = 0;
    const auto sideEffect = [](sqlite3_context *context, int, sqlite3_value **) {
        ++calls;
        sqlite3_result_int(context, calls);
    };
    QCOMPARE(sqlite3_create_function(db->handle(), "side_effect", 0, SQLITE_UTF8, nullptr,
                 sideEffect, nullptr, nullptr),
        SQLITE_OK);
    const QString schema = schemaOf(*db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT side_effect()"))); // called directly, it works
    QCOMPARE(calls, 1);

    QString queryError;
    QVERIFY(Queries(*db).leaderboard(&queryError).isEmpty());
    QVERIFY2(
        queryError.contains(QStringLiteral("unsafe use of side_effect()")), qPrintable(queryError));
    // An added view is never exported; selected directly, it cannot load anything.
    QVERIFY(!Queries(*db).table(QStringLiteral("v_evil"), &queryError));
    QCOMPARE(queryError, QStringLiteral("no table or view named \"v_evil\""));
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM v_evil")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("load_extension")),
        qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE source SET title = title")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("unsafe use of side_effect()")),
        qPrintable(q.lastError().text()));
    QCOMPARE(calls, 1);
    QCOMPARE(schemaOf(*db), schema);
}

// A file name with a newline and a terminal escape still gives one printable line.
void TestBadFiles::controlCharactersInFileName()
{
    const QString path = m_dir->filePath(QStringLiteral("bad\nname\x1b[31m.sqlite"));
    TestUtil::writeFile(path, "not a database");
    DatabaseError error;
    QVERIFY(!Database::open(path, &error));
    QCOMPARE(error.kind, Kind::NotSqlite);
    QVERIFY2(!error.message().contains(u'\n'), qPrintable(error.message()));
    QVERIFY(!error.message().contains(QChar(0x1b)));
    QVERIFY2(error.message().contains(QStringLiteral("bad\\nname\\u001b[31m.sqlite")),
        qPrintable(error.message()));
}

void TestBadFiles::checkLeavesFilesAlone_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("ownCopy"); // check without --db: the user's own dataset
    QTest::newRow("rollback journal, own copy") << "rollback" << true;
    QTest::newRow("rollback journal, --db") << "rollback" << false;
    QTest::newRow("WAL, no journal beside it") << "wal" << false;
    QTest::newRow("WAL, unsaved -wal without -shm") << "unsaved" << false;
}

// `trendscope check` reads; it never switches a file to WAL, never creates or removes a
// journal beside it, and a journal with unsaved changes is read (from a private copy).
void TestBadFiles::checkLeavesFilesAlone()
{
    QFETCH(QString, state);
    QFETCH(bool, ownCopy);
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString folder = ownCopy ? home + QStringLiteral("/TrendScope/TrendScope")
                                   : m_dir->filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder
        + (ownCopy ? QStringLiteral("/trendscope.sqlite") : QStringLiteral("/data.sqlite"));
    {
        QTemporaryDir scratch;
        const QString source = TestUtil::makeDatasetFile(scratch);
        RawConnection c(source);
        QVERIFY(c.isOpen());
        if (state == QLatin1String("rollback")) {
            QCOMPARE(c.exec("PRAGMA journal_mode = DELETE;"), QString());
            QVERIFY(QFile::copy(source, path));
        } else if (state == QLatin1String("wal")) {
            QVERIFY(QFile::copy(source, path));
        } else {
            QCOMPARE(c.exec("PRAGMA wal_autocheckpoint = 0;"
                            "UPDATE model SET name = 'unsaved ' || name WHERE id = 1;"),
                QString());
            QVERIFY(QFile::copy(source, path));
            QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        }
    }
    const QByteArray header = readAll(path).left(20);
    QCOMPARE(int(header.at(18)), state == QLatin1String("rollback") ? 1 : 2);
    const QStringList before = digests(folder);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(env);
    QStringList arguments {QStringLiteral("check")};
    if (!ownCopy)
        arguments << QStringLiteral("--db") << path;
    process.start(QStringLiteral(TRENDSCOPE_BINARY), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(
                 QStringLiteral(": ok (schema version %1)").arg(Database::latestSchemaVersion())),
        qPrintable(out));
    QCOMPARE(out.count(u'\n'), 1);
    QCOMPARE(readAll(path).left(20), header);
    QCOMPARE(digests(folder), before);

    // The same through the API, as the window's background check runs it.
    QVERIFY(!Database::validateFile(path));
    {
        DatabaseError error;
        auto db = Database::open(path, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM model WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString().startsWith(QStringLiteral("unsaved ")),
            state == QLatin1String("unsaved"));
    }
    QCOMPARE(digests(folder), before);
}

// Another program opens the file while it is being checked: the journal it then uses must
// not be removed under it, or its next commit goes into an unlinked file and is lost. An
// auto-extension runs on every connection this process opens, so the other program can open
// the file deterministically in the middle of the check (at its quick_check).
void TestBadFiles::checkKeepsAnotherWritersCommit()
{
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    static RawConnection *writer = nullptr;
    static int opened = 0;
    RawConnection other(path);
    QVERIFY(other.isOpen());
    writer = &other;
    opened = 0;
    using Entry = void (*)();
    static const auto onStatement = [](unsigned, void *, void *statement, void *) -> int {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        // Opens the -wal and -shm it finds beside the file, or makes them.
        if (writer && sql && std::strstr(sql, "quick_check") && opened++ == 0)
            writer->exec("SELECT count(*) FROM model;");
        return 0;
    };
    static const auto install = [](sqlite3 *db, char **, const sqlite3_api_routines *) -> int {
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, +onStatement, nullptr);
        return SQLITE_OK;
    };
    const Entry entry = reinterpret_cast<Entry>(+install);
    QCOMPARE(sqlite3_auto_extension(entry), SQLITE_OK);
    const auto problem = Database::validateFile(path);
    sqlite3_cancel_auto_extension(entry);
    writer = nullptr;
    QVERIFY2(!problem, problem ? qPrintable(problem->message()) : "");
    QCOMPARE(opened, 1);
    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
        "the other program's journal was removed");
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    const ino_t walInode = inodeOf(path + QStringLiteral("-wal"));

    QCOMPARE(other.exec("UPDATE model SET name = 'committed by the other program' WHERE id = 1;"),
        QString());
    QCOMPARE(inodeOf(path + QStringLiteral("-wal")), walInode);
    // A third program sees the commit: it went into the journal that is still beside the file.
    {
        RawConnection third(path);
        QVERIFY(third.isOpen());
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(third.handle(), "SELECT name FROM model WHERE id = 1", -1,
                     &statement, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
            QStringLiteral("committed by the other program"));
        sqlite3_finalize(statement);
    }
    QVERIFY(listing(folder).contains(QStringLiteral("data.sqlite-wal")));
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
