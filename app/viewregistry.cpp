#include "viewregistry.h"

#include "changesmodel.h"
#include "changesview.h"
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

namespace {

ChartView *created(
    const ViewEntry &entry, Workspace *workspace, ExplorerState *state, QWidget *parent)
{
    workspace->followNameOrder(state);
    ChartView *view = entry.create(workspace, state, parent);
    if (view && entry.title)
        view->setTabTitle("TrendScope::ViewRegistry", entry.title);
    return view;
}

} // namespace

ViewRegistry ViewRegistry::builtIn()
{
    ViewRegistry registry;
    registry.add({QStringLiteral("maturity-curve"), {QStringLiteral("maturity-curve")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new MaturityCurveView(workspace->maturityModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "Technology maturity curve")});
    registry.add({QStringLiteral("funding"), {QStringLiteral("funding")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new FundingView(workspace->fundingModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "Funding shares")});
    registry.add({QStringLiteral("leaderboard"),
        {QStringLiteral("leaderboard"), QStringLiteral("training-runs"), QStringLiteral("surveys")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new LeaderboardView(workspace->leaderboardModel(), workspace->trainingRunModel(),
                workspace->surveyModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "AI model leaderboard")});
    registry.add({QStringLiteral("price-cuts"), {QStringLiteral("price-cuts")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new PriceCutView(workspace->priceCutModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "Cloud price cuts")});
    registry.add({QStringLiteral("policies"), {QStringLiteral("policies")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            return new PolicyTimelineView(workspace->timelineModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "Policies and events")});
    registry.add({QStringLiteral("changes"), {QStringLiteral("changes")},
        [](Workspace *workspace, ExplorerState *state, QWidget *parent) -> ChartView * {
            workspace->followComparison(state);
            return new ChangesView(workspace->changesModel(), state, parent);
        },
        QT_TRANSLATE_NOOP("TrendScope::ViewRegistry", "What changed")});
    return registry;
}

void ViewRegistry::add(ViewEntry entry)
{
    Q_ASSERT(!contains(entry.name));
    m_entries.append(std::move(entry));
}

QStringList ViewRegistry::names() const
{
    QStringList list;
    for (const ViewEntry &entry : m_entries)
        list.append(entry.name);
    return list;
}

bool ViewRegistry::contains(const QString &name) const
{
    return names().contains(name);
}

ChartView *ViewRegistry::create(
    const QString &name, Workspace *workspace, ExplorerState *state, QWidget *parent) const
{
    for (const ViewEntry &entry : m_entries) {
        if (entry.name == name)
            return created(entry, workspace, state, parent);
    }
    return nullptr;
}

QList<ChartView *> ViewRegistry::createAll(Workspace *workspace, ExplorerState *state) const
{
    QList<ChartView *> views;
    for (const ViewEntry &entry : m_entries)
        views.append(created(entry, workspace, state, nullptr));
    return views;
}

} // namespace TrendScope
