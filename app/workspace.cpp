#include "workspace.h"

#include "database.h"
#include "leaderboardmodel.h"
#include "pricecutmodel.h"
#include "queries.h"
#include "surveymodel.h"
#include "timelinemodel.h"
#include "trainingrunmodel.h"

namespace TrendScope {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_leaderboard(new LeaderboardModel(this))
    , m_priceCuts(new PriceCutModel(this))
    , m_timeline(new TimelineModel(this))
    , m_trainingRuns(new TrainingRunModel(this))
    , m_surveys(new SurveyModel(this))
{ }

Workspace::~Workspace() = default;

bool Workspace::setDatabase(std::unique_ptr<Database> database, QString *error)
{
    m_database = std::move(database);
    return reload(error);
}

bool Workspace::reload(QString *error)
{
    if (!m_database) {
        m_leaderboard->setRows({});
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
    auto note = [&first](const QString &e) {
        if (first.isEmpty())
            first = e;
    };
    QString e;
    m_leaderboard->setRows(queries.leaderboard(&e));
    note(e);
    m_priceCuts->setRows(queries.priceCuts(&e));
    note(e);
    m_timeline->setRows(queries.timeline(&e));
    note(e);
    m_trainingRuns->setRows(queries.trainingRuns(&e));
    note(e);
    m_surveys->setRows(queries.surveyStats(&e));
    note(e);
    emit datasetChanged();
    if (!first.isEmpty() && error)
        *error = first;
    return first.isEmpty();
}

} // namespace TrendScope
