#include "workspace.h"

#include "database.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "leaderboardmodel.h"
#include "maturitymodel.h"
#include "queries.h"

namespace TrendScope {

Workspace::Workspace(QObject *parent)
    : QObject(parent), m_leaderboard(new LeaderboardModel(this)), m_maturity(new MaturityModel(this)),
      m_funding(new FundingShareModel(this))
{
}

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
        m_maturity->setRows({}, {});
        m_funding->setRows({});
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    QString e;
    // The first failing query's message is kept; the others still load what they can.
    auto keep = [&e](const QString &error) {
        if (e.isEmpty())
            e = error;
    };
    QString queryError;
    m_leaderboard->setRows(queries.leaderboard(&queryError));
    keep(queryError);
    queryError.clear();
    const MaturityStages stages = queries.maturityStages(&queryError);
    keep(queryError);
    queryError.clear();
    const MaturityPositions positions = queries.maturityPositions(&queryError);
    keep(queryError);
    m_maturity->setRows(stages, positions);
    queryError.clear();
    const FundingTotalRows totals = queries.fundingTotals(&queryError);
    keep(queryError);
    queryError.clear();
    const FundingCompanyRows companies = queries.fundingCompanies(&queryError);
    keep(queryError);
    m_funding->setRows(buildFundingShares(totals, companies));
    emit datasetChanged();
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

} // namespace TrendScope
