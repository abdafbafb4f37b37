#include "viewfactory.h"

#include "fundingsharemodel.h"
#include "fundingview.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "maturitycurveview.h"
#include "maturitymodel.h"
#include "policytimelineview.h"
#include "pricecutmodel.h"
#include "pricecutview.h"
#include "surveymodel.h"
#include "timelinemodel.h"
#include "trainingrunmodel.h"
#include "workspace.h"

namespace TrendScope {

QStringList viewNames()
{
    return {QStringLiteral("maturity-curve"), QStringLiteral("funding"), QStringLiteral("leaderboard"),
            QStringLiteral("price-cuts"), QStringLiteral("policies")};
}

ChartView *createView(const QString &name, Workspace *workspace, ExplorerState *state, QWidget *parent)
{
    if (name == QLatin1String("leaderboard"))
        return new LeaderboardView(workspace->leaderboardModel(), workspace->trainingRunModel(),
                                   workspace->surveyModel(), state, parent);
    if (name == QLatin1String("maturity-curve"))
        return new MaturityCurveView(workspace->maturityModel(), state, parent);
    if (name == QLatin1String("funding"))
        return new FundingView(workspace->fundingModel(), state, parent);
    if (name == QLatin1String("price-cuts"))
        return new PriceCutView(workspace->priceCutModel(), state, parent);
    if (name == QLatin1String("policies"))
        return new PolicyTimelineView(workspace->timelineModel(), state, parent);
    return nullptr;
}

QList<ChartView *> createViews(Workspace *workspace, ExplorerState *state)
{
    QList<ChartView *> views;
    for (const QString &name : viewNames())
        views.append(createView(name, workspace, state));
    return views;
}

} // namespace TrendScope
