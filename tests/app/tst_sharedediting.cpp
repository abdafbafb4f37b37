// Two TrendScope processes editing one PostgreSQL dataset (issue 20). The test's own window is
// one editor; the other is this executable started again with --peer: a second process with
// its own main window, workspace and connection, driven line by line through its standard
// input as a person would drive it (select the row, type into the form, press Apply), and
// saying on its standard output what it sees (its status bar, its form).

#include "database.h"
#include "dataeditor.h"
#include "editcontroller.h"
#include "editorformutil.h"
#include "fieldvalidator.h"
#include "mainwindow.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "testutil.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <unistd.h>

using namespace TrendScope;
using EditorFormUtil::formText;
using EditorFormUtil::typeIntoForm;

namespace {

const QString Entries = QStringLiteral("leaderboard_entry");

// A main window as main() composes it, on `uri`; null if the dataset did not load.
struct Editor : WindowFixture
{
    Editor()
        : WindowFixture(NoDataset {})
    { }

    bool open(const QString &uri)
    {
        window->show();
        // The data editor's dock, opened as View → Data Editor opens it.
        window->findChild<QDockWidget *>(QStringLiteral("data-editor-dock"))->show();
        QSignalSpy finished(&workspace, &Workspace::loadFinished);
        window->openStartupDataset(uri);
        return QTest::qWaitFor(
                   [&] { return finished.count() > 0 && !workspace.isLoading(); }, 20000)
            && workspace.database() && workspace.database()->isServer();
    }
    DataEditor &editor() const { return *window->dataEditor(); }
    bool select(qint64 entry) const
    {
        editor().setTable(Entries);
        return editor().selectRow(entry);
    }
    QString status() const { return window->statusBar()->currentMessage(); }
};

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The second process. Commands, one a line: "type ENTRY COLUMN TEXT", "apply ANSWER" (the
// button to click if the Changed Elsewhere dialog comes), "show ENTRY COLUMN", "quit". It
// says "ready", "typed", "applied" or "conflict WHO|ORIGINAL|THEIRS|MINE", "value TEXT",
// and "heard STATUS" each time another editor's change reached it.
int runPeer(const QString &uri)
{
    Editor peer;
    if (!peer.open(uri)) {
        say(QStringLiteral("failed"));
        return 1;
    }
    QObject::connect(&peer.workspace, &Workspace::changedElsewhere, &peer.workspace,
        [&peer] { say(QStringLiteral("heard ") + peer.status()); });
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    QSocketNotifier lines(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&lines, &QSocketNotifier::activated, &lines, [&] {
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        const QStringList words = line.split(QLatin1Char(' '));
        const QString verb = words.value(0);
        if (verb == QLatin1String("type") && words.size() == 4) {
            const bool ok = peer.select(words.at(1).toLongLong())
                && typeIntoForm(peer.editor(), words.at(2), words.at(3));
            say(ok ? QStringLiteral("typed") : QStringLiteral("no such row"));
        } else if (verb == QLatin1String("apply") && words.size() == 2) {
            const QStringList seen
                = EditorFormUtil::applyFormAnswering(peer.editor(), qPrintable(words.at(1)));
            say(seen.isEmpty() ? QStringLiteral("applied")
                               : QStringLiteral("conflict ") + seen.join(QLatin1Char('|')));
        } else if (verb == QLatin1String("show") && words.size() == 3) {
            peer.select(words.at(1).toLongLong());
            say(QStringLiteral("value ") + formText(peer.editor(), words.at(2)));
        } else {
            lines.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    say(QStringLiteral("ready"));
    return QCoreApplication::exec();
}

} // namespace

class TestSharedEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsOfDifferentRowsReachTheOtherProcess();
    void sameScoreInBothProcessesAsksTheSecond_data();
    void sameScoreInBothProcessesAsksTheSecond();

private:
    // Starts the other process on the dataset; false if it did not say it is ready.
    bool startPeer();
    // Sends one command to the other process and waits for its answer starting with `reply`.
    QString tell(const QString &command, const QString &reply);
    // Waits (the event loop running) for a line of the other process starting with `prefix`
    // that it has not said before, and returns it.
    QString await(const QString &prefix, int timeoutMs = 5000);
    QVariant value(const QString &sql) const;
    qint64 superClueEntry(bool last) const;
    QString modelOf(qint64 entry) const;

    std::unique_ptr<TestUtil::ScratchServerDatabase> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Editor> m_mine;
    std::unique_ptr<QProcess> m_peer;
    QStringList m_said; // the other process's lines not awaited yet
};

void TestSharedEditing::init()
{
    REQUIRE_TEST_SERVER();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestUtil::ScratchServerDatabase>(QStringLiteral("shared"));
    {
        DatabaseError error;
        const auto file = Database::open(TestUtil::makeDatasetFile(*m_dir), &error);
        QVERIFY2(file, qPrintable(error.message()));
        const auto problem = ServerDataset::publish(*file, m_server->editor(), false);
        QVERIFY2(!problem, qPrintable(problem ? problem->message() : QString()));
    }
    m_mine = std::make_unique<Editor>();
    QVERIFY(m_mine->open(m_server->editor().printable()));
    QVERIFY(startPeer());
}

void TestSharedEditing::cleanup()
{
    if (m_peer) {
        m_peer->write("quit\n");
        if (!m_peer->waitForFinished(5000))
            m_peer->kill();
        m_peer.reset();
    }
    m_mine.reset();
    m_said.clear();
    m_server.reset();
    m_dir.reset();
}

bool TestSharedEditing::startPeer()
{
    m_peer = std::make_unique<QProcess>();
    // Its own settings, as another user's TrendScope has.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("peer")));
    m_peer->setProcessEnvironment(environment);
    m_peer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_peer.get(), &QProcess::readyReadStandardOutput, this, [this] {
        while (m_peer->canReadLine())
            m_said.append(QString::fromUtf8(m_peer->readLine()).trimmed());
    });
    m_peer->start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--peer"), m_server->editor().printable()});
    return !await(QStringLiteral("ready"), 30000).isNull();
}

QString TestSharedEditing::await(const QString &prefix, int timeoutMs)
{
    QString found;
    (void)QTest::qWaitFor(
        [&] {
            for (int i = 0; i < m_said.size(); ++i)
                if (m_said.at(i).startsWith(prefix)) {
                    found = m_said.takeAt(i);
                    return true;
                }
            return m_peer->state() == QProcess::NotRunning;
        },
        timeoutMs);
    return found;
}

QString TestSharedEditing::tell(const QString &command, const QString &reply)
{
    m_peer->write(command.toUtf8() + '\n');
    return await(reply);
}

QVariant TestSharedEditing::value(const QString &sql) const
{
    QSqlQuery q(m_mine->workspace.database()->connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

qint64 TestSharedEditing::superClueEntry(bool last) const
{
    return value(QStringLiteral("SELECT %1(e.id) FROM leaderboard_entry e JOIN leaderboard l"
                                " ON l.id = e.leaderboard_id WHERE l.benchmark = 'SuperClue'")
                     .arg(last ? QLatin1String("max") : QLatin1String("min")))
        .toLongLong();
}

QString TestSharedEditing::modelOf(qint64 entry) const
{
    return value(QStringLiteral("SELECT m.name FROM leaderboard_entry e JOIN model m"
                                " ON m.id = e.model_id WHERE e.id = %1")
                     .arg(entry))
        .toString();
}

// Each process changes a different score; each sees the other's within a second, named in
// its status bar, and reloaded.
void TestSharedEditing::editsOfDifferentRowsReachTheOtherProcess()
{
    const qint64 theirs = superClueEntry(false);
    const qint64 mine = superClueEntry(true);
    QVERIFY(theirs > 0 && mine > 0 && modelOf(theirs) != modelOf(mine));

    QCOMPARE(tell(QStringLiteral("type %1 score 74.5").arg(theirs), "typed"), "typed");
    QCOMPARE(tell(QStringLiteral("apply conflict-cancel"), "applied"), "applied");
    const QString heard
        = QStringLiteral("changed the dataset (set score of %1); reloaded.").arg(modelOf(theirs));
    QTRY_VERIFY2_WITH_TIMEOUT(m_mine->status().contains(heard), qPrintable(m_mine->status()), 1000);
    QVERIFY(m_mine->status().startsWith(m_server->editor().user));
    QVERIFY(m_mine->select(theirs));
    QCOMPARE(formText(m_mine->editor(), "score"), FieldValidator::toText(74.5));

    QVERIFY(m_mine->select(mine));
    QVERIFY(typeIntoForm(m_mine->editor(), "score", "66.25"));
    QVERIFY(EditorFormUtil::applyFormAnswering(m_mine->editor(), "conflict-cancel").isEmpty());
    const QString reached = await(QStringLiteral("heard"), 1000);
    QVERIFY2(reached.contains(QStringLiteral("(set score of %1)").arg(modelOf(mine))),
        qPrintable(reached));
    QCOMPARE(tell(QStringLiteral("show %1 score").arg(mine), "value"), "value 66.25");
    QCOMPARE(value(QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1").arg(theirs))
                 .toDouble(),
        74.5);
}

void TestSharedEditing::sameScoreInBothProcessesAsksTheSecond_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<double>("written"); // the score on the server afterwards
    QTest::addColumn<QString>("shown"); // in my form afterwards

    QTest::newRow("keep mine") << "conflict-keep-mine" << 81.5 << "81.5";
    QTest::newRow("take theirs") << "conflict-take-theirs" << 77.25 << "77.25";
    QTest::newRow("cancel") << "conflict-cancel" << 77.25 << "81.5";
}

// Both processes have typed a new value for one SuperCLUE score; the other applies first.
// Mine is not written over theirs: the dialog shows the original, theirs and mine, and what
// is written is what I choose there.
void TestSharedEditing::sameScoreInBothProcessesAsksTheSecond()
{
    QFETCH(QString, button);
    QFETCH(double, written);
    QFETCH(QString, shown);
    const qint64 entry = superClueEntry(false);
    const QString scoreSql = QStringLiteral("SELECT score FROM leaderboard_entry WHERE id = %1");
    const double original = value(scoreSql.arg(entry)).toDouble();
    QVERIFY(original != 81.5 && original != 77.25);

    QCOMPARE(tell(QStringLiteral("type %1 score 77.25").arg(entry), "typed"), "typed");
    QVERIFY(m_mine->select(entry));
    QVERIFY(typeIntoForm(m_mine->editor(), "score", "81.5"));
    QCOMPARE(tell(QStringLiteral("apply conflict-cancel"), "applied"), "applied");
    // Their change reaches my window, which reloads; what I typed stays in the form.
    QTRY_VERIFY_WITH_TIMEOUT(m_mine->status().contains("changed the dataset"), 1000);
    QCOMPARE(formText(m_mine->editor(), "score"), "81.5");

    const QStringList seen
        = EditorFormUtil::applyFormAnswering(m_mine->editor(), qPrintable(button));
    QCOMPARE(seen.size(), 4);
    QVERIFY2(seen.at(0).contains(m_server->editor().user), qPrintable(seen.at(0)));
    QCOMPARE(seen.mid(1), (QStringList {FieldValidator::toText(original), "77.25", "81.5"}));
    QCOMPARE(value(scoreSql.arg(entry)).toDouble(), written);
    QTRY_COMPARE(formText(m_mine->editor(), "score"), shown);
    // The other process shows what the server now holds.
    if (written != 77.25)
        QVERIFY(!await(QStringLiteral("heard"), 1000).isNull());
    QCOMPARE(tell(QStringLiteral("show %1 score").arg(entry), "value"),
        QStringLiteral("value ") + FieldValidator::toText(written));
    QCOMPARE(m_mine->workspace.editController()->stack()->count(), written == 81.5 ? 1 : 0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (argc == 3 && qstrcmp(argv[1], "--peer") == 0)
        return runPeer(QString::fromLocal8Bit(argv[2]));
    QTEST_SET_MAIN_SOURCE_PATH
    TestSharedEditing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedediting.moc"
