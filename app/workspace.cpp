#include "workspace.h"

#include "changesmodel.h"
#include "changewatcher.h"
#include "database.h"
#include "editcontroller.h"
#include "editiondiff.h"
#include "editschema.h"
#include "editsession.h"
#include "explorerstate.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "historydiff.h"
#include "leaderboardmodel.h"
#include "maturitymodel.h"
#include "pricecutmodel.h"
#include "queries.h"
#include "readsnapshot.h"
#include "serverdataset.h"
#include "serverlocation.h"
#include "surveymodel.h"
#include "timelinemodel.h"
#include "trainingrunmodel.h"

#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace TrendScope {

// One background load: its thread, and how the UI thread stops it.
struct Workspace::Job
{
    QPointer<QThread> thread;
    std::atomic<bool> cancelled {false};
    bool applying = false; // the models are being filled (on the UI thread)
    QMutex mutex;
    const Database *reading = nullptr; // the worker's connection while it queries (under mutex)

    void setReading(const Database *database)
    {
        const QMutexLocker lock(&mutex);
        reading = database;
    }
    void cancel()
    {
        cancelled = true;
        const QMutexLocker lock(&mutex);
        if (reading)
            reading->interrupt();
    }
};

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_editController(new EditController(this))
    , m_watcher(new ChangeWatcher(this))
    , m_leaderboard(new LeaderboardModel(this))
    , m_maturity(new MaturityModel(this))
    , m_funding(new FundingShareModel(this))
    , m_priceCuts(new PriceCutModel(this))
    , m_timeline(new TimelineModel(this))
    , m_trainingRuns(new TrainingRunModel(this))
    , m_surveys(new SurveyModel(this))
    , m_changes(new ChangesModel(this))
{
    // Charts and tables follow every edit at once, and every commit by another program
    // within a poll interval.
    connect(m_editController, &EditController::datasetEdited, this, &Workspace::reloadAfterChange);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this,
        [this](const QString &by, const QString &what) {
            reloadAfterChange();
            emit changedElsewhere(by, what);
        });

    // A model fed by two statements names its main one (the one that grows with the data).
    auto query = [this](const QString &name, const QString &sql,
                     std::function<SourceQuery::Apply(const Queries &, QString *)> fetch,
                     std::function<void()> clear) {
        m_queries.append({name, sql, std::move(fetch), std::move(clear)});
    };
    // A query whose rows go straight into one model.
    auto rows = [&query](const QString &name, const QString &sql, auto *model, auto fetch) {
        query(
            name, sql,
            [model, fetch](const Queries &q, QString *e) -> SourceQuery::Apply {
                return [model, rows = (q.*fetch)(e)] { model->setRows(rows); };
            },
            [model] { model->setRows({}); });
    };
    rows(QStringLiteral("leaderboard"), Queries::leaderboardSql(), m_leaderboard,
        &Queries::leaderboard);
    query(
        QStringLiteral("maturity-curve"), Queries::maturityPositionsSql(),
        [this](const Queries &q, QString *e) -> SourceQuery::Apply {
            QString f;
            const MaturityStages stages = q.maturityStages(e);
            const MaturityPositions positions = q.maturityPositions(&f);
            if (e->isEmpty())
                *e = f;
            return [model = m_maturity, stages, positions] { model->setRows(stages, positions); };
        },
        [this] { m_maturity->setRows({}, {}); });
    query(
        QStringLiteral("funding"), Queries::fundingCompaniesSql(),
        [this](const Queries &q, QString *e) -> SourceQuery::Apply {
            QString f;
            const FundingTotalRows totals = q.fundingTotals(e);
            const FundingShares shares = buildFundingShares(totals, q.fundingCompanies(&f));
            if (e->isEmpty())
                *e = f;
            return [model = m_funding, shares] { model->setRows(shares); };
        },
        [this] { m_funding->setRows({}); });
    rows(QStringLiteral("price-cuts"), Queries::priceCutsSql(), m_priceCuts, &Queries::priceCuts);
    rows(QStringLiteral("policies"), Queries::timelineSql(), m_timeline, &Queries::timeline);
    rows(QStringLiteral("training-runs"), Queries::trainingRunsSql(), m_trainingRuns,
        &Queries::trainingRuns);
    rows(QStringLiteral("surveys"), Queries::surveyStatsSql(), m_surveys, &Queries::surveyStats);
    // No single statement: the comparison runs one per fact table (EditionDiff), or reads the
    // file's audit trail (HistoryDiff); the trail's points are read each time for the view.
    query(
        QStringLiteral("changes"), QString(),
        [this](const Queries &q, QString *e) -> SourceQuery::Apply {
            Comparison compared;
            qint64 since = ExplorerState::NoHistory;
            {
                const QMutexLocker lock(&m_comparedMutex);
                compared = m_compared;
                since = m_changesSince;
            }
            FactChanges changes;
            QStringList notCompared;
            if (since != ExplorerState::NoHistory)
                changes = HistoryDiff::between(
                    q.database(), EditSchema::read(q.database()), since, 0, e);
            else if (compared.isActive())
                changes = EditionDiff::between(
                    q.database(), compared.editionA, compared.editionB, &notCompared, e);
            const QList<HistoryPoint> points = HistoryDiff::points(q.database(), e);
            return [model = m_changes, changes, notCompared, points] {
                model->setNotCompared(notCompared);
                model->setHistoryPoints(points);
                model->setRows(changes);
            };
        },
        [this] {
            m_changes->setNotCompared({});
            m_changes->setHistoryPoints({});
            m_changes->setRows({});
        });
}

void Workspace::followComparison(ExplorerState *state)
{
    if (state == m_comparisonState)
        return;
    if (m_comparisonState)
        disconnect(m_comparisonState, nullptr, this, nullptr);
    m_comparisonState = state;
    if (state) {
        connect(state, &ExplorerState::comparisonChanged, this, &Workspace::reloadChanges);
        connect(state, &ExplorerState::changesSinceChanged, this, &Workspace::reloadChanges);
    }
    reloadChanges();
}

void Workspace::followNameOrder(ExplorerState *state)
{
    if (state == m_nameOrderState)
        return;
    if (m_nameOrderState)
        disconnect(m_nameOrderState, &ExplorerState::nameOrderChanged, this, nullptr);
    m_nameOrderState = state;
    if (!state)
        return;
    const auto apply = [this](NameOrder order) {
        for (RowTableModelBase *model : std::initializer_list<RowTableModelBase *> {
                 m_leaderboard, m_maturity, m_funding, m_priceCuts, m_timeline, m_trainingRuns})
            model->setNameOrder(order);
    };
    connect(state, &ExplorerState::nameOrderChanged, this, apply);
    apply(state->nameOrder());
}

void Workspace::reloadChanges()
{
    {
        const QMutexLocker lock(&m_comparedMutex);
        m_compared = m_comparisonState ? m_comparisonState->comparison() : Comparison {};
        m_changesSince
            = m_comparisonState ? m_comparisonState->changesSince() : ExplorerState::NoHistory;
    }
    for (const SourceQuery &query : std::as_const(m_queries)) {
        if (query.name != QLatin1String("changes"))
            continue;
        if (!m_database)
            query.clear();
        else if (m_loadedSources.isEmpty() || m_loadedSources.contains(query.name))
            query.load(Queries(*m_database));
    }
}

Workspace::~Workspace()
{
    // Every worker posts back to this object: none may outlive it.
    stopJob();
    for (const std::shared_ptr<Job> &job : std::as_const(m_stopped)) {
        if (job->thread)
            job->thread->wait();
    }
}

QString SourceQuery::load(const Queries &queries) const
{
    QString error;
    fetch(queries, &error)();
    return error;
}

QList<SourceQuery> Workspace::queriesToLoad() const
{
    if (m_loadedSources.isEmpty())
        return m_queries;
    QList<SourceQuery> list;
    for (const SourceQuery &query : m_queries) {
        if (m_loadedSources.contains(query.name))
            list.append(query);
    }
    return list;
}

bool Workspace::setDatabase(std::unique_ptr<Database> database, QString *error)
{
    stopJob();
    install(std::move(database));
    return reload(error);
}

void Workspace::install(std::unique_ptr<Database> database)
{
    // The history and the session belong to the file they were made on.
    m_editController->setSession(nullptr);
    m_watcher->setDatabase(nullptr);
    m_session.reset();
    m_database = std::move(database);
    if (m_database) {
        m_session = std::make_unique<EditSession>(*m_database);
        m_session->setAuthor(m_editorName);
    }
    m_editController->setSession(m_session.get());
    m_watcher->setDatabase(m_database.get());
}

void Workspace::setEditorName(const QString &name)
{
    m_editorName = name;
    if (m_session)
        m_session->setAuthor(name);
}

bool Workspace::reload(QString *error)
{
    stopJob();
    if (!m_database) {
        m_sources.clear();
        for (const SourceQuery &query : std::as_const(m_queries))
            query.clear();
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    QString e;
    QList<SourceQuery::Apply> applies;
    QList<SourceInfo> sources;
    {
        // Every view from one committed state, whatever another program commits meanwhile.
        const ReadSnapshot snapshot(*m_database);
        e = snapshot.error();
        for (const SourceQuery &query : queriesToLoad()) {
            QString queryError;
            applies.append(query.fetch(queries, &queryError));
            if (e.isEmpty())
                e = queryError;
        }
        sources = queries.sources();
    }
    applyLoaded(applies, sources);
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

void Workspace::applyLoaded(
    const QList<SourceQuery::Apply> &applies, const QList<SourceInfo> &sources)
{
    m_sources = sources;
    for (const SourceQuery::Apply &apply : applies)
        apply();
    m_loadedRows = 0;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {m_leaderboard,
             m_maturity, m_funding, m_priceCuts, m_timeline, m_trainingRuns, m_surveys})
        m_loadedRows += model->rowCount();
    emit datasetChanged();
}

// Fills one model per event-loop pass, so the window answers between them (each model's
// views update as it resets); then the load is done. A newer load stops the rest; the user's
// Cancel no longer does, so the views never show a mix of two loads for long.
void Workspace::applyInSteps(const std::shared_ptr<Job> &job,
    const QList<SourceQuery::Apply> &applies, const QList<SourceInfo> &sources, int next)
{
    if (!isCurrent(job))
        return;
    job->applying = true;
    if (next < applies.size()) {
        applies.at(next)();
        QTimer::singleShot(0, this,
            [this, job, applies, sources, next] { applyInSteps(job, applies, sources, next + 1); });
        return;
    }
    finishJob(job);
    applyLoaded({}, sources);
    emit loadFinished();
}

void Workspace::reloadAfterChange()
{
    if (m_database && m_loadedRows > m_backgroundRowLimit
        && m_database->path() != QLatin1String(":memory:"))
        reloadInBackground();
    else
        reload();
}

bool Workspace::isLoading() const
{
    return m_job != nullptr;
}

void Workspace::cancelLoad()
{
    if (m_job && m_job->applying)
        return; // nearly done: stopping now would leave some views on the old rows
    if (stopJob())
        emit loadCancelled();
}

// Stops the running job without waiting for its thread: it finishes its current step, and
// what it posts back is dropped (it is no longer current).
bool Workspace::stopJob()
{
    if (!m_job)
        return false;
    m_job->cancel();
    m_stopped.erase(std::remove_if(m_stopped.begin(), m_stopped.end(),
                        [](const std::shared_ptr<Job> &job) { return !job->thread; }),
        m_stopped.end());
    m_stopped.append(std::move(m_job));
    m_job.reset();
    return true;
}

std::shared_ptr<Workspace::Job> Workspace::startJob(const QString &what)
{
    stopJob();
    m_job = std::make_shared<Job>();
    emit loadStarted(what);
    return m_job;
}

void Workspace::finishJob(const std::shared_ptr<Job> &job)
{
    if (job->thread)
        job->thread->wait();
    if (isCurrent(job))
        m_job.reset();
}

void Workspace::openInBackground(const QString &path)
{
    if (ServerLocation::isUri(path)) {
        QString error;
        const auto location = ServerLocation::parse(path, &error);
        if (location)
            openServerInBackground(*location);
        else
            emit loadFailed(error);
        return;
    }
    openValidated(
        tr("Checking %1").arg(QFileInfo(path).fileName()),
        [path] { return Database::validateFile(path); },
        [path](DatabaseError *error) {
            return Database::open(
                path, error, Database::Access::ReadWrite, Database::Validation::Done);
        });
}

void Workspace::openServerInBackground(const ServerLocation &location)
{
    openValidated(
        tr("Connecting to %1").arg(location.printable()),
        // A connection of the worker thread, only to learn whether the dataset can be opened.
        [location]() -> std::optional<DatabaseError> {
            DatabaseError error;
            if (ServerDataset::open(location, &error))
                return std::nullopt;
            return error;
        },
        [location](DatabaseError *error) { return Database::openServer(location, error); });
}

void Workspace::openValidated(const QString &what,
    std::function<std::optional<DatabaseError>()> validate,
    std::function<std::unique_ptr<Database>(DatabaseError *)> open)
{
    const std::shared_ptr<Job> job = startJob(what);
    job->thread = QThread::create([this, job, validate, open] {
        const std::optional<DatabaseError> problem = validate();
        QMetaObject::invokeMethod(
            this,
            [this, job, problem, open] {
                if (!isCurrent(job))
                    return;
                finishJob(job);
                if (problem) {
                    emit loadFailed(problem->message());
                    return;
                }
                DatabaseError error;
                std::unique_ptr<Database> database = open(&error);
                if (!database) {
                    emit loadFailed(error.message());
                    return;
                }
                install(std::move(database));
                reloadInBackground();
            },
            Qt::QueuedConnection);
    });
    connect(job->thread, &QThread::finished, job->thread, &QObject::deleteLater);
    job->thread->start();
}

void Workspace::reloadInBackground()
{
    if (!m_database || m_database->path() == QLatin1String(":memory:")) {
        // No second connection to have: load here, and say so as a background load would.
        QString error;
        if (reload(&error))
            emit loadFinished();
        else
            emit loadFailed(error);
        return;
    }
    const std::shared_ptr<Job> job
        = startJob(tr("Loading %1")
                       .arg(m_database->isServer() ? m_database->path()
                                                   : QFileInfo(m_database->path()).fileName()));
    job->thread = QThread::create(
        [this, job, openReader = m_database->readerFactory(), queries = queriesToLoad()] {
            DatabaseError openError;
            std::unique_ptr<Database> reader = openReader(&openError);
            QString error = reader ? QString() : openError.message();
            QList<SourceQuery::Apply> applies;
            QList<SourceInfo> sources;
            if (reader) {
                job->setReading(reader.get());
                const Queries q(*reader);
                {
                    // Every view from one committed state, whatever another program commits
                    // meanwhile.
                    const ReadSnapshot snapshot(*reader);
                    error = snapshot.error();
                    sources = q.sources();
                    for (int i = 0; i < queries.size() && !job->cancelled; ++i) {
                        QString queryError;
                        applies.append(queries.at(i).fetch(q, &queryError));
                        if (error.isEmpty())
                            error = queryError;
                        QMetaObject::invokeMethod(
                            this,
                            [this, job, done = i + 1, total = int(queries.size())] {
                                if (isCurrent(job))
                                    emit loadProgress(done, total);
                            },
                            Qt::QueuedConnection);
                    }
                }
                job->setReading(nullptr);
                reader.reset();
            }
            QMetaObject::invokeMethod(
                this,
                [this, job, applies, sources, error] {
                    if (!isCurrent(job))
                        return;
                    if (!error.isEmpty()) {
                        finishJob(job);
                        emit loadFailed(error);
                        return;
                    }
                    applyInSteps(job, applies, sources, 0);
                },
                Qt::QueuedConnection);
        });
    connect(job->thread, &QThread::finished, job->thread, &QObject::deleteLater);
    job->thread->start();
}

} // namespace TrendScope

namespace TrendScope {

std::optional<EntityDetails> Workspace::details(EntityRef entity) const
{
    if (!m_database)
        return std::nullopt;
    return Queries(*m_database).details(entity);
}

} // namespace TrendScope
