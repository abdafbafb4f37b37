#include "viewfactory.h"

#include "leaderboardview.h"
#include "workspace.h"
#include "leaderboardmodel.h"

namespace TrendScope {

QStringList viewNames()
{
    return {QStringLiteral("leaderboard")};
}

ChartView *createView(const QString &name, Workspace *workspace, ExplorerState *state, QWidget *parent)
{
    if (name == QLatin1String("leaderboard"))
        return new LeaderboardView(workspace->leaderboardModel(), state, parent);
    return nullptr;
}

} // namespace TrendScope
