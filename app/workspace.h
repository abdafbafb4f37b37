#pragma once

#include "types.h"

#include "explorerstate.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace TrendScope {

struct ServerLocation;

class ChangeWatcher;
class ChangesModel;
class Database;
struct DatabaseError;
class EditController;
class EditSession;
class FundingShareModel;
class LeaderboardModel;
class MaturityModel;
class PriceCutModel;
class SurveyModel;
class TimelineModel;
class TrainingRunModel;
class Queries;

// One query that fills one source model. reload() runs them all; the benchmark times each
// beside the same statement run raw (tests/bench).
struct SourceQuery
{
    // Puts fetched rows into the model, on the models' thread.
    using Apply = std::function<void()>;

    QString name; // e.g. "leaderboard"
    QString sql; // the model's main statement, from Queries::...Sql()
    std::function<Apply(const Queries &, QString *)>
        fetch; // runs the query on any thread (with
               // a connection of that thread); sets an error
    std::function<void()> clear; // empties the model (no dataset open)

    // Fetches and applies on this thread; returns an error or "".
    QString load(const Queries &queries) const;
};

// The open dataset and the source models filled from it. Views read the models; a new
// file or an edit reloads them in one place.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Takes the database, re-queries every model; false (and `error`) if a query failed.
    bool setDatabase(std::unique_ptr<Database> database, QString *error = nullptr);
    bool reload(QString *error = nullptr);

    // The same work off this thread, so the window stays responsive on a large file:
    // openInBackground validates `path` (quick_check) on a worker thread, opens it here, then
    // loads as reloadInBackground does: every query on a worker with its own read-only
    // connection, then all models filled here at once. Until then the models keep what
    // they had. loadStarted, loadProgress, then one of loadFinished, loadFailed (the
    // dataset and models as they were) or loadCancelled. A newer load replaces a running one.
    void openInBackground(const QString &path);
    // The same for a shared dataset on a PostgreSQL server (a path that is a postgresql:// URI
    // comes here too): the server is reached and the dataset validated on a worker thread,
    // then this thread connects and loads.
    void openServerInBackground(const ServerLocation &location);
    void reloadInBackground();
    // Stops the running load, unless it is already filling the models (a moment).
    void cancelLoad();
    bool isLoading() const;
    // Reloads after an edit or an outside change run in the background once the models hold
    // more than this many rows (default 20,000); below it they are quicker than a thread.
    void setBackgroundRowLimit(qint64 rows) { m_backgroundRowLimit = rows; }
    qint64 loadedRowCount() const { return m_loadedRows; }

    Database *database() const { return m_database.get(); }
    // Edits of the open dataset: every change goes through it, and each reloads the models.
    EditController *editController() const { return m_editController; }
    // The name change_log records for edits (from the settings).
    void setEditorName(const QString &name);
    QString editorName() const { return m_editorName; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    LeaderboardModel *leaderboardModel() const { return m_leaderboard; }
    const QList<SourceInfo> &sources() const { return m_sources; }
    std::optional<EntityDetails> details(EntityRef entity) const;
    const QList<SourceQuery> &sourceQueries() const { return m_queries; }
    // Which source queries loads run: only those named (a command drawing one view needs
    // that view's alone), or all of them when `names` is empty, as by default. The models of
    // the others stay empty. Takes effect at the next load.
    void setLoadedSources(const QStringList &names) { m_loadedSources = names; }
    MaturityModel *maturityModel() const { return m_maturity; }
    FundingShareModel *fundingModel() const { return m_funding; }
    PriceCutModel *priceCutModel() const { return m_priceCuts; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TrainingRunModel *trainingRunModel() const { return m_trainingRuns; }
    SurveyModel *surveyModel() const { return m_surveys; }
    // What changed between the editions `state` compares, or since the change of the file's
    // history it names (the "changes" source): follows the state from now on, reloading that
    // source alone when either changes.
    // Calling it again with the same state does nothing.
    void followComparison(ExplorerState *state);
    ChangesModel *changesModel() const { return m_changes; }
    // The models show entities' names in `state`'s name order (issue 17), now and after every
    // change of it. Calling it again with the same state does nothing.
    void followNameOrder(ExplorerState *state);

signals:
    void datasetChanged();
    void loadStarted(const QString &what);
    void loadProgress(int done, int total);
    void loadFinished();
    void loadFailed(const QString &message);
    void loadCancelled();
    // Another program committed to the open file, or another editor to the open server dataset
    // (`by` and `what` then name them and their edit); the models were reloaded.
    void changedElsewhere(const QString &by, const QString &what);

private:
    struct Job;
    void install(std::unique_ptr<Database> database);
    // Runs `validate` on a worker thread, then `open` here (a connection belongs to the thread
    // that makes it) and loads what it opened; `what` names the job for the load indicator.
    void openValidated(const QString &what, std::function<std::optional<DatabaseError>()> validate,
        std::function<std::unique_ptr<Database>(DatabaseError *)> open);
    QList<SourceQuery> queriesToLoad() const;
    void reloadAfterChange();
    void reloadChanges();
    std::shared_ptr<Job> startJob(const QString &what);
    bool stopJob();
    bool isCurrent(const std::shared_ptr<Job> &job) const { return job == m_job; }
    void finishJob(const std::shared_ptr<Job> &job);
    void applyLoaded(const QList<SourceQuery::Apply> &applies, const QList<SourceInfo> &sources);
    void applyInSteps(const std::shared_ptr<Job> &job, const QList<SourceQuery::Apply> &applies,
        const QList<SourceInfo> &sources, int next);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<EditSession> m_session; // after m_database: destroyed before it
    EditController *m_editController;
    ChangeWatcher *m_watcher;
    QString m_editorName;
    LeaderboardModel *m_leaderboard;
    QList<SourceInfo> m_sources;
    MaturityModel *m_maturity;
    FundingShareModel *m_funding;
    PriceCutModel *m_priceCuts;
    TimelineModel *m_timeline;
    TrainingRunModel *m_trainingRuns;
    SurveyModel *m_surveys;
    ChangesModel *m_changes;
    ExplorerState *m_comparisonState = nullptr;
    QPointer<ExplorerState> m_nameOrderState; // cleared when it goes: a new one is followed
    // The comparison the "changes" source runs, copied from the state on this thread and
    // read by background loads under the mutex.
    Comparison m_compared;
    qint64 m_changesSince = ExplorerState::NoHistory;
    mutable QMutex m_comparedMutex;
    QList<SourceQuery> m_queries;
    QStringList m_loadedSources; // empty: all
    std::shared_ptr<Job> m_job; // the running background load, if any
    QList<std::shared_ptr<Job>> m_stopped; // stopped jobs whose threads may still run
    qint64 m_backgroundRowLimit = 20000;
    qint64 m_loadedRows = 0;
};

} // namespace TrendScope
