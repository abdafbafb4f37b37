#include "changehistory.h"
#include "changewatcher.h"
#include "database.h"
#include "editqueries.h"
#include "editschema.h"
#include "editsession.h"
#include "edittestutil.h"
#include "fieldvalidator.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;
using EditTestUtil::dumpTables;
using EditTestUtil::scalar;

namespace {
// QVERIFY2 evaluates its message even when the check passes.
QString messageOf(const EditResult &result)
{
    return result.error ? result.error->message : QString();
}

QVariant valueIn(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0);
}

// The SuperClue leaderboard's entries, in rowid order.
QList<qint64> superClueEntries(const Database &db)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec("SELECT e.id FROM leaderboard_entry e JOIN leaderboard l ON l.id = e.leaderboard_id "
           "WHERE l.benchmark = 'SuperClue' ORDER BY e.id");
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// An edit prepared by an editor that loaded the row with `original` in `column`.
Edit setField(qint64 entry, const QString &column, const QVariant &original, const QVariant &value)
{
    Edit edit;
    edit.text = "set " + column;
    EditOp op = EditOp::update("leaderboard_entry", entry, {{column, value}});
    op.expected.insert(column, original);
    edit.ops.append(op);
    return edit;
}

// Two editors (two connections, two sessions) on one temporary dataset file.
struct TwoEditors
{
    QTemporaryDir dir;
    std::unique_ptr<Database> firstDb;
    std::unique_ptr<Database> secondDb;
    std::unique_ptr<EditSession> first;
    std::unique_ptr<EditSession> second;

    bool open()
    {
        const QString path = TestUtil::makeDatasetFile(dir);
        DatabaseError error;
        firstDb = Database::open(path, &error);
        secondDb = Database::open(path, &error);
        if (!firstDb || !secondDb)
            return false;
        first = std::make_unique<EditSession>(*firstDb);
        first->setAuthor("Alice");
        second = std::make_unique<EditSession>(*secondDb);
        second->setAuthor("Bob");
        return true;
    }
};
} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schemaIsReadFromTheFileAndTyped();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void invalidValuesAreRefusedAndNothingWritten_data();
    void invalidValuesAreRefusedAndNothingWritten();
    void updateIsAuditedAndMarksProvenance();
    void undoAndRedoRestoreExactly();
    void newRowJoinsItsSourcesEdition();
    void undoRefusesToOverwriteAChangeMadeElsewhere();
    void twoEditorsOfOneScoreConflict();
    void twoEditorsOfDifferentFieldsOrRowsBothWrite();
    void deleteTakesDependentsAndUndoBringsThemBack();
    void deleteWithoutDependentsInTheEditIsRefused();
    void newLeaderboardSnapshotCopiesEntries();
    void newCurveYearCopiesPositions();
    void revertSingleChanges();
    void manyRandomEditsUndoneGiveTheStartBack();
    void lockHeldByAnotherConnection();
    void lockHeldByAnotherProgramIsNamed();
    void readOnlyFileRefusesEdits();
    void watcherNoticesOtherWriters();

private:
    qint64 entryOf(const QString &model) const;
    QVariant value(const QString &sql) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditSession> m_session;
};

void TestEditSession::init()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    m_session = std::make_unique<EditSession>(*m_db);
    m_session->setAuthor(QStringLiteral("Test Editor"));
}

void TestEditSession::cleanup()
{
    m_session.reset();
    m_db.reset();
}

qint64 TestEditSession::entryOf(const QString &model) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT e.id FROM leaderboard_entry e JOIN model m ON m.id = e.model_id WHERE m.name = ?"));
    q.addBindValue(model);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QVariant TestEditSession::value(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0);
}

void TestEditSession::schemaIsReadFromTheFileAndTyped()
{
    const EditSchema &schema = m_session->schema();
    QVERIFY(schema.table(QStringLiteral("model")));
    QVERIFY(!schema.table(QStringLiteral("change_log")));
    QVERIFY(!schema.table(QStringLiteral("v_leaderboard")));
    const TableInfo *entry = schema.table(QStringLiteral("leaderboard_entry"));
    QVERIFY(entry->hasProvenance);
    QCOMPARE(entry->column(QStringLiteral("score"))->kind, ColumnKind::Number);
    QCOMPARE(entry->column(QStringLiteral("model_id"))->kind, ColumnKind::Reference);
    QCOMPARE(entry->column(QStringLiteral("model_id"))->refTable, QStringLiteral("model"));
    QVERIFY(!entry->column(QStringLiteral("status"))->editable);
    QVERIFY(!entry->column(QStringLiteral("id"))->editable);
    QVERIFY(entry->uniqueKeys.contains(
        QStringList {QStringLiteral("leaderboard_id"), QStringLiteral("model_id")}));
    QVERIFY(schema.cascades(QStringLiteral("leaderboard_entry"), QStringLiteral("leaderboard_id")));

    const TableInfo *position = schema.table(QStringLiteral("maturity_position"));
    const ColumnInfo *stage = position->column(QStringLiteral("stage"));
    QCOMPARE(stage->kind, ColumnKind::Reference);
    QCOMPARE(stage->refColumn, QStringLiteral("name"));
    QCOMPARE(position->column(QStringLiteral("curve_year"))->kind, ColumnKind::Year);
    QCOMPARE(position->column(QStringLiteral("is_new"))->kind, ColumnKind::Flag);
    QCOMPARE(schema.table(QStringLiteral("funding_company"))
                 ->column(QStringLiteral("amount_yuan"))
                 ->kind,
        ColumnKind::Money);
    QCOMPARE(schema.table(QStringLiteral("price_cut"))->column(QStringLiteral("max_percent"))->kind,
        ColumnKind::Percent);
    QCOMPARE(schema.table(QStringLiteral("policy"))->column(QStringLiteral("date"))->kind,
        ColumnKind::Date);
    // Schema 003's column is picked up without a descriptor entry for its table.
    QCOMPARE(
        schema.table(QStringLiteral("organization"))->column(QStringLiteral("parent_id"))->refTable,
        QStringLiteral("organization"));

    const EditQueries queries(*m_db, schema);
    QCOMPARE(
        queries.rowLabel(QStringLiteral("leaderboard_entry"), entryOf(QStringLiteral("GLM-4"))),
        QStringLiteral("GLM-4"));
    QCOMPARE(
        queries.rowLabel(QStringLiteral("leaderboard"), 1), QStringLiteral("SuperClue 2024-04"));
}

void TestEditSession::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("audit table") << "change_log"
                                 << "reason";
    QTest::newRow("view") << "v_leaderboard"
                          << "score";
    QTest::newRow("sqlite table") << "sqlite_schema"
                                  << "sql";
    QTest::newRow("injected table") << "model; DROP TABLE model"
                                    << "name";
    QTest::newRow("injected column") << "model"
                                     << "name = 'x'; --";
    QTest::newRow("unknown column") << "model"
                                    << "colour";
}

void TestEditSession::unknownNamesAreRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    const QStringList before = dumpTables(*m_db);
    Edit edit;
    edit.ops.append(EditOp::update(table, 1, {{column, QStringLiteral("x")}}));
    const EditResult result = m_session->apply(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, EditError::Kind::Invalid);
    QVERIFY(!result.error->message.isEmpty());
    QCOMPARE(dumpTables(*m_db), before);
}

void TestEditSession::invalidValuesAreRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rowSql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("message");

    const QString glm = "SELECT e.id FROM leaderboard_entry e JOIN model m ON m.id = e.model_id "
                        "WHERE m.name = 'GLM-4'";
    const QString policy = "SELECT min(id) FROM policy";
    const QString cut = "SELECT min(id) FROM price_cut";
    const QString company = "SELECT min(id) FROM funding_company";
    const QString position = "SELECT min(id) FROM maturity_position";
    const QString org = "SELECT min(id) FROM organization";
    const QString model = "SELECT id FROM model WHERE name = 'GLM-4'";

    QTest::newRow("date: month 13")
        << "policy" << policy << "date" << QVariant("2024-13")
        << "Date: “2024-13” is not a valid date. Allowed: a date as YYYY (year), YYYY-MM (month) "
           "or YYYY-MM-DD (day), e.g. 2024-04.";
    QTest::newRow("date: 30 February")
        << "policy" << policy << "date" << QVariant("2024-02-30") << "not a valid date";
    QTest::newRow("date: slashes")
        << "policy" << policy << "date" << QVariant("2024/04") << "not a valid date";
    QTest::newRow("date: two-digit year")
        << "policy" << policy << "date" << QVariant("24-04") << "not a valid date";
    QTest::newRow("percent: over 100")
        << "price_cut" << cut << "max_percent" << QVariant(120.0)
        << "Largest cut: 120 is outside 0 to 100. Allowed: a percentage from 0 to 100, e.g. 52.2.";
    QTest::newRow("percent: negative")
        << "price_cut" << cut << "min_percent" << QVariant(-1.0) << "outside 0 to 100";
    QTest::newRow("percent: text")
        << "price_cut" << cut << "min_percent" << QVariant("half") << "“half” is not a number";
    QTest::newRow("money: negative")
        << "funding_company" << company << "amount_yuan" << QVariant(-5.0)
        << "Amount: -5 is negative. Allowed: an amount of 0 or more";
    QTest::newRow("number: trailing text") << "leaderboard_entry" << glm << "score"
                                           << QVariant("80abc") << "Score: “80abc” is not a number";
    QTest::newRow("score: beyond the scale")
        << "leaderboard_entry" << glm << "score" << QVariant(150.0)
        << "Score: 150 is outside 0 to 100. Allowed: a number from 0 to 100";
    QTest::newRow("number: infinite")
        << "leaderboard_entry" << glm << "score" << QVariant("inf") << "not a finite number";
    QTest::newRow("count: fraction") << "funding_company" << company << "list_rank" << QVariant(1.5)
                                     << "Rank in list: “1.5” is not a whole number";
    QTest::newRow("count: negative")
        << "funding_company" << company << "list_rank" << QVariant(-2) << "-2 is negative";
    QTest::newRow("year: out of range")
        << "maturity_position" << position << "curve_year" << QVariant(1800)
        << "Curve year: 1800 is not a year in range. Allowed: a year from 1900 to 2100";
    QTest::newRow("flag: 2") << "maturity_position" << position << "is_new" << QVariant(2)
                             << "neither 0 nor 1";
    QTest::newRow("choice: unknown kind")
        << "organization" << org << "kind" << QVariant("robot")
        << "Kind: “robot” is not in the list. Allowed: one of: company, government, research, "
           "community, investor, other.";
    QTest::newRow("stage: unknown")
        << "maturity_position" << position << "stage" << QVariant("成熟")
        << "Stage: there is no maturity stage “成熟”";
    QTest::newRow("reference: missing organization")
        << "model" << model << "organization_id" << QVariant(99999)
        << "Organization: there is no organization “99999”. Allowed: an entry picked from the "
           "list.";
    QTest::newRow("required: empty name") << "model" << model << "name" << QVariant("   ")
                                          << "Name: it is required and cannot be left empty";
    QTest::newRow("unique: model name")
        << "model" << model << "name" << QVariant("@another model's name")
        << "Name: another model has “@another model's name” already";
    QTest::newRow("text: too long")
        << "model" << model << "note" << QVariant(QString(5000, 'x'))
        << "Note: the text has 5000 characters. Allowed: text up to 4000 characters.";
    QTest::newRow("status is set by TrendScope")
        << "model" << model << "status" << QVariant("stated") << "Status is set by TrendScope";
    QTest::newRow("row number") << "model" << model << "id" << QVariant(5) << "cannot be set";
}

void TestEditSession::invalidValuesAreRefusedAndNothingWritten()
{
    QFETCH(QString, table);
    QFETCH(QString, rowSql);
    QFETCH(QString, column);
    QFETCH(QVariant, input);
    QFETCH(QString, message);

    if (input == QVariant("@another model's name")) {
        const QString other
            = value("SELECT name FROM model WHERE name <> 'GLM-4' ORDER BY id LIMIT 1").toString();
        input = other;
        message.replace("@another model's name", other);
    }
    const qint64 rowId = value(rowSql).toLongLong();
    QVERIFY(rowId > 0);
    const QStringList before = dumpTables(*m_db);
    Edit edit;
    edit.text = "invalid";
    edit.ops.append(EditOp::update(table, rowId, {{column, input}}));
    const EditResult result = m_session->apply(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, EditError::Kind::Invalid);
    QVERIFY2(result.error->message.contains(message), qPrintable(messageOf(result)));
    QCOMPARE(result.error->column, column);
    QCOMPARE(dumpTables(*m_db), before);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM change_log"), 0);
}

void TestEditSession::updateIsAuditedAndMarksProvenance()
{
    const qint64 entry = entryOf("GLM-4");
    QCOMPARE(
        value(QString("SELECT status FROM leaderboard_entry WHERE id = %1").arg(entry)).toString(),
        "stated");
    const double oldScore
        = value(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble();
    Edit edit;
    edit.text = "set score of GLM-4";
    edit.reason = "typo in the report table";
    edit.ops.append(EditOp::update("leaderboard_entry", entry, {{"score", "79.5"}}));
    const EditResult result = m_session->apply(edit);
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(
        value(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble(),
        79.5);
    QCOMPARE(value(QString("SELECT typeof(score) FROM leaderboard_entry WHERE id = %1").arg(entry))
                 .toString(),
        "real");
    QCOMPARE(
        value(QString("SELECT status FROM leaderboard_entry WHERE id = %1").arg(entry)).toString(),
        "editor");

    QCOMPARE(result.changeLogIds.size(), 2);
    const EditQueries queries(*m_db, m_session->schema());
    const QList<ChangeEntry> history
        = ChangeHistory(*m_db, m_session->schema()).entries("leaderboard_entry", entry);
    QCOMPARE(history.size(), 2);
    QStringList seen;
    for (const ChangeEntry &e : history) {
        QCOMPARE(e.author, "Test Editor");
        QCOMPARE(e.reason, "typo in the report table");
        QCOMPARE(e.action, "update");
        QVERIFY(!e.at.isEmpty());
        seen.append(e.column + ": " + e.oldValue.toString() + " -> " + e.newValue.toString());
    }
    QVERIFY(seen.contains("score: " + FieldValidator::toText(oldScore) + " -> 79.5"));
    QVERIFY(seen.contains("status: stated -> editor"));

    // Setting the same value again changes nothing and logs nothing.
    Edit same;
    same.ops.append(EditOp::update("leaderboard_entry", entry, {{"score", 79.5}}));
    const EditResult again = m_session->apply(same);
    QVERIFY(again.ok());
    QVERIFY(again.applied.ops.isEmpty());
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM change_log"), 2);
}

// A fact row belongs to an edition of its own source: a new row without one joins the
// source's only edition; with several the editor must say which; another source's edition
// is refused. Undo and redo keep the edition the row was given.
void TestEditSession::newRowJoinsItsSourcesEdition()
{
    const auto event = [](const QVariantMap &extra) {
        QVariantMap values {
            {"title", "新事件"}, {"category", "market"}, {"source_id", 1}, {"section", "测试"}};
        values.insert(extra);
        Edit edit;
        edit.ops.append(EditOp::insert("event", values));
        return edit;
    };
    const EditResult joined = m_session->apply(event({}));
    QVERIFY2(joined.ok(), qPrintable(messageOf(joined)));
    const qint64 row = joined.applied.ops.constFirst().rowId;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT edition_id FROM event WHERE id = %1").arg(row)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(joined.applied.ops.constFirst().values.value("edition_id").toLongLong(), 1);

    const EditResult wrong = m_session->apply(event({{"edition_id", 2}}));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error->column, QStringLiteral("edition_id"));
    QVERIFY2(wrong.error->message.contains(QStringLiteral("belongs to source “2”")),
        qPrintable(wrong.error->message));

    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO edition (id, source_id, label) VALUES (9, 1, '2025')")));
    const EditResult ambiguous = m_session->apply(event({}));
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.error->message.contains(QStringLiteral("several editions")),
        qPrintable(ambiguous.error->message));
    const EditResult chosen = m_session->apply(event({{"edition_id", 9}}));
    QVERIFY2(chosen.ok(), qPrintable(messageOf(chosen)));
    QVERIFY(m_session->apply(chosen.inverse).ok());
    const EditResult redone = m_session->apply(chosen.applied);
    QVERIFY2(redone.ok(), qPrintable(messageOf(redone)));
    QCOMPARE(redone.applied.ops.constFirst().values.value("edition_id").toLongLong(), 9);
}

void TestEditSession::undoAndRedoRestoreExactly()
{
    const QStringList start = dumpTables(*m_db, {"change_log"});
    const qint64 entry = entryOf("GLM-4");
    Edit edit;
    edit.ops.append(
        EditOp::update("leaderboard_entry", entry, {{"score", 90.0}, {"note", "checked"}}));
    edit.ops.append(EditOp::insert("organization", {{"name", "新公司"}, {"kind", "company"}}));
    const EditResult done = m_session->apply(edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    const QStringList after = dumpTables(*m_db, {"change_log"});
    QVERIFY(after != start);

    const EditResult undone = m_session->apply(done.inverse);
    QVERIFY2(undone.ok(), qPrintable(messageOf(undone)));
    QCOMPARE(dumpTables(*m_db, {"change_log"}), start);

    const EditResult redone = m_session->apply(done.applied);
    QVERIFY2(redone.ok(), qPrintable(messageOf(redone)));
    QCOMPARE(dumpTables(*m_db, {"change_log"}), after);
}

void TestEditSession::undoRefusesToOverwriteAChangeMadeElsewhere()
{
    const qint64 entry = entryOf("GLM-4");
    Edit edit;
    edit.ops.append(EditOp::update("leaderboard_entry", entry, {{"score", 90.0}}));
    const EditResult done = m_session->apply(edit);
    QVERIFY(done.ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QString("UPDATE leaderboard_entry SET score = 91 WHERE id = %1").arg(entry)));
    const QStringList before = dumpTables(*m_db);
    const EditResult undone = m_session->apply(done.inverse);
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error->kind, EditError::Kind::Conflict);
    QVERIFY2(
        undone.error->message.contains("is now “91”, not “90”"), qPrintable(messageOf(undone)));
    QCOMPARE(undone.error->conflicts.size(), 1);
    // The newest change_log entry of the score is our own 90: it does not name who wrote 91.
    QVERIFY(undone.error->conflicts.first().author.isEmpty());
    QCOMPARE(dumpTables(*m_db), before);
}

void TestEditSession::twoEditorsOfOneScoreConflict()
{
    TwoEditors editors;
    QVERIFY(editors.open());
    const qint64 entry = superClueEntries(*editors.firstDb).value(0);
    QVERIFY(entry > 0);
    const QString scoreSql
        = QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry);
    const QString noteSql = QString("SELECT note FROM leaderboard_entry WHERE id = %1").arg(entry);
    const QVariant original = valueIn(*editors.firstDb, scoreSql);
    const QVariant originalNote = valueIn(*editors.firstDb, noteSql);
    QVERIFY(original.toDouble() != 77.25 && original.toDouble() != 81.5);

    const EditResult alice = editors.first->apply(setField(entry, "score", original, 77.25));
    QVERIFY2(alice.ok(), qPrintable(messageOf(alice)));
    const QStringList before = dumpTables(*editors.secondDb);
    const EditResult bob = editors.second->apply(setField(entry, "score", original, 81.5));
    QVERIFY(!bob.ok());
    QCOMPARE(bob.error->kind, EditError::Kind::Conflict);
    QCOMPARE(bob.error->table, QStringLiteral("leaderboard_entry"));
    QCOMPARE(bob.error->rowId, entry);
    QCOMPARE(bob.error->op, 0);
    QCOMPARE(bob.error->conflicts.size(), 1);
    const FieldConflict conflict = bob.error->conflicts.first();
    QCOMPARE(conflict.column, QStringLiteral("score"));
    QCOMPARE(conflict.original.toDouble(), original.toDouble());
    QCOMPARE(conflict.theirs.toDouble(), 77.25);
    QCOMPARE(conflict.mine.toDouble(), 81.5);
    QCOMPARE(conflict.author, QStringLiteral("Alice"));
    QCOMPARE(conflict.at,
        valueIn(
            *editors.firstDb, "SELECT at FROM change_log WHERE author = 'Alice' ORDER BY id DESC")
            .toString());
    QVERIFY2(bob.error->message.contains("is now “77.25”"), qPrintable(messageOf(bob)));
    // Nothing was overwritten, nothing logged.
    QCOMPARE(dumpTables(*editors.secondDb), before);
    QCOMPARE(valueIn(*editors.firstDb, scoreSql).toDouble(), 77.25);

    // Every conflicting field of the op, not just the first.
    QVERIFY(editors.first->apply(setField(entry, "note", originalNote, "Alice's note")).ok());
    Edit both = setField(entry, "score", original, 81.5);
    both.ops.first().values.insert("note", "Bob's note");
    both.ops.first().expected.insert("note", originalNote);
    const EditResult twice = editors.second->apply(both);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error->kind, EditError::Kind::Conflict);
    QCOMPARE(twice.error->conflicts.size(), 2);
    QStringList columns;
    for (const FieldConflict &c : twice.error->conflicts) {
        columns.append(c.column);
        QCOMPARE(c.author, QStringLiteral("Alice"));
    }
    columns.sort();
    QCOMPARE(columns, (QStringList {"note", "score"}));
    QCOMPARE(valueIn(*editors.secondDb, noteSql).toString(), QStringLiteral("Alice's note"));

    // Bob keeps his value deliberately: expecting theirs now, it goes through.
    const EditResult kept = editors.second->apply(setField(entry, "score", 77.25, 81.5));
    QVERIFY2(kept.ok(), qPrintable(messageOf(kept)));
    QCOMPARE(valueIn(*editors.firstDb, scoreSql).toDouble(), 81.5);
}

void TestEditSession::twoEditorsOfDifferentFieldsOrRowsBothWrite()
{
    TwoEditors editors;
    QVERIFY(editors.open());
    const QList<qint64> entries = superClueEntries(*editors.firstDb);
    QVERIFY(entries.size() >= 2);
    const qint64 entry = entries.at(0);
    const qint64 other = entries.at(1);
    auto sql = [](const char *column, qint64 id) {
        return QString("SELECT %1 FROM leaderboard_entry WHERE id = %2").arg(column).arg(id);
    };
    // Both loaded the rows before either wrote.
    const QVariant score = valueIn(*editors.firstDb, sql("score", entry));
    const QVariant note = valueIn(*editors.secondDb, sql("note", entry));
    const QVariant otherScore = valueIn(*editors.secondDb, sql("score", other));

    const EditResult alice = editors.first->apply(setField(entry, "score", score, 66.5));
    QVERIFY2(alice.ok(), qPrintable(messageOf(alice)));
    // Another field of the same row: merged, not a conflict.
    const EditResult bobNote = editors.second->apply(setField(entry, "note", note, "Bob's note"));
    QVERIFY2(bobNote.ok(), qPrintable(messageOf(bobNote)));
    // Another row.
    const EditResult bobScore = editors.second->apply(setField(other, "score", otherScore, 55.5));
    QVERIFY2(bobScore.ok(), qPrintable(messageOf(bobScore)));

    // Each sees the other's value, and its own.
    for (const Database *db : {editors.firstDb.get(), editors.secondDb.get()}) {
        QCOMPARE(valueIn(*db, sql("score", entry)).toDouble(), 66.5);
        QCOMPARE(valueIn(*db, sql("note", entry)).toString(), QStringLiteral("Bob's note"));
        QCOMPARE(valueIn(*db, sql("score", other)).toDouble(), 55.5);
    }
}

void TestEditSession::deleteTakesDependentsAndUndoBringsThemBack()
{
    const QStringList start = dumpTables(*m_db, {"change_log"});
    const EditQueries queries(*m_db, m_session->schema());
    const qint64 model = value("SELECT id FROM model WHERE name = 'GLM-4'").toLongLong();
    const QList<DependentRow> dependents = queries.dependents("model", model);
    QVERIFY(!dependents.isEmpty());
    bool hasEntry = false;
    for (const DependentRow &d : dependents)
        hasEntry = hasEntry || (d.table == "leaderboard_entry" && d.label == "GLM-4");
    QVERIFY(hasEntry);

    const Edit edit = queries.deleteRows("model", {model});
    QCOMPARE(edit.text, "delete model GLM-4");
    QCOMPARE(edit.ops.size(), dependents.size() + 1);
    const EditResult done = m_session->apply(edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    QCOMPARE(value(QString("SELECT count(*) FROM model WHERE id = %1").arg(model)).toInt(), 0);
    QCOMPARE(value(QString("SELECT count(*) FROM leaderboard_entry WHERE model_id = %1").arg(model))
                 .toInt(),
        0);
    QCOMPARE(
        scalar(*m_db, "SELECT count(*) FROM change_log WHERE action = 'delete'"), edit.ops.size());

    const EditResult undone = m_session->apply(done.inverse);
    QVERIFY2(undone.ok(), qPrintable(messageOf(undone)));
    QCOMPARE(dumpTables(*m_db, {"change_log"}), start);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

void TestEditSession::deleteWithoutDependentsInTheEditIsRefused()
{
    const QStringList before = dumpTables(*m_db);
    const qint64 board = value("SELECT min(id) FROM leaderboard").toLongLong();
    Edit edit;
    edit.ops.append(EditOp::remove("leaderboard", board));
    const EditResult result = m_session->apply(edit);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains("leaderboard entries still refer to this leaderboard"),
        qPrintable(messageOf(result)));
    QCOMPARE(dumpTables(*m_db), before);
}

void TestEditSession::newLeaderboardSnapshotCopiesEntries()
{
    const QStringList start = dumpTables(*m_db, {"change_log"});
    const EditQueries queries(*m_db, m_session->schema());
    const qint64 board
        = value("SELECT id FROM leaderboard WHERE snapshot = '2024-04'").toLongLong();
    const int entries = value(
        QString("SELECT count(*) FROM leaderboard_entry WHERE leaderboard_id = %1").arg(board))
                            .toInt();
    QString error;
    QVERIFY(!queries.newSnapshot("leaderboard", board, "2024-04", &error));
    QVERIFY(error.contains("another value"));
    QVERIFY(!queries.newSnapshot("leaderboard", board, "2024-5", &error));
    QVERIFY(error.contains("not a valid date"));

    const auto edit = queries.newSnapshot("leaderboard", board, "2024-06", &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->text, QString("add leaderboard SuperClue 2024-06 with %1 entries").arg(entries));
    const EditResult done = m_session->apply(*edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    const qint64 copy = value("SELECT id FROM leaderboard WHERE snapshot = '2024-06'").toLongLong();
    QVERIFY(copy > 0);
    QCOMPARE(
        value(QString("SELECT count(*) FROM leaderboard_entry WHERE leaderboard_id = %1").arg(copy))
            .toInt(),
        entries);
    QCOMPARE(value(QString("SELECT count(*) FROM leaderboard_entry WHERE leaderboard_id = %1 AND "
                           "status = 'editor'")
                       .arg(copy))
                 .toInt(),
        entries);
    QCOMPARE(m_session->apply(done.inverse).ok(), true);
    QCOMPARE(dumpTables(*m_db, {"change_log"}), start);
}

void TestEditSession::newCurveYearCopiesPositions()
{
    const EditQueries queries(*m_db, m_session->schema());
    const qint64 position
        = value("SELECT min(id) FROM maturity_position WHERE curve_year = 2024").toLongLong();
    const int rows
        = value("SELECT count(*) FROM maturity_position WHERE curve_year = 2024").toInt();
    QString error;
    const auto edit = queries.newSnapshot("maturity_position", position, 2025, &error);
    QVERIFY2(edit, qPrintable(error));
    const EditResult done = m_session->apply(*edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    QCOMPARE(value("SELECT count(*) FROM maturity_position WHERE curve_year = 2025").toInt(), rows);
    // A second copy to the same year breaks (technology, curve_year) uniqueness: refused whole.
    const auto again = queries.newSnapshot("maturity_position", position, 2025, &error);
    QVERIFY(again);
    const EditResult refused = m_session->apply(*again);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error->message.contains("another curve position has"),
        qPrintable(messageOf(refused)));
    QCOMPARE(value("SELECT count(*) FROM maturity_position WHERE curve_year = 2025").toInt(), rows);
}

void TestEditSession::revertSingleChanges()
{
    const EditQueries queries(*m_db, m_session->schema());
    const qint64 model = value("SELECT id FROM model WHERE name = 'GLM-4'").toLongLong();
    const QVariant oldEn = value(QString("SELECT name_en FROM model WHERE id = %1").arg(model));
    Edit rename;
    rename.ops.append(EditOp::update("model", model, {{"name_en", "GLM Four"}}));
    QVERIFY(m_session->apply(rename).ok());
    Edit kind;
    kind.ops.append(EditOp::update("model", model, {{"kind", "general"}}));
    QVERIFY(m_session->apply(kind).ok());

    // Revert only the English name: the kind stays.
    qint64 nameChange = 0;
    for (const ChangeEntry &e : ChangeHistory(*m_db, m_session->schema()).entries("model", model))
        if (e.column == "name_en")
            nameChange = e.id;
    QVERIFY(nameChange > 0);
    QString error;
    const auto revert = ChangeHistory(*m_db, m_session->schema()).revert(nameChange, &error);
    QVERIFY2(revert, qPrintable(error));
    QCOMPARE(revert->text, "revert english name of GLM-4");
    const EditResult done = m_session->apply(*revert);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    QCOMPARE(value(QString("SELECT name_en FROM model WHERE id = %1").arg(model)), oldEn);
    QCOMPARE(
        value(QString("SELECT kind FROM model WHERE id = %1").arg(model)).toString(), "general");
    // Reverting it a second time finds the row changed since: refused.
    const auto twice = ChangeHistory(*m_db, m_session->schema()).revert(nameChange, &error);
    QVERIFY(twice);
    QCOMPARE(m_session->apply(*twice).error->kind, EditError::Kind::Conflict);

    // Revert an insert and a delete.
    Edit add;
    add.ops.append(EditOp::insert("technology", {{"name", "量子计算"}, {"domain", "通信"}}));
    const EditResult added = m_session->apply(add);
    QVERIFY2(added.ok(), qPrintable(messageOf(added)));
    const qint64 tech = added.applied.ops.first().rowId;
    const qint64 insertEntry
        = ChangeHistory(*m_db, m_session->schema()).entries("technology", tech).first().id;
    const EditResult takenBack
        = m_session->apply(*ChangeHistory(*m_db, m_session->schema()).revert(insertEntry, &error));
    QVERIFY2(takenBack.ok(), qPrintable(messageOf(takenBack)));
    QCOMPARE(value(QString("SELECT count(*) FROM technology WHERE id = %1").arg(tech)).toInt(), 0);
    const qint64 deleteEntry
        = ChangeHistory(*m_db, m_session->schema()).entries("technology", tech).first().id;
    const auto restore = ChangeHistory(*m_db, m_session->schema()).revert(deleteEntry, &error);
    QVERIFY2(restore, qPrintable(error));
    QVERIFY(m_session->apply(*restore).ok());
    QCOMPARE(value(QString("SELECT name FROM technology WHERE id = %1").arg(tech)).toString(),
        "量子计算");
}

// Seeded random edits of every kind (updates of every column kind, inserts, deletes with
// dependents, snapshots, some invalid), then undo of all of them: every table except the
// append-only change_log is back to the start, value for value and type for type.
void TestEditSession::manyRandomEditsUndoneGiveTheStartBack()
{
    const QStringList start = dumpTables(*m_db, {"change_log"});
    const EditSchema &schema = m_session->schema();
    const EditQueries queries(*m_db, schema);
    QRandomGenerator random(20240426);
    QList<Edit> inverses;
    int refused = 0;
    int applied = 0;
    auto randomValue = [&](const ColumnInfo &c) -> QVariant {
        if (random.bounded(12) == 0 && !c.required)
            return QVariant();
        switch (c.kind) {
        case ColumnKind::Text:
            return QString("文本 %1").arg(random.bounded(100000));
        case ColumnKind::LongText:
            return QString("note\n%1 “quoted”").arg(random.bounded(1000));
        case ColumnKind::Integer:
        case ColumnKind::Count:
            return qint64(random.bounded(500));
        case ColumnKind::Year:
            return qint64(2000 + random.bounded(40));
        case ColumnKind::Number:
            return random.bounded(100000) / 100.0;
        case ColumnKind::Percent:
            return random.bounded(10001) / 100.0;
        case ColumnKind::Money:
            return double(random.bounded(1000)) * 1e7;
        case ColumnKind::Date: {
            const int p = random.bounded(3);
            const QString y = QString::number(2015 + random.bounded(12));
            if (p == 0)
                return y;
            const QString m = QString("%1").arg(1 + random.bounded(12), 2, 10, QChar('0'));
            if (p == 1)
                return QString(y + "-" + m);
            return QString(
                y + "-" + m + QString("-%1").arg(1 + random.bounded(28), 2, 10, QChar('0')));
        }
        case ColumnKind::Choice:
            return c.choices.at(random.bounded(int(c.choices.size())));
        case ColumnKind::Reference: {
            const QList<PickerChoice> choices = queries.choices(c);
            if (choices.isEmpty())
                return QVariant();
            return choices.at(random.bounded(int(choices.size()))).key;
        }
        case ColumnKind::Flag:
            return qint64(random.bounded(2));
        }
        return {};
    };

    const QList<TableInfo> tables = schema.tables();
    for (int step = 0; step < 400; ++step) {
        const TableInfo &table = tables.at(random.bounded(int(tables.size())));
        const auto rows = queries.rows(table.name);
        QVERIFY(rows);
        if (rows->rowIds.isEmpty())
            continue;
        const qint64 rowId = rows->rowIds.at(random.bounded(int(rows->rowIds.size())));
        Edit edit;
        const int what = random.bounded(20);
        if (what < 13) {
            // Update one to three columns (a multi-column edit of one row) or one column of
            // several rows.
            QList<const ColumnInfo *> editable;
            for (const ColumnInfo &c : table.columns)
                if (c.editable && !c.key)
                    editable.append(&c);
            const ColumnInfo *c = editable.at(random.bounded(int(editable.size())));
            if (what < 3) {
                for (int i = 0; i < 3; ++i)
                    edit.ops.append(EditOp::update(table.name,
                        rows->rowIds.at(random.bounded(int(rows->rowIds.size()))),
                        {{c->name, randomValue(*c)}}));
            } else {
                QVariantMap values {{c->name, randomValue(*c)}};
                const ColumnInfo *d = editable.at(random.bounded(int(editable.size())));
                values.insert(d->name, randomValue(*d));
                edit.ops.append(EditOp::update(table.name, rowId, values));
            }
            if (random.bounded(10) == 0) // an invalid value somewhere: the whole edit is refused
                edit.ops.append(EditOp::update(table.name, rowId,
                    {{c->name, QString("∞ not valid " + QString::number(step))}}));
        } else if (what < 16) {
            QVariantMap values = queries.rowValues(table.name, rowId);
            for (const QStringList &key : table.uniqueKeys)
                for (const QString &k : key)
                    if (k == "snapshot")
                        values.insert(k, QString::number(2030 + step % 60));
                    else if (table.column(k)->kind == ColumnKind::Text)
                        values.insert(k,
                            QString(values.value(k).toString() + " copy " + QString::number(step)));
            edit.ops.append(EditOp::insert(table.name, values));
        } else if (what < 19) {
            edit = queries.deleteRows(table.name, {rowId});
            if (edit.ops.size()
                > 8) // deleting a source takes every fact with it: keep data to edit
                continue;
        } else if (table.snapshot.kind != SnapshotSpec::Kind::None) {
            const ColumnInfo *c = table.column(table.snapshot.column);
            QString error;
            const auto snapshot = queries.newSnapshot(table.name, rowId, randomValue(*c), &error);
            if (!snapshot)
                continue;
            edit = *snapshot;
        } else {
            continue;
        }
        const QStringList before = dumpTables(*m_db, {"change_log"});
        const EditResult result = m_session->apply(edit);
        if (!result.ok()) {
            ++refused;
            QVERIFY2(result.error->kind == EditError::Kind::Invalid, qPrintable(messageOf(result)));
            QCOMPARE(dumpTables(*m_db, {"change_log"}), before);
            continue;
        }
        ++applied;
        inverses.append(result.inverse);
    }
    QVERIFY2(applied > 150, qPrintable(QString::number(applied)));
    QVERIFY2(refused > 10, qPrintable(QString::number(refused)));
    QVERIFY(dumpTables(*m_db, {"change_log"}) != start);
    for (int i = int(inverses.size()) - 1; i >= 0; --i) {
        const EditResult result = m_session->apply(inverses.at(i));
        QVERIFY2(result.ok(), qPrintable(QString("undo %1: %2").arg(i).arg(messageOf(result))));
    }
    QCOMPARE(dumpTables(*m_db, {"change_log"}), start);
    QCOMPARE(value("PRAGMA integrity_check").toString(), "ok");
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    qInfo("%d random edits applied and undone, %d refused", applied, refused);
}

void TestEditSession::lockHeldByAnotherConnection()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    EditSession session(*db);
    const QStringList before = dumpTables(*db);

    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    Edit edit;
    edit.text = "set English name";
    edit.ops.append(EditOp::update("model", 1, {{"name_en", "Locked Out"}}));
    const EditResult locked = session.apply(edit);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error->kind, EditError::Kind::Locked);
    QVERIFY2(
        locked.error->message.contains(QFileInfo(path).fileName()), qPrintable(messageOf(locked)));
    QVERIFY2(locked.error->message.contains("another connection inside this program"),
        qPrintable(messageOf(locked)));
    QVERIFY(locked.error->message.contains("your change is kept"));

    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(dumpTables(*db), before);
    // The kept edit goes through once the lock is gone.
    const EditResult retried = session.apply(edit);
    QVERIFY2(retried.ok(), qPrintable(messageOf(retried)));
    sqlite3_close(other);
    QCOMPARE(
        EditTestUtil::scalar(*db, "SELECT count(*) FROM model WHERE name_en = 'Locked Out'"), 1);
}

void TestEditSession::lockHeldByAnotherProgramIsNamed()
{
    const QString sqlite = QStandardPaths::findExecutable("sqlite3");
    if (sqlite.isEmpty())
        QSKIP("the sqlite3 command-line program is not installed");
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    EditSession session(*db);

    QProcess holder;
    holder.start(sqlite, {path});
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n");
    QVERIFY(holder.waitForReadyRead(5000));
    QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));

    Edit edit;
    edit.ops.append(EditOp::update("model", 1, {{"name_en", "Locked Out"}}));
    const EditResult locked = session.apply(edit);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error->kind, EditError::Kind::Locked);
    QVERIFY2(
        locked.error->message.contains(QString("sqlite3 (process %1)").arg(holder.processId())),
        qPrintable(messageOf(locked)));

    holder.write("ROLLBACK;\n.quit\n");
    QVERIFY(holder.waitForFinished(5000));
    QVERIFY(session.apply(edit).ok());
}

void TestEditSession::readOnlyFileRefusesEdits()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(error.message()));
    QVERIFY(db->isReadOnly());
    EditSession session(*db);
    Edit edit;
    edit.ops.append(EditOp::update("model", 1, {{"name_en", "x"}}));
    const EditResult result = session.apply(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, EditError::Kind::ReadOnly);
    QVERIFY(result.error->message.contains("read-only"));
}

void TestEditSession::watcherNoticesOtherWriters()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY(db);
    EditSession session(*db);
    ChangeWatcher watcher;
    watcher.setInterval(50);
    watcher.setDatabase(db.get());
    QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);

    // Our own edits are not "elsewhere".
    Edit edit;
    edit.ops.append(EditOp::update("model", 1, {{"name_en", "Own edit"}}));
    QVERIFY(session.apply(edit).ok());
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);

    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "UPDATE model SET name_en = 'Elsewhere' WHERE id = 1", nullptr,
                 nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(other);
    QTRY_COMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
