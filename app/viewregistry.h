#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace TrendScope {

class ChartView;
class ExplorerState;
class Workspace;

// One view of the explorer: everything the window, the command line, the benchmark and the
// tests know of a view comes from its entry, so adding a view is one folder (its model, chart
// and page under widgets/views/) and one entry here.
struct ViewEntry
{
    using Factory = std::function<ChartView *(Workspace *, ExplorerState *, QWidget *)>;

    QString name; // stable: the CLI's VIEW, settings keys, object names ("price-cuts")
    QStringList sources; // the workspace's source queries the view reads (SourceQuery::name)
    Factory create; // the page over the workspace's models
    // The window's tab and menu name (QT_TRANSLATE_NOOP in context TrendScope::ViewRegistry);
    // none: the chart's title.
    const char *title = nullptr;
};

// The views in menu order. The application uses builtIn(); a test may add one of its own.
class ViewRegistry
{
public:
    // The five views: maturity curve, funding, leaderboard, price cuts, policies.
    static ViewRegistry builtIn();

    void add(ViewEntry entry);
    const QList<ViewEntry> &entries() const { return m_entries; }
    QStringList names() const;
    bool contains(const QString &name) const;

    // The page called `name` over the workspace's models, or nullptr for an unknown name.
    ChartView *create(const QString &name, Workspace *workspace, ExplorerState *state,
        QWidget *parent = nullptr) const;
    // Every page, in menu order: what the main window composes.
    QList<ChartView *> createAll(Workspace *workspace, ExplorerState *state) const;

private:
    QList<ViewEntry> m_entries;
};

} // namespace TrendScope
