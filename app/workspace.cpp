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

    // A model fed by two statements names its main one (the one that grows with the data).
    auto query = [this](const QString &name, const QString &sql, std::function<QString(const Queries &)> load,
                        std::function<void()> clear) { m_queries.append({name, sql, std::move(load), std::move(clear)}); };
    // A query whose rows go straight into one model.
    auto rows = [&query](const QString &name, const QString &sql, auto *model, auto fetch) {
        query(
            name, sql,
            [model, fetch](const Queries &q) {
                QString e;
                model->setRows((q.*fetch)(&e));
                return e;
            },
            [model] { model->setRows({}); });
    };
    rows(QStringLiteral("leaderboard"), Queries::leaderboardSql(), m_leaderboard, &Queries::leaderboard);
    query(QStringLiteral("maturity-curve"), Queries::maturityPositionsSql(),
          [this](const Queries &q) {
              QString e, f;
              const MaturityStages stages = q.maturityStages(&e);
              m_maturity->setRows(stages, q.maturityPositions(&f));
              return e.isEmpty() ? f : e;
          },
          [this] { m_maturity->setRows({}, {}); });
    query(QStringLiteral("funding"), Queries::fundingCompaniesSql(),
          [this](const Queries &q) {
              QString e, f;
              const FundingTotalRows totals = q.fundingTotals(&e);
              m_funding->setRows(buildFundingShares(totals, q.fundingCompanies(&f)));
              return e.isEmpty() ? f : e;
          },
          [this] { m_funding->setRows({}); });
    rows(QStringLiteral("price-cuts"), Queries::priceCutsSql(), m_priceCuts, &Queries::priceCuts);
    rows(QStringLiteral("policies"), Queries::timelineSql(), m_timeline, &Queries::timeline);
    rows(QStringLiteral("training-runs"), Queries::trainingRunsSql(), m_trainingRuns, &Queries::trainingRuns);
    rows(QStringLiteral("surveys"), Queries::surveyStatsSql(), m_surveys, &Queries::surveyStats);
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
        for (const SourceQuery &query : std::as_const(m_queries))
            query.clear();
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    QString e;
    m_sources = queries.sources();
    for (const SourceQuery &query : std::as_const(m_queries)) {
        const QString queryError = query.load(queries);
        if (e.isEmpty())
            e = queryError;
    }
    emit datasetChanged();
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
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
