#pragma once

#include <QStringList>

class QWidget;

namespace TrendScope {

class ChartView;
class ExplorerState;
class Workspace;

// The names of all views, in menu order ("leaderboard", ...).
QStringList viewNames();

// Creates the view called `name` over the workspace's models, or nullptr for an unknown name.
ChartView *createView(const QString &name, Workspace *workspace, ExplorerState *state,
                      QWidget *parent = nullptr);

// Every view, in menu order: what the main window composes.
QList<ChartView *> createViews(Workspace *workspace, ExplorerState *state);

} // namespace TrendScope
