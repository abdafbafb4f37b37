#include "database.h"
#include "editsession.h"
#include "historydiff.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

// What changed within one file: the net difference between two points of its audit trail.
class TestHistoryDiff : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path
            = TestUtil::makeDatasetFile(m_dir, QStringLiteral("h%1.sqlite").arg(++m_n));
        DatabaseError error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_session = std::make_unique<EditSession>(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("SELECT e.id FROM leaderboard_entry e JOIN model m ON m.id = e.model_id "
                       "WHERE m.name = 'GLM-4'")
            && q.next());
        m_glm = q.value(0).toLongLong();
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void emptyTrail()
    {
        QVERIFY(HistoryDiff::points(*m_db).isEmpty());
        QVERIFY(HistoryDiff::between(*m_db, m_session->schema(), 0).isEmpty());
    }

    void aFieldChangedTwiceShowsFirstOldAndLastNew()
    {
        setScore(74.0, "first");
        setScore(75.5, "second");
        const QList<HistoryPoint> points = HistoryDiff::points(*m_db);
        QCOMPARE(points.size(), 2);
        // A person's edit also marks the row as the editor's.
        QVERIFY(points.at(0).isOneRow());
        QCOMPARE(points.at(0).action, QStringLiteral("update"));
        QCOMPARE(points.at(0).table, QStringLiteral("leaderboard_entry"));
        QCOMPARE(points.at(0).rowId, m_glm);
        QCOMPARE(points.at(0).fields, QStringList({"score", "status"}));
        QCOMPARE(points.at(1).fields, QStringList({"score"}));
        QCOMPARE(points.at(1).reason, QStringLiteral("second"));

        FactChanges changes = HistoryDiff::between(*m_db, m_session->schema(), 0);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).field, QStringLiteral("status"));
        QCOMPARE(changes.at(1).before.toString(), QStringLiteral("stated"));
        QCOMPARE(changes.at(1).after.toString(), QStringLiteral("editor"));
        QCOMPARE(changes.at(0).kind, FactChange::Kind::Changed);
        QCOMPARE(changes.at(0).key, QStringLiteral("GLM-4"));
        QCOMPARE(changes.at(0).field, QStringLiteral("score"));
        QCOMPARE(changes.at(0).before.toString(), QStringLiteral("72.58"));
        QCOMPARE(changes.at(0).after.toString(), QStringLiteral("75.5"));
        QCOMPARE(changes.at(0).tableLabel, QStringLiteral("Leaderboard entries"));
        // Up to the first change only, and after it only.
        changes = HistoryDiff::between(*m_db, m_session->schema(), 0, points.at(0).lastId);
        QCOMPARE(changes.at(0).after.toString(), QStringLiteral("74"));
        changes = HistoryDiff::between(*m_db, m_session->schema(), points.at(0).lastId);
        QCOMPARE(changes.at(0).before.toString(), QStringLiteral("74"));
    }

    void changedBackOrAddedAndRemovedIsNoChange()
    {
        setScore(74.0, "away");
        setScore(72.58, "back");
        Edit add;
        add.text = QStringLiteral("add event");
        add.ops.append(EditOp::insert(QStringLiteral("event"),
            {{QStringLiteral("title"), QStringLiteral("临时事件")},
                {QStringLiteral("category"), QStringLiteral("market")},
                {QStringLiteral("source_id"), 1}, {QStringLiteral("section"), QStringLiteral("t")},
                {QStringLiteral("edition_id"), 1}}));
        const EditResult added = m_session->apply(add);
        QVERIFY(added.ok());
        // The score went and came back: only the status (now the editor's) and the event.
        FactChanges changes = HistoryDiff::between(*m_db, m_session->schema(), 0);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).table, QStringLiteral("event"));
        QCOMPARE(changes.at(0).kind, FactChange::Kind::Added);
        QCOMPARE(changes.at(1).field, QStringLiteral("status"));
        const QList<HistoryPoint> points = HistoryDiff::points(*m_db);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(2).action, QStringLiteral("insert"));
        QCOMPARE(points.at(2).table, QStringLiteral("event"));
        QVERIFY(points.at(2).fields.isEmpty());
        QVERIFY(m_session->apply(added.inverse).ok());
        changes = HistoryDiff::between(*m_db, m_session->schema(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).field, QStringLiteral("status"));
    }

    // One edit of several rows is one point that counts its entries per table.
    void anEditOfSeveralRowsCountsThemPerTable()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM leaderboard_entry WHERE id <> %1 LIMIT 1")
                           .arg(m_glm))
            && q.next());
        const qint64 other = q.value(0).toLongLong();
        Edit edit;
        edit.text = QStringLiteral("set two scores");
        for (const qint64 id : {m_glm, other})
            edit.ops.append(EditOp::update(
                QStringLiteral("leaderboard_entry"), id, {{QStringLiteral("score"), 70.0}}));
        QVERIFY(m_session->apply(edit).ok());
        const QList<HistoryPoint> points = HistoryDiff::points(*m_db);
        QCOMPARE(points.size(), 1);
        QVERIFY(!points.at(0).isOneRow());
        QVERIFY(points.at(0).table.isEmpty() && points.at(0).fields.isEmpty());
        QCOMPARE(
            points.at(0).tables.value(QStringLiteral("leaderboard_entry")), points.at(0).entries);
        QVERIFY(points.at(0).entries >= 2);
    }

    void addedAndRemovedRowsShowTheirMainValue()
    {
        Edit remove;
        remove.text = QStringLiteral("remove GLM-4's score");
        remove.ops.append(EditOp::remove(QStringLiteral("leaderboard_entry"), m_glm));
        QVERIFY(m_session->apply(remove).ok());
        const FactChanges changes = HistoryDiff::between(*m_db, m_session->schema(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, FactChange::Kind::Removed);
        QCOMPARE(changes.at(0).field, QStringLiteral("score"));
        QCOMPARE(changes.at(0).before.toDouble(), 72.58);
        QCOMPARE(changes.at(0).rowA, m_glm);
        // The row is gone: it is named from the trail's image of it (its model's id).
        QVERIFY(!changes.at(0).key.isEmpty());
    }

private:
    void setScore(double score, const char *reason)
    {
        Edit edit;
        edit.text = QStringLiteral("set score");
        edit.reason = QLatin1String(reason);
        edit.ops.append(EditOp::update(
            QStringLiteral("leaderboard_entry"), m_glm, {{QStringLiteral("score"), score}}));
        const EditResult result = m_session->apply(edit);
        QVERIFY(result.ok());
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    qint64 m_glm = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditSession> m_session;
};

QTEST_GUILESS_MAIN(TestHistoryDiff)
#include "tst_historydiff.moc"
