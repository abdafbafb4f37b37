// A file must hold exactly the schema its version promises (docs/ROBUSTNESS.md, "Schema drift
// and bounded work"): anything missing or extra is refused when the file is validated, so the
// window, `trendscope check` and the background loads all refuse it before reading a row.

#include "database.h"
#include "schemacontract.h"
#include "sqlscript.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;
using Kind = DatabaseError::Kind;

namespace {

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

// Runs SQL on the file as another program would, then leaves it in rollback-journal mode so
// that it is one file.
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

} // namespace

class TestSchemaConformity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesDrift_data();
    void refusesDrift();
    void namesDriftInTheChosenLanguage_data();
    void namesDriftInTheChosenLanguage();
    void acceptsEveryVersionsOwnSchema();
    void contractMatchesTheMigrations();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchemaConformity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchemaConformity::refusesDrift_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("unknown trigger deleting rows on an edit")
        << QByteArray(
               "CREATE TRIGGER x AFTER UPDATE ON model BEGIN DELETE FROM leaderboard_entry; END")
        << QStringList {"unknown trigger \"x\""};
    QTest::newRow("dropped fact table") << QByteArray("DROP TABLE funding_total")
                                        << QStringList {"missing table \"funding_total\""};
    QTest::newRow("renamed column")
        << QByteArray("ALTER TABLE leaderboard_entry RENAME COLUMN score TO points")
        << QStringList {"column \"score\" of table \"leaderboard_entry\" missing",
               "unknown column \"points\" of table \"leaderboard_entry\""};
    QTest::newRow("dropped column") << QByteArray("ALTER TABLE source DROP COLUMN file")
                                    << QStringList {"column \"file\" of table \"source\" missing"};
    QTest::newRow("extra index") << QByteArray("CREATE INDEX idx_extra ON model(name)")
                                 << QStringList {"unknown index \"idx_extra\""};
    QTest::newRow("view redefined")
        << QByteArray("DROP VIEW v_leaderboard; CREATE VIEW v_leaderboard AS SELECT 1 AS id")
        << QStringList {"view \"v_leaderboard\" differs from its definition"};
    QTest::newRow("endless recursive view") << QByteArray(
        "CREATE VIEW v_forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n") << QStringList {"unknown view \"v_forever\""};
    QTest::newRow("table replaced by a view") << QByteArray(
        "ALTER TABLE model RENAME TO model_data; CREATE VIEW model AS SELECT * FROM model_data")
                                              << QStringList {"\"model\" is a view, not a table",
                                                     "unknown table \"model_data\""};
    QTest::newRow("constraint dropped (same columns)")
        << QByteArray("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;"
                      "CREATE TABLE t AS SELECT * FROM maturity_stage; DROP TABLE maturity_stage;"
                      "CREATE TABLE maturity_stage (name TEXT PRIMARY KEY, name_en TEXT NOT NULL, "
                      "ordinal INTEGER NOT NULL, inferred TEXT);"
                      "INSERT INTO maturity_stage SELECT * FROM t; DROP TABLE t")
        << QStringList {"table \"maturity_stage\" differs from its definition"};
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "CREATE TABLE extra_" + QByteArray::number(i) + "(x);";
    QTest::newRow("2000 extra tables")
        << many << QStringList {"unknown table \"extra_0\"", "and 1997 more"};
    QTest::newRow("a trigger among 2000 extra tables")
        << QByteArray(many
               + "CREATE TRIGGER zz_hidden AFTER UPDATE ON model BEGIN DELETE FROM "
                 "leaderboard_entry; END")
        << QStringList {
               "unknown trigger \"zz_hidden\"; unknown table \"extra_0\"", "and 1998 more"};
}

void TestSchemaConformity::refusesDrift()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, named);
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    QCOMPARE(alter(path, sql), QString());
    const QStringList before = digests(m_dir->path());

    const auto problem = Database::validateFile(path);
    QVERIFY2(problem, "a drifted schema passed");
    QCOMPARE(problem->kind, Kind::Drifted);
    QCOMPARE(problem->exitCode(), 2);
    const QString message = problem->message();
    QVERIFY2(
        message.startsWith(QStringLiteral("Cannot open %1: its schema differs from version %2: ")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(Database::latestSchemaVersion())),
        qPrintable(message));
    for (const QString &name : named)
        QVERIFY2(message.contains(name), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
    QVERIFY2(message.size() < 600, qPrintable(message));

    // The window's open refuses it the same way.
    DatabaseError error;
    QVERIFY(!Database::open(path, &error));
    QCOMPARE(error.message(), message);

    // So does the command line: exit 2, one line on stderr, nothing on stdout.
    QProcess check;
    check.start(
        QStringLiteral(TRENDSCOPE_BINARY), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY(check.waitForFinished(120000));
    QCOMPARE(check.exitCode(), 2);
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QCOMPARE(err, QStringLiteral("trendscope: ") + message + u'\n');
    QCOMPARE(check.readAllStandardOutput(), QByteArray());

    QCOMPARE(digests(m_dir->path()), before);
}

// `trendscope check --lang zh_CN` names each difference in Chinese, as whole sentences per kind
// of object; the names of tables and columns stay as the schema spells them.
void TestSchemaConformity::namesDriftInTheChosenLanguage_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("table replaced by a view")
        << QByteArray("ALTER TABLE model RENAME TO model_data; "
                      "CREATE VIEW model AS SELECT * FROM model_data")
        << QStringList {"\"model\" 是视图，而不是表", "未知的表 \"model_data\""};
    QTest::newRow("renamed column")
        << QByteArray("ALTER TABLE leaderboard_entry RENAME COLUMN score TO points")
        << QStringList {"表 \"leaderboard_entry\" 缺少列 \"score\"",
               "表 \"leaderboard_entry\" 中有未知的列 \"points\""};
    QTest::newRow("dropped fact table, extra index")
        << QByteArray("DROP TABLE funding_total; CREATE INDEX idx_extra ON model(name)")
        << QStringList {"缺少表 \"funding_total\"", "未知的索引 \"idx_extra\""};
    QTest::newRow("view redefined")
        << QByteArray("DROP VIEW v_leaderboard; CREATE VIEW v_leaderboard AS SELECT 1 AS id")
        << QStringList {"视图 \"v_leaderboard\" 与其定义不符"};
}

void TestSchemaConformity::namesDriftInTheChosenLanguage()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, named);
    const QString path = TestUtil::makeDatasetFile(*m_dir);
    QCOMPARE(alter(path, sql), QString());
    QProcess check;
    check.start(QStringLiteral(TRENDSCOPE_BINARY),
        {QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"),
            QStringLiteral("zh_CN")});
    QVERIFY(check.waitForFinished(120000));
    QCOMPARE(check.exitCode(), 2);
    const QString err = QString::fromUtf8(check.readAllStandardError());
    for (const QString &name : named)
        QVERIFY2(err.contains(name), qPrintable(err));
    for (const char *english : {"missing", "unknown", "differs", " is a ", "column"})
        QVERIFY2(!err.contains(QLatin1String(english)), qPrintable(err));
}

// Every version's own schema passes (an older file is then migrated), and so does the shipped
// dataset after `check`'s own read.
void TestSchemaConformity::acceptsEveryVersionsOwnSchema()
{
    const QList<SqlScriptFile> migrations = embeddedScripts(QStringLiteral(":/db/schema"));
    QVERIFY(!migrations.isEmpty());
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        const QString path = m_dir->filePath(QStringLiteral("v%1.sqlite").arg(version));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (const SqlScriptFile &script : migrations)
            if (script.version <= version)
                QCOMPARE(runSqlScript(raw, script.text), QString());
        QCOMPARE(runSqlScript(raw,
                     QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                         .arg(Database::ApplicationId)
                         .arg(version)),
            QString());
        sqlite3_close(raw);
        const auto problem = Database::validateFile(path);
        QVERIFY2(!problem, problem ? qPrintable(problem->message()) : "");
        DatabaseError error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        db.reset();
        // Migrated, it matches the newest version exactly.
        const auto after = Database::validateFile(path);
        QVERIFY2(!after, after ? qPrintable(after->message()) : "");
    }
    const QString shipped = TestUtil::makeDatasetFile(*m_dir);
    QVERIFY(!Database::validateFile(shipped));
}

// The contract is the migrations' own result: its tables and views are the schema's.
void TestSchemaConformity::contractMatchesTheMigrations()
{
    const SchemaContract *contract = SchemaContract::forVersion(Database::latestSchemaVersion());
    QVERIFY(contract);
    QVERIFY(contract->tables().contains(QStringLiteral("leaderboard_entry")));
    QVERIFY(contract->tables().contains(QStringLiteral("change_log")));
    QVERIFY(contract->views().contains(QStringLiteral("v_organization_group")));
    QVERIFY(
        !SchemaContract::forVersion(2)->views().contains(QStringLiteral("v_organization_group")));
    QVERIFY(!SchemaContract::forVersion(999));
    const QList<SchemaColumn> columns = contract->columns(QStringLiteral("maturity_position"));
    const auto isNew = std::find_if(columns.cbegin(), columns.cend(),
        [](const SchemaColumn &c) { return c.name == QLatin1String("is_new"); });
    QVERIFY(isNew != columns.cend());
    QCOMPARE(isNew->type, QStringLiteral("INTEGER"));
    QVERIFY(isNew->notNull);
    QCOMPARE(isNew->allowed, (QStringList {"0", "1"}));
    QVERIFY(SchemaContract::forVersion(Database::latestSchemaVersion()) == contract); // cached
}

QTEST_GUILESS_MAIN(TestSchemaConformity)
#include "tst_schemaconformity.moc"
