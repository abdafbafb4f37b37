#include "testutil.h"

#include <QDir>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

// packaging/'s shared-mime-info XML, compiled with the system's by update-mime-database into
// a private data folder, types a TrendScope dataset by its header and application id, and leaves
// every other SQLite file (and a near miss) to the generic SQLite type.
class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typesFiles_data();
    void typesFiles();

private:
    QString sqliteFile(const QString &name, const char *sql);

    QTemporaryDir m_dir;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (update.isEmpty() || !QFile::exists(system))
        QFAIL("shared-mime-info is missing: scripts/dev setup installs it");
    // One database of the system's types and ours, as installing the package makes it: Qt
    // 6.4 lets the last of several databases win a magic match whatever the priorities.
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(system, mime + QStringLiteral("/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(
        QStringLiteral(TRENDSCOPE_MIME_XML), mime + QStringLiteral("/packages/trendscope.xml")));
    QProcess process;
    process.start(update, {mime});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // Before the first QMimeDatabase, which reads them once.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
}

QString TestMimeType::sqliteFile(const QString &name, const char *sql)
{
    const QString path = m_dir.filePath(name);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("cannot write %s", qPrintable(path));
    sqlite3_close(db);
    return path;
}

void TestMimeType::typesFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");

    QTest::newRow("dataset") << TestUtil::makeDatasetFile(m_dir, QStringLiteral("data.sqlite"))
                             << "application/x-trendscope-dataset";
    QTest::newRow("dataset without extension") << TestUtil::makeDatasetFile(
        m_dir, QStringLiteral("trends")) << "application/x-trendscope-dataset";
    QTest::newRow("plain sqlite") << sqliteFile(QStringLiteral("plain.sqlite"), "CREATE TABLE t(x)")
                                  << "application/vnd.sqlite3";
    QTest::newRow("another application id") << sqliteFile(
        QStringLiteral("other.sqlite"), "PRAGMA application_id = 1; CREATE TABLE t(x)")
                                            << "application/vnd.sqlite3";
    // The id's bytes little-endian: the match is big-endian, as SQLite stores it.
    QTest::newRow("id byte-swapped") << sqliteFile(
        QStringLiteral("swapped.sqlite"), "PRAGMA application_id = 0x646e5254; CREATE TABLE t(x)")
                                     << "application/vnd.sqlite3";
    QByteArray notSqlite(100, '\0');
    notSqlite.replace(68, 4, QByteArray("TRnd"));
    TestUtil::writeFile(m_dir.filePath(QStringLiteral("id-only.sqlite")), notSqlite);
    QTest::newRow("id without the SQLite header")
        << m_dir.filePath(QStringLiteral("id-only.sqlite")) << "application/octet-stream";
}

void TestMimeType::typesFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    const QMimeType found = QMimeDatabase().mimeTypeForFile(path);
    QCOMPARE(found.name(), type);
    if (type == QStringLiteral("application/x-trendscope-dataset")) {
        QVERIFY(found.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(found.comment(), QStringLiteral("TrendScope dataset"));
    }
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
