#include "workspace.h"

#include "database.h"
#include "leaderboardmodel.h"
#include "queries.h"

namespace TrendScope {

Workspace::Workspace(QObject *parent)
    : QObject(parent), m_leaderboard(new LeaderboardModel(this))
{
    m_queries.append({QStringLiteral("leaderboard"), Queries::leaderboardSql(),
                      [this](const Queries &q) {
                          QString e;
                          m_leaderboard->setRows(q.leaderboard(&e));
                          return e;
                      },
                      [this] { m_leaderboard->setRows({}); }});
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
