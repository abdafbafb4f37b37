#include "database.h"
#include "datasetchecker.h"
#include "markingtranslator.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;

class TestDatasetChecker : public QObject
{
    Q_OBJECT

private slots:
    void shippedDatasetPasses();
    void aFileIsCheckedWithItsIntegrityAside();
    void damageIsAllThatIsReported();
    void injectedErrorsAreNamed_data();
    void injectedErrorsAreNamed();
    void serverDatasetIsChecked_data();
    void serverDatasetIsChecked();
    void wrongValuesAreNamed_data();
    void wrongValuesAreNamed();
    void qualifierMismatchWarns_data();
    void qualifierMismatchWarns();
    void qualifierWarningDoesNotFailCheck();
    void findingsInTheInterfaceLanguage();
};

namespace {

QString exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    return text;
}

int schemaVersionCookie(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &statement, nullptr);
    const int cookie
        = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : -1;
    sqlite3_finalize(statement);
    return cookie;
}

// Rewrites one column definition in the stored schema, as a hand-edited file could have it.
QString rewriteDefinition(
    sqlite3 *db, const QByteArray &table, const QByteArray &from, const QByteArray &to)
{
    const int cookie = schemaVersionCookie(db);
    return exec(db,
        "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, '" + from + "', '"
            + to + "') WHERE name = '" + table + "'; PRAGMA schema_version = "
            + QByteArray::number(cookie + 1) + "; PRAGMA writable_schema = OFF;");
}

// Writes values the schema forbids into a dataset file the way another program could: a NOT
// NULL is lifted for the write and put back, CHECKs are ignored, types are not enforced.
QString injectIntoFile(const QString &path, const QByteArray &sql, const QByteArray &notNull)
{
    const QByteArray table = notNull.left(notNull.indexOf(':'));
    const QByteArray notNullColumn = notNull.mid(notNull.indexOf(':') + 1);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open");
    QString error;
    if (!notNullColumn.isEmpty()) {
        error = rewriteDefinition(db, table, notNullColumn + " NOT NULL", notNullColumn);
        sqlite3_close(db); // the next connection reads the rewritten schema
        sqlite3_open(QFile::encodeName(path).constData(), &db);
    }
    if (error.isEmpty())
        error = exec(db, "PRAGMA ignore_check_constraints = ON; " + sql);
    if (error.isEmpty() && !notNullColumn.isEmpty())
        error = rewriteDefinition(db, table, notNullColumn, notNullColumn + " NOT NULL");
    if (error.isEmpty())
        error = exec(db, "PRAGMA journal_mode = DELETE;");
    sqlite3_close(db);
    return error;
}

// Makes an index disagree with its table, as a crash of a program writing without a journal
// could leave it: the row's date changes while the index is unknown to the connection. The
// file still opens (quick_check does not read indexes against tables); integrity_check finds
// the row missing from the index.
QString staleIndex(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open");
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rootpage, sql FROM sqlite_schema WHERE name = 'idx_policy_date'",
        -1, &statement, nullptr);
    if (sqlite3_step(statement) != SQLITE_ROW) {
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return QStringLiteral("no index idx_policy_date");
    }
    const QByteArray root = QByteArray::number(sqlite3_column_int(statement, 0));
    const QByteArray sql = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
    sqlite3_finalize(statement);
    const int cookie = schemaVersionCookie(db);
    QString error = exec(db,
        "PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = 'idx_policy_date'; "
        "PRAGMA schema_version = "
            + QByteArray::number(cookie + 1) + "; PRAGMA writable_schema = OFF;");
    sqlite3_close(db);
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    if (error.isEmpty())
        error = exec(db, "UPDATE policy SET date = '1999-09-09' WHERE id = 1");
    if (error.isEmpty())
        error = exec(db,
            "PRAGMA writable_schema = ON; INSERT INTO sqlite_schema (type, name, tbl_name, "
            "rootpage, sql) VALUES ('index', 'idx_policy_date', 'policy', "
                + root + ", '" + sql
                + "'); PRAGMA schema_version = " + QByteArray::number(cookie + 3)
                + "; PRAGMA writable_schema = OFF; PRAGMA journal_mode = DELETE;");
    sqlite3_close(db);
    return error;
}

// Runs the checker on a dataset that should pass: what was wrong (each problem found, and
// progress that did not count every step once, in order, up to the total), or nothing.
QString cleanRunFaults(const Database &db)
{
    QList<int> steps;
    int lastTotal = 0;
    const QList<Problem> problems = DatasetChecker(db).run([&](int done, int total) {
        steps.append(done);
        lastTotal = total;
    });
    QStringList faults;
    for (const Problem &p : problems)
        faults.append(p.text());
    QList<int> everyStep;
    for (int step = 1; step <= lastTotal; ++step)
        everyStep.append(step);
    if (lastTotal <= 4 || steps != everyStep) {
        QStringList counted;
        for (const int step : std::as_const(steps))
            counted.append(QString::number(step));
        faults.append(QStringLiteral("progress counted %1 of %2")
                          .arg(counted.join(QLatin1Char(',')))
                          .arg(lastTotal));
    }
    return faults.join(QLatin1Char('\n'));
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

} // namespace

void TestDatasetChecker::shippedDatasetPasses()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    QCOMPARE(cleanRunFaults(*db), QString());
}

// A file's integrity check runs on a second connection beside the other checks: a clean file
// still passes, and progress still counts every step once, in order.
void TestDatasetChecker::aFileIsCheckedWithItsIntegrityAside()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(error.message()));
    QCOMPARE(cleanRunFaults(*db), QString());
}

// A damaged file reports its damage and nothing else, though the other checks ran beside the
// integrity check and found a wrong value.
void TestDatasetChecker::damageIsAllThatIsReported()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    QCOMPARE(injectIntoFile(path, "UPDATE maturity_position SET is_new = 7 WHERE id = 1", {}),
        QString());
    QCOMPARE(staleIndex(path), QString());
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(error.message()));
    QStringList texts;
    for (const Problem &p : DatasetChecker(*db).run())
        texts.append(p.text());
    QVERIFY2(!texts.isEmpty(), "the stale index is not found");
    for (const QString &text : texts)
        QVERIFY2(text.startsWith(QStringLiteral("integrity: ")), qPrintable(text));
    QVERIFY2(texts.join(u'\n').contains(QStringLiteral("idx_policy_date")),
        qPrintable(texts.join(u'\n')));
}

void TestDatasetChecker::injectedErrorsAreNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dangling reference")
        << "INSERT INTO leaderboard_entry (leaderboard_id, model_id, score, source_id, section)"
           " VALUES (1, 9999, 50, 2, 's')"
        << "leaderboard_entry row";
    QTest::newRow("no section") << "UPDATE leaderboard_entry SET section = '  ' WHERE id = 1"
                                << "leaderboard_entry row 1: provenance: no section";
    QTest::newRow("derived without formula")
        << "UPDATE leaderboard_entry SET status = 'derived' WHERE id = 2"
        << "leaderboard_entry row 2: provenance: derived without a formula";
    QTest::newRow("unknown status")
        << "UPDATE leaderboard_entry SET status = 'guessed' WHERE id = 3"
        << "status \"guessed\"";
    QTest::newRow("impossible month") << "UPDATE leaderboard SET snapshot = '2024-13' WHERE id = 1"
                                      << "leaderboard row 1: snapshot \"2024-13\" is not a date";
    QTest::newRow("invented day format")
        << "UPDATE leaderboard SET snapshot = '2024/04/01' WHERE id = 1"
        << "is not a date";
    QTest::newRow("percent above 100")
        << "INSERT INTO survey_stat (id, survey, question, answer, percent, source_id, section)"
           " VALUES (90001, 's', 'q', 'a', 120, 1, 'x')"
        << "survey_stat row 90001: percent 120 is outside 0-100";
    QTest::newRow("negative amount")
        << "INSERT INTO funding_total (id, period_start, period_end, domain, amount_yuan, "
           "source_id, section)"
           " VALUES (90001, '2023-01', '2023-11', 'd', -5, 1, 'x')"
        << "funding_total row 90001: amount_yuan -5 must be a number of at least 0";
    QTest::newRow("shares over 100")
        << "INSERT INTO funding_total (period_start, period_end, domain, parent_domain, "
           "share_percent, share_of, source_id, section)"
           " VALUES ('2099-01', '2099-11', 'a', 'test', 60, 'test whole', 1, 'x'),"
           "        ('2099-01', '2099-11', 'b', 'test', 60, 'test whole', 1, 'x')"
        << "shares of test whole (2099-01 to 2099-11) add up to 120.00%";
    QTest::newRow("derived result wrong")
        << "UPDATE key_figure SET value = 94, formula = '258 − 165 = 94' WHERE status = 'derived'"
        << "derived: 258 − 165 gives 93, not 94";
    QTest::newRow("derived row disagrees with its formula")
        << "UPDATE key_figure SET value = 95 WHERE status = 'derived'"
        << "derived: the row does not hold the formula's result 93";
    QTest::newRow("derived formula not arithmetic")
        << "UPDATE key_figure SET formula = 'about a hundred' WHERE status = 'derived'"
        << "is not arithmetic of the form EXPR = RESULT";
    QTest::newRow("min above max") << "INSERT INTO price_cut (id, organization_id, min_percent, "
                                      "max_percent, source_id, section)"
                                      " VALUES (90001, 1, 50, 15, 1, 'x')"
                                   << "price_cut row 90001: min_percent 50 is above max_percent 15";
    // What the checker's SQL pre-selection must not clear (it reads only rows that may fail).
    QTest::newRow("section of ideographic spaces")
        << "UPDATE leaderboard_entry SET section = '　　' WHERE id = 1"
        << "leaderboard_entry row 1: provenance: no section";
    QTest::newRow("derived with a formula of tabs")
        << "UPDATE leaderboard_entry SET status = 'derived', formula = char(9, 9) WHERE id = 2"
        << "leaderboard_entry row 2: provenance: derived without a formula";
    QTest::newRow("day that does not exist")
        << "UPDATE leaderboard SET snapshot = '2023-02-30' WHERE id = 1"
        << "leaderboard row 1: snapshot \"2023-02-30\" is not a date";
    QTest::newRow("year before 1900") << "UPDATE leaderboard SET snapshot = '1899' WHERE id = 1"
                                      << "leaderboard row 1: snapshot \"1899\" is not a date";
    QTest::newRow("percent as text")
        << "INSERT INTO survey_stat (id, survey, question, answer, percent, source_id, section)"
           " VALUES (90001, 's', 'q', 'a', '120', 1, 'x')"
        << "survey_stat row 90001: percent 120 is outside 0-100";
    QTest::newRow("status with a trailing space")
        << "UPDATE leaderboard_entry SET status = 'stated ' WHERE id = 1"
        << "leaderboard_entry row 1: status \"stated \" is not one of";
    QTest::newRow("inferred names no column")
        << "UPDATE event SET inferred = 'day: from the page' WHERE id = 1"
        << "event row 1: inferred names \"day\", which is not a column of the row";
    QTest::newRow("inferred without a reason")
        << "UPDATE funding_total SET inferred = 'period_start; period_end: the title' WHERE id = 1"
        << "funding_total row 1: inferred \"period_start\" does not say where from";
}

void TestDatasetChecker::injectedErrorsAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    // Let the broken rows in, as a hand-edited file would have them.
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const QList<Problem> problems = DatasetChecker(*db).run();
    QStringList texts;
    for (const Problem &p : problems)
        texts.append(p.text());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(expected),
        qPrintable(texts.join(QLatin1Char('\n'))));
}

void TestDatasetChecker::serverDatasetIsChecked_data()
{
    injectedErrorsAreNamed_data();
}

// The same rows on a server dataset: the server refuses the write (its constraints hold), or
// the checker names the row as it does in a file. Never a clean result over a broken row.
void TestDatasetChecker::serverDatasetIsChecked()
{
    REQUIRE_TEST_SERVER();
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    static std::unique_ptr<TestUtil::ScratchServerDatabase> server;
    static QTemporaryDir dir;
    if (!server) {
        server = std::make_unique<TestUtil::ScratchServerDatabase>(QStringLiteral("checker"));
        DatabaseError error;
        const auto file = Database::open(TestUtil::makeDatasetFile(dir), &error);
        QVERIFY2(file, qPrintable(error.message()));
        const auto problem = ServerDataset::publish(*file, server->editor(), false);
        QVERIFY2(!problem, qPrintable(problem ? problem->message() : QString()));
        qAddPostRoutine([] { server.reset(); });
    }
    DatabaseError error;
    const auto db = Database::openServer(server->editor(), &error);
    QVERIFY2(db, qPrintable(error.message()));
    QCOMPARE(DatasetChecker(*db).run().size(), 0);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    // The references are checked at COMMIT; the other constraints at once.
    if (q.exec(sql) && q.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"))) {
        QStringList texts;
        for (const Problem &p : DatasetChecker(*db).run())
            texts.append(p.text());
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(expected),
            qPrintable(texts.join(QLatin1Char('\n'))));
    } else {
        qInfo("the server refuses it: %s", qPrintable(q.lastError().databaseText()));
    }
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
}

void TestDatasetChecker::wrongValuesAreNamed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>(
        "notNullColumn"); // "table:definition" lifted for the write, then put back
    QTest::addColumn<QString>("expected");
    QTest::newRow("score stored as a blob")
        << QByteArray("UPDATE leaderboard_entry SET score = x'00ff10' WHERE id = 1") << QByteArray()
        << "leaderboard_entry row 1: score holds a blob of 3 bytes, not a number";
    QTest::newRow("curve year as text")
        << QByteArray("UPDATE maturity_position SET curve_year = 'abc' WHERE id = 1")
        << QByteArray() << "maturity_position row 1: curve_year holds text \"abc\", not an integer";
    QTest::newRow("year with a fraction")
        << QByteArray("UPDATE maturity_position SET curve_year = 2023.5 WHERE id = 2")
        << QByteArray()
        << "maturity_position row 2: curve_year holds a number \"2023.5\", not an integer";
    QTest::newRow("flag of 7") << QByteArray("UPDATE maturity_position SET is_new = 7 WHERE id = 1")
                               << QByteArray()
                               << "maturity_position row 1: is_new \"7\" is not one of 0, 1";
    QTest::newRow("kind outside its list")
        << QByteArray("UPDATE organization SET kind = 'alien' WHERE id = 3") << QByteArray()
        << "organization row 3: kind \"alien\" is not one of company, government, research, "
           "community, investor, other";
    QTest::newRow("NULL in a required column")
        << QByteArray("UPDATE source SET title = NULL WHERE id = 2")
        << QByteArray("source:title     TEXT")
        << "source row 2: title is empty (NULL), but every row needs one";
    QTest::newRow("NULL curve year")
        << QByteArray("UPDATE maturity_position SET curve_year = NULL WHERE id = 3")
        << QByteArray("maturity_position:curve_year    INTEGER")
        << "maturity_position row 3: curve_year is empty (NULL), but every row needs one";
}

// Each wrong value is found by `trendscope check` (exit 2), named by table, row and column on
// stdout, with one line on stderr, and the file is read without being changed.
void TestDatasetChecker::wrongValuesAreNamed()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, notNullColumn);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    QCOMPARE(injectIntoFile(path, sql, notNullColumn), QString());
    const QStringList before = digests(dir.path());

    // Through the API: the file opens (a bad value is not damage) and the checker names it.
    {
        DatabaseError error;
        auto db = Database::open(path, &error, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message()));
        QStringList texts;
        for (const Problem &p : DatasetChecker(*db).run())
            texts.append(p.text());
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.size() <= 2, qPrintable(texts.join(u'\n')));
    }

    QProcess check;
    check.start(
        QStringLiteral(TRENDSCOPE_BINARY), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY(check.waitForFinished(60000));
    const QString out = QString::fromUtf8(check.readAllStandardOutput());
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QCOMPARE(check.exitCode(), 2);
    QVERIFY2(out.split(u'\n').contains(expected), qPrintable(out));
    QVERIFY2(err.startsWith(QStringLiteral("trendscope: "))
            && err.endsWith(QStringLiteral(" problem(s) found\n")),
        qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QCOMPARE(digests(dir.path()), before);
}

void TestDatasetChecker::qualifierMismatchWarns_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("约 stored as exact")
        << "UPDATE key_figure SET qualifier = 'exact' WHERE quote = "
           "'该5家公司总融资额约180亿元人民币'"
        << "warning: the text says “约180亿” (approximately) but the qualifier is exact";
    QTest::newRow("左右 stored as more than")
        << "UPDATE key_figure SET qualifier = 'more_than' WHERE quote LIKE '%30亿美元左右'"
        << "warning: the text says “30亿美元左右” (approximately) but the qualifier is more_than";
    QTest::newRow("a new row whose note qualifies it")
        << "INSERT INTO key_figure (id, family, subject, metric, value, unit, source_id, "
           "edition_id,"
           " section, quote, note) VALUES (90001, 'test', 's', 'm', 12, 'count', 1, 1, 'x', NULL,"
           " '至少有12家 (at least)')"
        << "key_figure row 90001: warning: the text says “至少有12” (at_least) but the qualifier "
           "is exact";
}

// A qualifier that disagrees with the words on the same number in the row's quote or note is
// a warning naming the row and the words; a threshold on another number is no such word.
void TestDatasetChecker::qualifierMismatchWarns()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    const QList<Problem> problems = DatasetChecker(*db).run();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().warning);
    QVERIFY2(problems.first().text().contains(expected), qPrintable(problems.first().text()));
}

// `trendscope check` lists the warning and still passes: the number may be right, the words
// are worth a look.
void TestDatasetChecker::qualifierWarningDoesNotFailCheck()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    QCOMPARE(injectIntoFile(path,
                 "UPDATE key_figure SET qualifier = 'exact' WHERE unit = 'EFLOPS';", QByteArray()),
        QString());
    QProcess check;
    check.start(
        QStringLiteral(TRENDSCOPE_BINARY), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY(check.waitForFinished(60000));
    const QString out = QString::fromUtf8(check.readAllStandardOutput());
    QCOMPARE(check.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral(
                 ": warning: the text says “超过300” (more_than) but the qualifier is exact\n")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(", 1 warning(s)\n")), qPrintable(out));
    QCOMPARE(check.readAllStandardError(), QByteArray());
}

void TestDatasetChecker::findingsInTheInterfaceLanguage()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET section = '  ' WHERE id = 1")));
    MarkingTranslator translator("TrendScope::DatasetChecker");
    QCoreApplication::installTranslator(&translator);
    const QList<Problem> problems = DatasetChecker(*db).run();
    QStringList texts;
    for (const Problem &p : problems)
        texts.append(p.text());
    QCoreApplication::removeTranslator(&translator);
    // The finding and the line around it both come from the translation.
    QVERIFY2(texts.contains(
                 QStringLiteral("[%1 row %2: %3]")
                     .replace(QLatin1String("%1"), QLatin1String("leaderboard_entry"))
                     .replace(QLatin1String("%2"), QLatin1String("1"))
                     .replace(QLatin1String("%3"), QLatin1String("[provenance: no section]"))),
        qPrintable(texts.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDatasetChecker)
#include "tst_datasetchecker.moc"
