#include "viewfactory.h"

#include "fundingsharemodel.h"
#include "fundingview.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "maturitycurveview.h"
#include "maturitymodel.h"
#include "workspace.h"

namespace TrendScope {

QStringList viewNames()
{
    return {QStringLiteral("maturity-curve"), QStringLiteral("funding"), QStringLiteral("leaderboard")};
}

ChartView *createView(const QString &name, Workspace *workspace, ExplorerState *state, QWidget *parent)
{
    if (name == QLatin1String("leaderboard"))
        return new LeaderboardView(workspace->leaderboardModel(), state, parent);
    if (name == QLatin1String("maturity-curve"))
        return new MaturityCurveView(workspace->maturityModel(), state, parent);
    if (name == QLatin1String("funding"))
        return new FundingView(workspace->fundingModel(), state, parent);
    return nullptr;
}

} // namespace TrendScope
