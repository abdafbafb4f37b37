#include "workspace.h"

#include "database.h"
#include "leaderboardmodel.h"
#include "queries.h"

namespace TrendScope {

Workspace::Workspace(QObject *parent)
    : QObject(parent), m_leaderboard(new LeaderboardModel(this))
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
        m_sources.clear();
        m_leaderboard->setRows({});
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    QString e;
    m_sources = queries.sources();
    m_leaderboard->setRows(queries.leaderboard(&e));
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
