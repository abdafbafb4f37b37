// EditSession on a shared dataset on a real PostgreSQL server (issue 20): the same edits,
// rules and undo as on a file, the audit trail naming the database user, an edit made on what
// another editor has changed since refused with both values, and every commit announced to
// the other editors.

#include "changenotice.h"
#include "database.h"
#include "editqueries.h"
#include "editsession.h"
#include "queries.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TrendScope;
using TestUtil::ScratchServerDatabase;

class TestEditSessionServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updateIsAuditedByTheRoleAndUndone();
    void rulesRefuseAsInAFile_data();
    void rulesRefuseAsInAFile();
    void deleteAndUndoBringBackTheSameRows();
    void newRowsTakeTheServersKeys();
    void staleEditIsAConflictNotAnOverwrite();
    void editWaitingOnAnotherCommitSeesIt();
    void differentRowsBothApply();
    void commitsAreAnnounced();
    void readerRoleRefusesEdits();
    void lostConnectionIsMadeAgain();
    void serverGoneRefusesAndKeepsNothingHalfDone();

private:
    std::unique_ptr<Database> open(bool reader = false) const;
    QVariant value(const Database &db, const QString &sql) const;
    qint64 glmEntry(const Database &db) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchServerDatabase> m_server;
};

namespace {

QString messageOf(const EditResult &result)
{
    return result.error ? result.error->message : QString();
}

// Every row of the exportable tables except the audit trail, as the server gives them.
QStringList dump(const Database &db)
{
    QStringList lines;
    const Queries queries(db);
    QStringList names = queries.exportableNames();
    names.removeAll(QStringLiteral("change_log"));
    QString error;
    const auto tables = queries.tables(names, &error);
    if (!tables)
        return {error};
    for (const Table &table : *tables)
        for (const QVariantList &row : table.rows) {
            QStringList cells {table.name};
            for (const QVariant &v : row)
                cells.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
    return lines;
}

} // namespace

void TestEditSessionServer::init()
{
    REQUIRE_TEST_SERVER();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ScratchServerDatabase>(QStringLiteral("editsession"));
    DatabaseError error;
    const auto file = Database::open(TestUtil::makeDatasetFile(*m_dir), &error);
    QVERIFY2(file, qPrintable(error.message()));
    const auto problem = ServerDataset::publish(*file, m_server->editor(), false);
    QVERIFY2(!problem, qPrintable(problem ? problem->message() : QString()));
}

void TestEditSessionServer::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Database> TestEditSessionServer::open(bool reader) const
{
    DatabaseError error;
    auto db = Database::openServer(reader ? m_server->reader() : m_server->editor(), &error);
    if (!db)
        qWarning("%s", qPrintable(error.message()));
    return db;
}

QVariant TestEditSessionServer::value(const Database &db, const QString &sql) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QString(QStringLiteral("error: ") + q.lastError().text());
    return q.value(0);
}

qint64 TestEditSessionServer::glmEntry(const Database &db) const
{
    return value(db,
        QStringLiteral("SELECT min(e.id) FROM leaderboard_entry e JOIN model m ON "
                       "m.id = e.model_id WHERE m.name = 'GLM-4'"))
        .toLongLong();
}

void TestEditSessionServer::updateIsAuditedByTheRoleAndUndone()
{
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    session.setAuthor(QStringLiteral("a name from the settings"));
    QCOMPARE(session.schema().rowKey(), QStringLiteral("id"));
    QVERIFY(session.schema().table(QStringLiteral("leaderboard_entry")));
    QVERIFY(!session.schema().table(QStringLiteral("maturity_stage")));
    const QStringList before = dump(*db);
    const qint64 entry = glmEntry(*db);
    const double old
        = value(*db, QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
              .toDouble();
    Edit edit;
    edit.text = QStringLiteral("set score of GLM-4");
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 81.5}}));
    const EditResult done = session.apply(edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    QCOMPARE(
        value(*db, QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
            .toDouble(),
        81.5);
    QCOMPARE(
        value(*db, QStringLiteral("SELECT status FROM leaderboard_entry WHERE id = %1").arg(entry))
            .toString(),
        QStringLiteral("editor"));
    QCOMPARE(done.changeLogIds.size(), 2); // the score, and the status the edit set
    QCOMPARE(value(*db,
                 QStringLiteral("SELECT author FROM change_log WHERE id = %1")
                     .arg(done.changeLogIds.first()))
                 .toString(),
        m_server->editor().user);
    QCOMPARE(value(*db,
                 QStringLiteral("SELECT old_value FROM change_log WHERE id = %1")
                     .arg(done.changeLogIds.first()))
                 .toDouble(),
        old);

    const EditResult undone = session.apply(done.inverse);
    QVERIFY2(undone.ok(), qPrintable(messageOf(undone)));
    QCOMPARE(dump(*db), before);
}

void TestEditSessionServer::rulesRefuseAsInAFile_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rowSql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("message");
    const QString model = QStringLiteral("SELECT id FROM model WHERE name = 'GLM-4'");
    QTest::newRow("date") << "policy"
                          << "SELECT min(id) FROM policy"
                          << "date" << QVariant("2024-13") << "is not a valid date";
    QTest::newRow("unique name") << "model" << model << "name" << QVariant("@another model's name")
                                 << "Name: another model has “@another model's name” already";
    QTest::newRow("missing reference") << "model" << model << "organization_id" << QVariant(99999)
                                       << "Organization: there is no organization “99999”";
    QTest::newRow("unknown stage")
        << "maturity_position"
        << "SELECT min(id) FROM maturity_position"
        << "stage" << QVariant("成熟") << "The dataset's rules refuse this change";
}

void TestEditSessionServer::rulesRefuseAsInAFile()
{
    QFETCH(QString, table);
    QFETCH(QString, rowSql);
    QFETCH(QString, column);
    QFETCH(QVariant, input);
    QFETCH(QString, message);
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    const QStringList before = dump(*db);
    QVariant given = input;
    if (given.toString() == QLatin1String("@another model's name"))
        given = value(*db, QStringLiteral("SELECT name FROM model WHERE name <> 'GLM-4' LIMIT 1"));
    message.replace(QLatin1String("@another model's name"), given.toString());
    Edit edit;
    edit.ops.append(EditOp::update(table, value(*db, rowSql).toLongLong(), {{column, given}}));
    const EditResult result = session.apply(edit);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QCOMPARE(dump(*db), before);
    QCOMPARE(value(*db, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
}

void TestEditSessionServer::deleteAndUndoBringBackTheSameRows()
{
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    const QStringList before = dump(*db);
    const EditQueries queries(*db, session.schema());
    const qint64 model
        = value(*db, QStringLiteral("SELECT id FROM model WHERE name = 'GLM-4'")).toLongLong();
    const Edit edit = queries.deleteRows(QStringLiteral("model"), {model});
    QVERIFY(edit.ops.size() > 1); // its leaderboard entries go with it
    const EditResult done = session.apply(edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    QCOMPARE(
        value(*db, QStringLiteral("SELECT count(*) FROM model WHERE id = %1").arg(model)).toInt(),
        0);
    const EditResult undone = session.apply(done.inverse);
    QVERIFY2(undone.ok(), qPrintable(messageOf(undone)));
    QCOMPARE(dump(*db), before);
}

void TestEditSessionServer::newRowsTakeTheServersKeys()
{
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    const qint64 last = value(*db, QStringLiteral("SELECT max(id) FROM organization")).toLongLong();
    Edit edit;
    edit.text = QStringLiteral("add organization");
    edit.ops.append(EditOp::insert(QStringLiteral("organization"),
        {{QStringLiteral("name"), QStringLiteral("测试公司")},
            {QStringLiteral("kind"), QStringLiteral("company")}}));
    const EditResult done = session.apply(edit);
    QVERIFY2(done.ok(), qPrintable(messageOf(done)));
    const qint64 made = done.applied.ops.first().rowId;
    QVERIFY2(made > last, qPrintable(QString::number(made)));
    QCOMPARE(value(*db, QStringLiteral("SELECT name FROM organization WHERE id = %1").arg(made))
                 .toString(),
        QStringLiteral("测试公司"));
    QVERIFY(done.changeLogIds.first() > 0);
    QVERIFY2(session.apply(done.inverse).ok(), "undo");
}

// Two editors saw the same score; the first one's edit applies, the second one's is refused
// with the value it now holds, and nothing the first wrote is lost.
void TestEditSessionServer::staleEditIsAConflictNotAnOverwrite()
{
    const auto first = open();
    const auto second = open();
    QVERIFY(first && second);
    EditSession mine(*first);
    EditSession theirs(*second);
    const qint64 entry = glmEntry(*first);
    const QVariant seen = value(
        *first, QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry));
    auto scoreEdit = [&](double score) {
        Edit edit;
        EditOp op = EditOp::update(
            QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), score}});
        op.expected = {{QStringLiteral("score"), seen}};
        edit.ops.append(op);
        return edit;
    };
    const EditResult won = theirs.apply(scoreEdit(77.0));
    QVERIFY2(won.ok(), qPrintable(messageOf(won)));
    const EditResult lost = mine.apply(scoreEdit(66.0));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error->kind, EditError::Kind::Conflict);
    QVERIFY2(lost.error->message.contains(QLatin1String("77")), qPrintable(lost.error->message));
    // What the conflict dialog shows: each value, and who changed it.
    QCOMPARE(lost.error->conflicts.size(), 1);
    const FieldConflict &field = lost.error->conflicts.first();
    QCOMPARE(field.column, QStringLiteral("score"));
    QCOMPARE(field.original.toDouble(), seen.toDouble());
    QCOMPARE(field.theirs.toDouble(), 77.0);
    QCOMPARE(field.mine.toDouble(), 66.0);
    QCOMPARE(field.author, m_server->editor().user);
    QCOMPARE(value(*first,
                 QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
                 .toDouble(),
        77.0);
}

// The race itself: another editor's transaction has changed the score and not yet committed
// when this edit starts. The edit waits for that commit (the row is read FOR UPDATE) and then
// sees the new value, so it is refused instead of overwriting it.
void TestEditSessionServer::editWaitingOnAnotherCommitSeesIt()
{
    const auto other = open();
    QVERIFY(other);
    const qint64 entry = glmEntry(*other);
    const QVariant seen = value(
        *other, QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry));
    QSqlQuery q(other->connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = 55 WHERE id = %1").arg(entry)));

    std::optional<EditResult> result;
    const ServerLocation location = m_server->editor();
    QThread *editor = QThread::create([&] {
        DatabaseError error;
        const auto db = Database::openServer(location, &error);
        if (!db)
            return;
        EditSession session(*db);
        Edit edit;
        EditOp op = EditOp::update(
            QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 66.0}});
        op.expected = {{QStringLiteral("score"), seen}};
        edit.ops.append(op);
        result = session.apply(edit);
    });
    editor->start();
    QVERIFY(!editor->wait(500)); // it waits for the other transaction
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QVERIFY(editor->wait(10000));
    delete editor;
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error->kind, EditError::Kind::Conflict);
    QCOMPARE(value(*other,
                 QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
                 .toDouble(),
        55.0);
}

void TestEditSessionServer::differentRowsBothApply()
{
    const auto first = open();
    const auto second = open();
    QVERIFY(first && second);
    EditSession a(*first);
    EditSession b(*second);
    const qint64 entry = glmEntry(*first);
    const qint64 other = value(
        *first, QStringLiteral("SELECT min(id) FROM leaderboard_entry WHERE id <> %1").arg(entry))
                             .toLongLong();
    Edit one;
    one.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 70.25}}));
    Edit two;
    two.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), other, {{QStringLiteral("score"), 60.75}}));
    QVERIFY(a.apply(one).ok());
    QVERIFY(b.apply(two).ok());
    // Each connection reads the other's committed change.
    QCOMPARE(value(*first,
                 QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(other))
                 .toDouble(),
        60.75);
    QCOMPARE(value(*second,
                 QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
                 .toDouble(),
        70.25);
}

void TestEditSessionServer::commitsAreAnnounced()
{
    const auto listener = open(true);
    const auto editor = open();
    QVERIFY(listener && editor);
    QSqlDriver *driver = listener->connection().driver();
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(Database::ServerChangeChannel)));
    QSignalSpy heard(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification));
    EditSession session(*editor);
    Edit edit;
    edit.text = QStringLiteral("set score of GLM-4");
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), glmEntry(*editor), {{QStringLiteral("score"), 79.0}}));
    QVERIFY(session.apply(edit).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 5000);
    const auto notice = ChangeNotice::fromPayload(heard.first().at(2).toString());
    QVERIFY(notice);
    QCOMPARE(notice->by, m_server->editor().user);
    QCOMPARE(notice->what, QStringLiteral("set score of GLM-4"));
    QCOMPARE(notice->rows.size(), 1);
    QCOMPARE(notice->rows.first().first, QStringLiteral("leaderboard_entry"));
    QCOMPARE(notice->rows.first().second, glmEntry(*editor));

    // A refused edit commits nothing and announces nothing.
    Edit bad;
    bad.ops.append(EditOp::update(QStringLiteral("leaderboard_entry"), glmEntry(*editor),
        {{QStringLiteral("score"), 500.0}}));
    QVERIFY(!session.apply(bad).ok());
    QTest::qWait(300);
    QCOMPARE(heard.size(), 1);
}

void TestEditSessionServer::readerRoleRefusesEdits()
{
    const auto db = open(true);
    QVERIFY(db);
    QVERIFY(db->isReadOnly());
    EditSession session(*db);
    Edit edit;
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), glmEntry(*db), {{QStringLiteral("score"), 1.0}}));
    const EditResult result = session.apply(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, EditError::Kind::ReadOnly);
    QVERIFY2(result.error->message.contains(
                 m_server->reader().user + QLatin1String(" may read but not change")),
        qPrintable(result.error->message));
}

// The server closed this connection (a restart, an administrator): the next edit connects
// again and applies.
void TestEditSessionServer::lostConnectionIsMadeAgain()
{
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    const qint64 entry = glmEntry(*db);
    const int pid = value(*db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
    ScratchServerDatabase::admin(m_server->editor(), [pid](QSqlQuery &q) {
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    });
    Edit edit;
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 71.5}}));
    const EditResult result = session.apply(edit);
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(
        value(*db, QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
            .toDouble(),
        71.5);
}

// The dataset went away under the editor (here: its database was dropped): the edit is
// refused as a lock is, so the window keeps it for a retry, and nothing crashes.
void TestEditSessionServer::serverGoneRefusesAndKeepsNothingHalfDone()
{
    const auto db = open();
    QVERIFY(db);
    EditSession session(*db);
    const qint64 entry = glmEntry(*db);
    m_server.reset(); // DROP DATABASE … WITH (FORCE) ends this connection too
    Edit edit;
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 71.5}}));
    const EditResult result = session.apply(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, EditError::Kind::Locked);
    QVERIFY2(result.error->message.contains(QLatin1String("cannot be reached"))
            && result.error->message.contains(QLatin1String("your change is kept")),
        qPrintable(result.error->message));
    QVERIFY(result.applied.isEmpty());
}

QTEST_GUILESS_MAIN(TestEditSessionServer)
#include "tst_editsessionserver.moc"
