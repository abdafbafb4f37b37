#include "database.h"
#include "edittestutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

// A writer killed with SIGKILL in the middle of a stream of edits, many times over, on the
// same file: every edit it confirmed is there, no edit is half there, the file is sound.
class TestEditCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoConfirmedEdit();
};

void TestEditCrash::killedWriterLosesNoConfirmedEdit()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    QRandomGenerator random(7);
    int totalConfirmed = 0;
    int unconfirmedButCommitted = 0;
    // TRENDSCOPE_CRASH_ROUNDS=500 for a longer run by hand.
    const int rounds = qEnvironmentVariableIntValue("TRENDSCOPE_CRASH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("TRENDSCOPE_CRASH_ROUNDS")
        : 30;
    for (int round = 0; round < rounds; ++round) {
        const QString tag = QStringLiteral("kill-%1").arg(round);
        QProcess writer;
        writer.start(QStringLiteral(TRENDSCOPE_EDIT_HELPER),
            {path, tag, QString::number(round * 1000000), QStringLiteral("1000000")});
        QVERIFY(writer.waitForStarted());
        // Kill after a random number of confirmed edits (sometimes before the first one).
        const int target = random.bounded(40);
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (out.count('\n') < target && timer.elapsed() < 20000) {
            writer.waitForReadyRead(50);
            out += writer.readAllStandardOutput();
        }
        QTest::qSleep(random.bounded(15));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(5000));
        out += writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
            qPrintable(QString::fromUtf8(writer.readAllStandardError())));

        int confirmed = 0;
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith("committed "))
                confirmed = line.mid(10).toInt();
        totalConfirmed += confirmed;

        DatabaseError error;
        auto db = Database::open(path, &error); // validates: header, ids, quick_check
        QVERIFY2(db, qPrintable(error.message()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // Which of this round's edits are on disk.
        q.prepare(QStringLiteral("SELECT title FROM event WHERE title LIKE ? ORDER BY id"));
        q.addBindValue(QString(tag + QStringLiteral(" %")));
        QVERIFY(q.exec());
        QList<int> present;
        while (q.next())
            present.append(q.value(0).toString().section(QLatin1Char(' '), 1).toInt());
        // 1..confirmed are all there; at most one more edit committed before the kill but was
        // not yet printed.
        QVERIFY2(present.size() == confirmed || present.size() == confirmed + 1,
            qPrintable(QStringLiteral("round %1: %2 confirmed, %3 present")
                           .arg(round)
                           .arg(confirmed)
                           .arg(present.size())));
        for (int i = 0; i < present.size(); ++i)
            QCOMPARE(present.at(i), i + 1);
        unconfirmedButCommitted += int(present.size()) - confirmed;

        // Nothing half-applied: each edit present set its value too, and wrote its audit rows.
        for (int n : std::as_const(present)) {
            QSqlQuery log(db->connection());
            log.prepare(QStringLiteral(
                "SELECT count(*) FROM change_log WHERE author = 'stress' AND "
                "table_name = 'key_figure' AND column_name = 'value' AND new_value = ?"));
            log.addBindValue(QString::number(round * 1000000 + n));
            QVERIFY(log.exec() && log.next());
            QVERIFY2(log.value(0).toInt() >= 1,
                qPrintable(QStringLiteral("round %1 edit %2").arg(round).arg(n)));
        }
        const int events = EditTestUtil::scalar(
            *db, QStringLiteral("SELECT count(*) FROM event WHERE section = 'stress test'"));
        const int inserts = EditTestUtil::scalar(*db,
            QStringLiteral(
                "SELECT count(*) FROM change_log WHERE author = 'stress' AND action = 'insert'"));
        const int valueUpdates = EditTestUtil::scalar(*db,
            QStringLiteral("SELECT count(*) FROM change_log WHERE author = 'stress' AND "
                           "column_name = 'value'"));
        QCOMPARE(inserts, events);
        QCOMPARE(valueUpdates, events);
    }
    qInfo("%d rounds killed with SIGKILL; %d confirmed edits all found; %d committed edits not yet "
          "confirmed",
        rounds, totalConfirmed, unconfirmedButCommitted);
    QVERIFY(totalConfirmed > rounds);
}

QTEST_GUILESS_MAIN(TestEditCrash)
#include "tst_editcrash.moc"
