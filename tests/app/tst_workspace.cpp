// The workspace's background loads: the same rows as a load on the UI thread, progress,
// cancel, failures that keep the open dataset, a newer load replacing an older one, and
// reloads after an edit of a large dataset going to the background.

#include "changesmodel.h"
#include "database.h"
#include "editcontroller.h"
#include "explorerstate.h"
#include "fundingsharemodel.h"
#include "leaderboardmodel.h"
#include "maturitymodel.h"
#include "pricecutmodel.h"
#include "queries.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "surveymodel.h"
#include "testutil.h"
#include "timelinemodel.h"
#include "trainingrunmodel.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backgroundLoadMatchesForegroundLoad();
    void openInBackground();
    void twoEditorsOnOneServerSeeEachOther();
    void readerRoleOpensServerReadOnly();
    void refusedFileKeepsOpenDataset_data();
    void refusedFileKeepsOpenDataset();
    void cancelKeepsModels();
    void newerLoadReplacesRunningOne();
    void editOfLargeDatasetReloadsInBackground();
    void inMemoryDatasetLoadsAtOnce();
    void changesFollowTheFilesHistory();

private:
    // Every model's rows as text, to compare two loads.
    static QStringList dump(const Workspace &workspace);
    static bool waitForLoad(Workspace &workspace, QSignalSpy &finished);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspace::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("data-%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    TestUtil::makeDatasetFile(m_dir, QFileInfo(m_path).fileName());
}

QStringList TestWorkspace::dump(const Workspace &workspace)
{
    QStringList lines;
    const QList<QAbstractItemModel *> models {workspace.leaderboardModel(),
        workspace.maturityModel(), workspace.fundingModel(), workspace.priceCutModel(),
        workspace.timelineModel(), workspace.trainingRunModel(), workspace.surveyModel()};
    for (QAbstractItemModel *model : models) {
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column).data().toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
        lines.append(QStringLiteral("--"));
    }
    for (const SourceInfo &source : workspace.sources())
        lines.append(source.code);
    return lines;
}

bool TestWorkspace::waitForLoad(Workspace &workspace, QSignalSpy &finished)
{
    return QTest::qWaitFor([&] { return finished.count() > 0 && !workspace.isLoading(); }, 20000);
}

void TestWorkspace::backgroundLoadMatchesForegroundLoad()
{
    DatabaseError error;
    Workspace foreground;
    QVERIFY(foreground.setDatabase(Database::open(m_path, &error)));
    const QStringList expected = dump(foreground);
    QVERIFY(foreground.leaderboardModel()->rowCount() > 0);

    Workspace background;
    QSignalSpy started(&background, &Workspace::loadStarted);
    QSignalSpy progress(&background, &Workspace::loadProgress);
    QSignalSpy finished(&background, &Workspace::loadFinished);
    QSignalSpy changed(&background, &Workspace::datasetChanged);
    QVERIFY(background.setDatabase(Database::open(m_path, &error)));
    background.leaderboardModel()->setRows({});
    changed.clear();
    background.reloadInBackground();
    QVERIFY(background.isLoading());
    QCOMPARE(started.count(), 1);
    QVERIFY(started.first().at(0).toString().contains(QFileInfo(m_path).fileName()));
    QVERIFY(waitForLoad(background, finished));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(changed.count(), 1);
    const int queries = int(background.sourceQueries().size());
    QCOMPARE(progress.count(), queries);
    QCOMPARE(progress.last().at(0).toInt(), queries);
    QCOMPARE(progress.last().at(1).toInt(), queries);
    QCOMPARE(dump(background), expected);
    QCOMPARE(background.loadedRowCount(), foreground.loadedRowCount());
}

void TestWorkspace::openInBackground()
{
    Workspace workspace;
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    QSignalSpy failed(&workspace, &Workspace::loadFailed);
    workspace.openInBackground(m_path);
    QVERIFY(!workspace.database()); // checked on the worker first
    QVERIFY(waitForLoad(workspace, finished));
    QCOMPARE(failed.count(), 0);
    QVERIFY(workspace.database());
    QCOMPARE(workspace.database()->path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(!workspace.database()->isReadOnly());
    QVERIFY(workspace.leaderboardModel()->rowCount() > 0);
    QVERIFY(workspace.timelineModel()->rowCount() > 0);
}

// Two windows' workspaces on one server dataset: an edit in one reaches the other within a
// second, reloaded, with who made it and what it was.
void TestWorkspace::twoEditorsOnOneServerSeeEachOther()
{
    REQUIRE_TEST_SERVER();
    TestUtil::ScratchServerDatabase server(QStringLiteral("workspace"));
    {
        DatabaseError error;
        const auto file = Database::open(m_path, &error);
        QVERIFY2(file, qPrintable(error.message()));
        const auto problem = ServerDataset::publish(*file, server.editor(), false);
        QVERIFY2(!problem, qPrintable(problem ? problem->message() : QString()));
    }
    Workspace mine;
    Workspace theirs;
    for (Workspace *workspace : {&mine, &theirs}) {
        QSignalSpy finished(workspace, &Workspace::loadFinished);
        QSignalSpy failed(workspace, &Workspace::loadFailed);
        workspace->openInBackground(server.editor().printable());
        QVERIFY(waitForLoad(*workspace, finished));
        QCOMPARE(failed.count(), 0);
        QVERIFY(workspace->database()->isServer());
        QVERIFY(!workspace->database()->isReadOnly());
    }
    QVERIFY(mine.leaderboardModel()->rowCount() > 0);
    QCOMPARE(theirs.leaderboardModel()->rowCount(), mine.leaderboardModel()->rowCount());

    QSqlQuery q(mine.database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(e.id) FROM leaderboard_entry e JOIN model m ON "
                                  "m.id = e.model_id WHERE m.name = 'GLM-4'"))
        && q.next());
    const qint64 entry = q.value(0).toLongLong();
    QSignalSpy heard(&theirs, &Workspace::changedElsewhere);
    QSignalSpy mineHeard(&mine, &Workspace::changedElsewhere);
    Edit edit;
    edit.text = QStringLiteral("set score of GLM-4");
    edit.ops.append(EditOp::update(
        QStringLiteral("leaderboard_entry"), entry, {{QStringLiteral("score"), 88.25}}));
    QVERIFY(!mine.editController()->submit(edit));
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 1000);
    QCOMPARE(heard.first().at(0).toString(), server.editor().user);
    QCOMPARE(heard.first().at(1).toString(), QStringLiteral("set score of GLM-4"));
    QCOMPARE(mineHeard.size(), 0); // its own edit is no news to it
    QTRY_VERIFY_WITH_TIMEOUT(!theirs.isLoading(), 5000);
    bool seen = false;
    for (int row = 0; row < theirs.leaderboardModel()->rowCount(); ++row)
        seen = seen
            || theirs.leaderboardModel()->rows().at(row).score == std::optional<double>(88.25);
    QVERIFY(seen);
}

void TestWorkspace::readerRoleOpensServerReadOnly()
{
    REQUIRE_TEST_SERVER();
    TestUtil::ScratchServerDatabase server(QStringLiteral("workspace_reader"));
    {
        DatabaseError error;
        const auto file = Database::open(m_path, &error);
        QVERIFY2(file, qPrintable(error.message()));
        QVERIFY(!ServerDataset::publish(*file, server.editor(), false));
    }
    Workspace workspace;
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    workspace.openInBackground(server.reader().printable());
    QVERIFY(waitForLoad(workspace, finished));
    QVERIFY(workspace.database()->isReadOnly());
    QVERIFY(workspace.leaderboardModel()->rowCount() > 0);
    const QString reason = workspace.editController()->disabledReason();
    QVERIFY2(reason.contains(server.reader().user + QLatin1String(" may read but not change")),
        qPrintable(reason));
}

void TestWorkspace::refusedFileKeepsOpenDataset_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: the file does not exist
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray() << "does not exist";
    QTest::newRow("text") << QByteArray("name,score\nGLM-4,72.58\n") << "not an SQLite database";
    QTest::newRow("empty") << QByteArray("") << "empty";
}

void TestWorkspace::refusedFileKeepsOpenDataset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString bad
        = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QTest::currentDataTag()));
    QFile::remove(bad);
    if (!bytes.isNull())
        TestUtil::writeFile(bad, bytes);
    const QByteArray digest = TestUtil::fileDigest(bad);

    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::open(m_path, &error)));
    const QStringList before = dump(workspace);
    QSignalSpy failed(&workspace, &Workspace::loadFailed);
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    workspace.openInBackground(bad);
    QVERIFY(QTest::qWaitFor([&] { return failed.count() > 0; }, 20000));
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(bad) && message.contains(reason), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!workspace.isLoading());
    QCOMPARE(workspace.database()->path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(dump(workspace), before);
    QCOMPARE(QFileInfo::exists(bad), !bytes.isNull()); // a missing path is never created
    QCOMPARE(TestUtil::fileDigest(bad), digest);
}

void TestWorkspace::cancelKeepsModels()
{
    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::open(m_path, &error)));
    const QStringList before = dump(workspace);
    // What the background load would bring: a changed score.
    QSqlQuery q(workspace.database()->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = 1.5")));
    QSignalSpy cancelled(&workspace, &Workspace::loadCancelled);
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    QSignalSpy changed(&workspace, &Workspace::datasetChanged);
    workspace.reloadInBackground();
    workspace.cancelLoad();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!workspace.isLoading());
    QTest::qWait(300); // whatever the stopped worker posts back is dropped
    QCOMPARE(finished.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dump(workspace), before);
    workspace.cancelLoad(); // nothing running: nothing to say
    QCOMPARE(cancelled.count(), 1);
}

void TestWorkspace::newerLoadReplacesRunningOne()
{
    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::open(m_path, &error)));
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    QSignalSpy cancelled(&workspace, &Workspace::loadCancelled);
    workspace.reloadInBackground();
    QSqlQuery q(workspace.database()->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = 2.5")));
    workspace.reloadInBackground();
    QVERIFY(waitForLoad(workspace, finished));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0); // replaced, not cancelled by the user
    // The newer load's rows are the ones shown.
    const LeaderboardRows rows = workspace.leaderboardModel()->rows();
    QVERIFY(!rows.isEmpty());
    for (const LeaderboardRow &row : rows)
        QCOMPARE(row.score.value_or(-1), 2.5);
}

void TestWorkspace::editOfLargeDatasetReloadsInBackground()
{
    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::open(m_path, &error)));
    QSignalSpy started(&workspace, &Workspace::loadStarted);
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    QSqlQuery q(workspace.database()->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = 3.5")));

    // Small: an edit reloads at once, on this thread.
    emit workspace.editController()->datasetEdited();
    QCOMPARE(started.count(), 0);
    QCOMPARE(workspace.leaderboardModel()->rows().constFirst().score.value_or(-1), 3.5);

    // Above the limit: in the background, the old rows shown until the new are in.
    workspace.setBackgroundRowLimit(10);
    QVERIFY(q.exec(QStringLiteral("UPDATE leaderboard_entry SET score = 4.5")));
    emit workspace.editController()->datasetEdited();
    QCOMPARE(started.count(), 1);
    QCOMPARE(workspace.leaderboardModel()->rows().constFirst().score.value_or(-1), 3.5);
    QVERIFY(waitForLoad(workspace, finished));
    QCOMPARE(workspace.leaderboardModel()->rows().constFirst().score.value_or(-1), 4.5);
}

void TestWorkspace::inMemoryDatasetLoadsAtOnce()
{
    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::createInMemory(&error)));
    workspace.leaderboardModel()->setRows({});
    QSignalSpy finished(&workspace, &Workspace::loadFinished);
    workspace.reloadInBackground(); // no second connection to an in-memory file
    QCOMPARE(finished.count(), 1);
    QVERIFY(!workspace.isLoading());
    QVERIFY(workspace.leaderboardModel()->rowCount() > 0);
}

// "What changed" since a change of the file's history: the changes source reads the audit
// trail when the state names a change, and the editions again when it no longer does.
void TestWorkspace::changesFollowTheFilesHistory()
{
    DatabaseError error;
    Workspace workspace;
    QVERIFY(workspace.setDatabase(Database::open(m_path, &error)));
    ExplorerState state;
    workspace.followComparison(&state);
    QCOMPARE(workspace.changesModel()->rowCount(), 0);
    QVERIFY(workspace.changesModel()->historyPoints().isEmpty());

    Edit edit;
    edit.text = QStringLiteral("set score");
    edit.ops.append(
        EditOp::update(QStringLiteral("leaderboard_entry"), 1, {{QStringLiteral("score"), 50.0}}));
    QVERIFY(!workspace.editController()->submit(edit));
    QCOMPARE(workspace.changesModel()->historyPoints().size(), 1);
    QCOMPARE(workspace.changesModel()->rowCount(), 0); // compare off, no change chosen

    state.setChangesSince(0, QStringLiteral("from change 1 on"));
    QCOMPARE(workspace.changesModel()->rowCount(), 2); // the score, and the status it set
    QCOMPARE(workspace.changesModel()->rows().constFirst().field, QStringLiteral("score"));
    QCOMPARE(workspace.changesModel()->rows().constFirst().after.toString(), QStringLiteral("50"));
    state.setChangesSince(ExplorerState::NoHistory);
    QCOMPARE(workspace.changesModel()->rowCount(), 0);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
