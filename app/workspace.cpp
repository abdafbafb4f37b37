#include "workspace.h"

#include "changewatcher.h"
#include "database.h"
#include "editcontroller.h"
#include "editsession.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "leaderboardmodel.h"
#include "maturitymodel.h"
#include "pricecutmodel.h"
#include "queries.h"
#include "surveymodel.h"
#include "timelinemodel.h"
#include "trainingrunmodel.h"

namespace TrendScope {

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
{
    // Charts and tables follow every edit at once, and every commit by another program
    // within a poll interval.
    connect(m_editController, &EditController::datasetEdited, this, [this] { reload(); });
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, [this] {
        reload();
        emit changedElsewhere();
    });
}

Workspace::~Workspace() = default;

bool Workspace::setDatabase(std::unique_ptr<Database> database, QString *error)
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
    return reload(error);
}

void Workspace::setEditorName(const QString &name)
{
    m_editorName = name;
    if (m_session)
        m_session->setAuthor(name);
}

bool Workspace::reload(QString *error)
{
    if (!m_database) {
        m_sources.clear();
        m_leaderboard->setRows({});
        m_maturity->setRows({}, {});
        m_funding->setRows({});
        m_priceCuts->setRows({});
        m_timeline->setRows({});
        m_trainingRuns->setRows({});
        m_surveys->setRows({});
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    // Every model is filled even when one query fails; the first error is reported.
    QString first;
    QString e;
    auto check = [&first, &e] {
        if (first.isEmpty())
            first = e;
        e.clear();
    };
    m_sources = queries.sources();
    m_leaderboard->setRows(queries.leaderboard(&e));
    check();
    const MaturityStages stages = queries.maturityStages(&e);
    check();
    m_maturity->setRows(stages, queries.maturityPositions(&e));
    check();
    const FundingTotalRows totals = queries.fundingTotals(&e);
    check();
    m_funding->setRows(buildFundingShares(totals, queries.fundingCompanies(&e)));
    check();
    m_priceCuts->setRows(queries.priceCuts(&e));
    check();
    m_timeline->setRows(queries.timeline(&e));
    check();
    m_trainingRuns->setRows(queries.trainingRuns(&e));
    check();
    m_surveys->setRows(queries.surveyStats(&e));
    check();
    emit datasetChanged();
    if (!first.isEmpty() && error)
        *error = first;
    return first.isEmpty();
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
