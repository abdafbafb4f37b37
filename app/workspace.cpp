#include "workspace.h"

#include "changewatcher.h"
#include "database.h"
#include "editcontroller.h"
#include "editsession.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "leaderboardmodel.h"
#include "maturitymodel.h"
#include "queries.h"

namespace TrendScope {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_editController(new EditController(this))
    , m_watcher(new ChangeWatcher(this))
    , m_leaderboard(new LeaderboardModel(this))
    , m_maturity(new MaturityModel(this))
    , m_funding(new FundingShareModel(this))
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
        emit datasetChanged();
        return true;
    }
    const Queries queries(*m_database);
    QString e;
    m_sources = queries.sources();
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

namespace TrendScope {

std::optional<EntityDetails> Workspace::details(EntityRef entity) const
{
    if (!m_database)
        return std::nullopt;
    return Queries(*m_database).details(entity);
}

} // namespace TrendScope
