// Nothing a path, a hostile file or a second process can do through the command line's
// outputs loses data or escapes: no verb writes onto the dataset or its journals, a batch
// checks every planned file before writing any, devices and pipes are streamed, file names
// made from data stay in their folder, and messages stay one honest line.
// Every refusal is checked to leave every file byte-for-byte as it was (docs/ROBUSTNESS.md).

#include "dataexport.h"
#include "queries.h"
#include "testutil.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace TrendScope;

namespace {

// Every entry under `root`, sorted: regular files by digest, links by target, the rest by kind.
QStringList snapshot(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QByteArray value;
        struct stat st
        {
        };
        ::lstat(QFile::encodeName(path).constData(), &st);
        if (S_ISLNK(st.st_mode))
            value = "link " + QFile::encodeName(info.symLinkTarget());
        else if (S_ISDIR(st.st_mode))
            value = "folder";
        else if (S_ISREG(st.st_mode))
            value = TestUtil::fileDigest(path).toHex();
        else
            value = "special " + QByteArray::number(quint64(st.st_mode));
        entries.append(QDir(root).relativeFilePath(path) + ": " + QString::fromUtf8(value));
    }
    entries.sort();
    return entries;
}

bool isCharacterDevice(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    return db;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning("%s: %s", sql, message);
    sqlite3_free(message);
    return ok;
}

QString scoreOfGlm4(const QString &path)
{
    sqlite3 *db = openRaw(path);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT e.score FROM leaderboard_entry e JOIN model m ON m.id = e.model_id"
        " WHERE m.name = 'GLM-4'",
        -1, &statement, nullptr);
    QString score;
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        score
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return score;
}

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesDatasetAsOutput_data();
    void refusesDatasetAsOutput();
    void refusesJournalHoldingCommittedEdit_data();
    void refusesJournalHoldingCommittedEdit();
    void batchChecksEveryOutputFirst_data();
    void batchChecksEveryOutputFirst();
    void streamsToDevicesPipesAndStdout();
    void fullDeviceIsAnError_data();
    void fullDeviceIsAnError();
    void fileNamesFromDataStayInFolder();
    void bidiInFileNameIsEscaped();
    void endOfOptionsRunsTheVerb();
    void strictYearAndFilter_data();
    void strictYearAndFilter();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QString &workingDirectory = {});
    // A reader of a WAL-mode file leaves an empty -wal and the -shm index beside it (the
    // database layer's business, not an output's): one read first, so that the snapshots
    // compare only what the command under test does.
    void readOnce(const QString &dataset);
    // The one line on stderr, checked to be one line.
    static QString errorLine(const Result &r);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_work; // files the tests make
    QString m_dataset;
};

void TestOutputSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_work = m_dir->filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(m_work));
    m_dataset = TestUtil::makeDatasetFile(*m_dir, QStringLiteral("work/data.sqlite"));
}

TestOutputSafety::Result TestOutputSafety::run(
    const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("home/config")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(TRENDSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        qWarning("trendscope did not finish");
        process.kill();
        process.waitForFinished();
    }
    Result r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestOutputSafety::readOnce(const QString &dataset)
{
    QCOMPARE(run({"check", "--db", dataset}).exitCode, 0);
}

QString TestOutputSafety::errorLine(const Result &r)
{
    QString err = QString::fromUtf8(r.err);
    // Qt's offscreen platform says this when a window is shown (screenshot); not ours.
    err.remove("This plugin does not support propagateSizeHints()\n");
    if (err.count(QLatin1Char('\n')) != 1 || !err.endsWith(QLatin1Char('\n')))
        return QStringLiteral("NOT ONE LINE: ") + err;
    return err.chopped(1);
}

// Case 1: every verb that writes refuses the dataset file itself, however it is named, and
// its journals' names even before they exist.
void TestOutputSafety::refusesDatasetAsOutput_data()
{
    QTest::addColumn<QStringList>("verb");
    QTest::addColumn<QString>("out"); // relative to work/; "DEFAULT" is the user's own copy
    QTest::addColumn<bool>("withDb");
    const QStringList screenshot {"screenshot"};
    QTest::newRow("screenshot --db FILE") << screenshot << "data.sqlite" << true;
    QTest::newRow("screenshot onto the user's own copy") << screenshot << "DEFAULT" << false;
    QTest::newRow("screenshot through a symbolic link") << screenshot << "link.sqlite" << true;
    QTest::newRow("screenshot through a hard link") << screenshot << "hard.sqlite" << true;
    QTest::newRow("screenshot through ./sub/..") << screenshot << "sub/../data.sqlite" << true;
    QTest::newRow("screenshot -journal not there yet")
        << screenshot << "data.sqlite-journal" << true;
    QTest::newRow("screenshot -wal not there yet") << screenshot << "data.sqlite-wal" << true;
    QTest::newRow("screenshot -shm not there yet") << screenshot << "data.sqlite-shm" << true;
    QTest::newRow("export-chart") << QStringList {"export-chart", "leaderboard", "--format", "png"}
                                  << "data.sqlite" << true;
    QTest::newRow("export-chart onto -wal")
        << QStringList {"export-chart", "leaderboard", "--format", "svg"} << "data.sqlite-wal"
        << true;
    QTest::newRow("export-report") << QStringList {"export-report"} << "data.sqlite" << true;
    QTest::newRow("export-data") << QStringList {"export-data", "model", "--format", "json"}
                                 << "data.sqlite" << true;
    QTest::newRow("export-data --view onto -shm")
        << QStringList {"export-data", "--view", "leaderboard", "--format", "csv"}
        << "data.sqlite-shm" << true;
}

void TestOutputSafety::refusesDatasetAsOutput()
{
    QFETCH(QStringList, verb);
    QFETCH(QString, out);
    QFETCH(bool, withDb);
    QVERIFY(QFile::link(m_dataset, m_work + "/link.sqlite"));
    QCOMPARE(::link(QFile::encodeName(m_dataset).constData(),
                 QFile::encodeName(m_work + "/hard.sqlite").constData()),
        0);
    QVERIFY(QDir().mkpath(m_work + "/sub"));
    QString target = m_work + "/" + out;
    if (out == "DEFAULT") {
        QCOMPARE(run({"check"}).exitCode, 0); // creates the user's own copy
        target = m_dir->filePath("home/data/TrendScope/TrendScope/trendscope.sqlite");
        QVERIFY(QFileInfo::exists(target));
    }
    QStringList arguments = verb;
    if (withDb)
        arguments << "--db" << m_dataset;
    arguments << "--out" << (out == "DEFAULT" ? target : out);
    const auto before = snapshot(m_dir->path());
    const Result r = run(arguments, m_work);
    QCOMPARE(r.exitCode, 1);
    const QString line = errorLine(r);
    QVERIFY2(
        line.startsWith("trendscope: refusing to overwrite the open dataset: "), qPrintable(line));
    QVERIFY2(line.contains(out == "DEFAULT" ? target : out), qPrintable(line));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// Case 2: a journal holding another program's committed edit is never replaced.
void TestOutputSafety::refusesJournalHoldingCommittedEdit_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("-wal") << "-wal";
    QTest::newRow("-shm") << "-shm";
    QTest::newRow("-journal") << "-journal";
}

void TestOutputSafety::refusesJournalHoldingCommittedEdit()
{
    QFETCH(QString, suffix);
    QVERIFY(QFile::link(m_dataset, m_work + "/link.sqlite"));
    sqlite3 *writer = openRaw(m_dataset);
    const bool wal = suffix != "-journal";
    QVERIFY(exec(writer, wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE"));
    QVERIFY(exec(writer, "PRAGMA wal_autocheckpoint=0"));
    // WAL: the edit is committed into the -wal only. Rollback journal: the -journal holds the
    // old pages of an edit still in progress.
    if (!wal)
        QVERIFY(exec(writer, "BEGIN IMMEDIATE"));
    QVERIFY(exec(writer,
        "UPDATE leaderboard_entry SET score = 99.5 WHERE model_id = "
        "(SELECT id FROM model WHERE name = 'GLM-4')"));
    const QString journal = m_dataset + suffix;
    QVERIFY2(QFileInfo(journal).size() > 0, qPrintable(journal));

    QVERIFY(QFile::link(journal, m_work + "/journal-link"));
    const auto before = snapshot(m_dir->path());
    // Named directly, through a link to it, and with the dataset opened through a link
    // (SQLite names the journal after the real file).
    const QList<QStringList> cases {{m_dataset, journal}, {m_dataset, m_work + "/journal-link"},
        {m_work + "/link.sqlite", journal}};
    for (const QStringList &dbAndOut : cases) {
        const QString out = dbAndOut.at(1);
        const Result r = run({"screenshot", "--db", dbAndOut.at(0), "--out", out});
        QCOMPARE(r.exitCode, 1);
        const QString line = errorLine(r);
        QVERIFY2(line.startsWith("trendscope: refusing to overwrite the open dataset: " + out),
            qPrintable(line));
        QCOMPARE(snapshot(m_dir->path()), before);
    }
    if (!wal)
        QVERIFY(exec(writer, "COMMIT"));
    sqlite3_close(writer);
    QCOMPARE(scoreOfGlm4(m_dataset), QStringLiteral("99.5"));
}

// Case 3: a batch whose planned outputs include the dataset writes nothing at all.
void TestOutputSafety::batchChecksEveryOutputFirst_data()
{
    QTest::addColumn<QString>("datasetName");
    QTest::addColumn<QStringList>("verb");
    // leaderboard.png is written first: nothing may be written before the clash is seen.
    QTest::newRow("export-chart --all, dataset named like the first output")
        << "leaderboard.png" << QStringList {"export-chart", "--all", "--format", "png,svg"};
    QTest::newRow("export-chart --all, dataset named like the last output")
        << "leaderboard.svg" << QStringList {"export-chart", "--all", "--format", "png,svg"};
    QTest::newRow("export-data --all csv, dataset named like a table's file")
        << "model.csv" << QStringList {"export-data", "--all", "--format", "csv"};
}

void TestOutputSafety::batchChecksEveryOutputFirst()
{
    QFETCH(QString, datasetName);
    QFETCH(QStringList, verb);
    const QString folder = m_dir->filePath("charts");
    QVERIFY(QDir().mkpath(folder));
    const QString dataset = TestUtil::makeDatasetFile(*m_dir, "charts/" + datasetName);
    readOnce(dataset);
    const auto before = snapshot(m_dir->path());
    const Result r = run(verb + QStringList {"--db", dataset, "--out-dir", folder});
    QCOMPARE(r.exitCode, 1);
    const QString line = errorLine(r);
    QVERIFY2(line.startsWith("trendscope: refusing to overwrite the open dataset: " + folder + "/"
                 + datasetName),
        qPrintable(line));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// Case 4: a character device, a FIFO and stdout get the bytes streamed; regular files keep
// the atomic replace.
void TestOutputSafety::streamsToDevicesPipesAndStdout()
{
    const QStringList exportJson {"export-data", "model", "--format", "json", "--db", m_dataset};
    const QString file = m_work + "/model.json";
    Result r = run(exportJson + QStringList {"--out", file});
    QCOMPARE(r.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray expected = written.readAll();
    QVERIFY(expected.contains("GLM-4"));

    r = run(exportJson + QStringList {"--out", "-"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(r.err.isEmpty());

    r = run({"export-chart", "leaderboard", "--format", "png", "--db", m_dataset, "--out", "-"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\x89PNG\r\n"));

    r = run(exportJson + QStringList {"--out", "/dev/null"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(isCharacterDevice("/dev/null"));
    QCOMPARE(QDir("/dev").entryList({"null?*"}, QDir::AllEntries | QDir::System), QStringList());

    // A FIFO: the reader gets every byte; no temp file appears beside it.
    const QString fifo = m_work + "/pipe";
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const auto withFifo = snapshot(m_dir->path());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir->filePath("home/data"));
    env.insert("XDG_CONFIG_HOME", m_dir->filePath("home/config"));
    process.setProcessEnvironment(env);
    process.start(TRENDSCOPE_BINARY, exportJson + QStringList {"--out", fifo});
    QFile reader(fifo);
    QVERIFY(reader.open(QIODevice::ReadOnly)); // waits for the writer
    QCOMPARE(reader.readAll(), expected);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(snapshot(m_dir->path()), withFifo);
}

// Cases 4 and 9: a write that fails on a device (ENOSPC) is an error with plain words, and a
// copy of /dev/full is written to, never replaced by a regular file.
void TestOutputSafety::fullDeviceIsAnError_data()
{
    QTest::addColumn<QString>("device"); // "COPY": a copy of /dev/full made with mknod
    QTest::addColumn<QStringList>("verb");
    const QStringList screenshot {"screenshot"};
    const QStringList json {"export-data", "model", "--format", "json"};
    QTest::newRow("/dev/full, screenshot") << "/dev/full" << screenshot;
    QTest::newRow("/dev/full, export-data") << "/dev/full" << json;
    QTest::newRow("copy of /dev/full, screenshot") << "COPY" << screenshot;
    QTest::newRow("copy of /dev/full, export-chart")
        << "COPY" << QStringList {"export-chart", "leaderboard", "--format", "pdf"};
    QTest::newRow("copy of /dev/full, export-report") << "COPY" << QStringList {"export-report"};
}

void TestOutputSafety::fullDeviceIsAnError()
{
    QFETCH(QString, device);
    QFETCH(QStringList, verb);
    if (device == "COPY") {
        device = m_work + "/full";
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("mknod needs root (CAP_MKNOD)");
    }
    if (!isCharacterDevice(device))
        QSKIP("no /dev/full here");
    readOnce(m_dataset);
    const auto before = snapshot(m_dir->path());
    const Result r = run(verb + QStringList {"--db", m_dataset, "--out", device});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorLine(r), "trendscope: Cannot write " + device + ": no space left on the device");
    QVERIFY(isCharacterDevice(device));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// Case 5: table names are data: "../x", absolute paths, device names, separators, control
// characters and names that clash once made safe. A file holding such tables no longer
// matches its schema and is refused before anything is written (tst_schemaconformity); the
// names made from data stay inside the chosen folder all the same.
void TestOutputSafety::fileNamesFromDataStayInFolder()
{
    const QString absolute = m_dir->filePath("abs/pwn");
    QVERIFY(QDir().mkpath(m_dir->filePath("abs")));
    const QStringList hostile {QStringLiteral("../escaped/pwn"), absolute, QStringLiteral("CON"),
        QStringLiteral("a\nb"), QStringLiteral("x:y"), QStringLiteral("x_y"),
        QStringLiteral("\u202Evsc.exe")};
    {
        DatabaseError error;
        auto db = Database::open(m_dataset, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QSqlQuery q(db->connection());
        for (const QString &name : hostile) {
            QString quoted = name;
            quoted.replace('"', "\"\"");
            QVERIFY2(q.exec("CREATE TABLE \"" + quoted + "\" (v TEXT)"),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec("INSERT INTO \"" + quoted + "\" VALUES ('x')"));
        }
    }
    const QString out = m_work + "/out";
    const auto before = snapshot(m_dir->path());
    for (const QStringList &names :
        {QStringList {"--all"}, QStringList {"../escaped/pwn", absolute}}) {
        const Result r = run(QStringList {"export-data"} + names
                + QStringList {"--format", "csv", "--db", m_dataset, "--out-dir", "out"},
            m_work);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            errorLine(r).contains("its schema differs from version"), qPrintable(errorLine(r)));
        QCOMPARE(snapshot(m_dir->path()), before); // nothing written anywhere
        QVERIFY(!QFileInfo::exists(out));
    }

    const QStringList files = exportFileNames(hostile, ".csv");
    QCOMPARE(files.size(), hostile.size());
    for (const QString &file : files) {
        QVERIFY2(!file.contains('/') && !file.startsWith(".."), qPrintable(file));
        QCOMPARE(
            QFileInfo(QDir(out).filePath(file)).absolutePath(), QFileInfo(out).absoluteFilePath());
    }
    for (const char *name :
        {"_escaped_pwn.csv", "_CON.csv", "a_b.csv", "x_y.csv", "x_y-2.csv", "_vsc.exe.csv"})
        QVERIFY2(files.contains(name), name);
    QVERIFY(!QFileInfo::exists(m_dir->filePath("escaped")));
    QVERIFY(QDir(m_dir->filePath("abs")).isEmpty());
}

// Case 6: a U+202E in a file name would reverse the rest of the line on a terminal.
void TestOutputSafety::bidiInFileNameIsEscaped()
{
    const QString path = m_work + QStringLiteral("/report\u202Efdp.sqlite");
    TestUtil::writeFile(path, "not a database");
    const auto before = snapshot(m_dir->path());
    const Result r = run({"check", "--db", path});
    QCOMPARE(r.exitCode, 2);
    const QString line = errorLine(r);
    QVERIFY2(
        line.contains("/report\\u202efdp.sqlite: it is not an SQLite database"), qPrintable(line));
    QVERIFY(!line.contains(QChar(0x202E)));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// Case 8: "--" ends the options; it never starts the GUI.
void TestOutputSafety::endOfOptionsRunsTheVerb()
{
    readOnce(m_dataset);
    const auto before = snapshot(m_dir->path());
    Result r = run({"--", "check", "--db", m_dataset});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(": ok"), r.out.constData());
    r = run({"--db", m_dataset, "--", "check"});
    QCOMPARE(r.exitCode, 0);
    r = run({"--"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorLine(r), QString("trendscope: no command after \"--\" (see trendscope --help)"));
    r = run({"--", "--version"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        errorLine(r), QString("trendscope: unknown command \"--version\" (see trendscope --help)"));
    // After "--" inside a verb, "--all" is a table name, not the option.
    r = run({"export-data", "--format", "json", "--db", m_dataset, "--", "--all"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorLine(r), QString("trendscope: no table or view named \"--all\""));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// Case 8: --year is four ASCII digits in range; --filter's cap counts characters.
void TestOutputSafety::strictYearAndFilter_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString rockets200 = QString(200, u'x').replace("x", "🚀");
    QTest::newRow("year with a leading space")
        << QStringList {"--year", " 2023"} << 1
        << "trendscope: --year needs a year of four digits such as 2023, not \" 2023\"";
    QTest::newRow("year 2023.0")
        << QStringList {"--year", "2023.0"} << 1
        << "trendscope: --year needs a year of four digits such as 2023, not \"2023.0\"";
    QTest::newRow("year +2023")
        << QStringList {"--year", "+2023"} << 1
        << "trendscope: --year needs a year of four digits such as 2023, not \"+2023\"";
    QTest::newRow("year 1850") << QStringList {"--year", "1850"} << 1
                               << "trendscope: --year 1850 is outside 1900 to 2100";
    QTest::newRow("year 2023") << QStringList {"--year", "2023"} << 0 << "";
    QTest::newRow("200 emoji") << QStringList {"--filter", "search=" + rockets200} << 0 << "";
    QTest::newRow("201 emoji")
        << QStringList {"--filter", "search=" + rockets200 + "🚀"} << 1
        << "trendscope: --filter \"search\" is 201 characters long; at most 200 are allowed";
}

void TestOutputSafety::strictYearAndFilter()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    readOnce(m_dataset);
    const auto before = snapshot(m_dir->path());
    const Result r = run(
        QStringList {"export-data", "--view", "leaderboard", "--format", "json", "--db", m_dataset}
        + options);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith("{"));
    } else {
        QCOMPARE(errorLine(r), message);
    }
    QCOMPARE(snapshot(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
