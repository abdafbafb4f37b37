#pragma once

// The whole main window as main() composes it, with every registered view and its saved-view
// actions, for tests of what the window composes.
// Header-only, like testutil.h.

#include "database.h"
#include "explorerstate.h"
#include "mainwindow.h"
#include "savedviewactions.h"
#include "viewregistry.h"
#include "workspace.h"

#include <memory>

struct WindowFixture
{
    // Over a private in-memory copy of the embedded dataset.
    WindowFixture()
        : WindowFixture(NoDataset {})
    {
        TrendScope::DatabaseError error;
        if (!workspace.setDatabase(TrendScope::Database::createInMemory(&error)))
            qFatal("cannot create the in-memory dataset: %s", qPrintable(error.message()));
    }

    // With no dataset yet, for a test that opens one as the window's start-up does.
    struct NoDataset
    {
    };
    explicit WindowFixture(NoDataset)
    {
        window = std::make_unique<TrendScope::MainWindow>(
            &workspace, &state, TrendScope::ViewRegistry::builtIn().createAll(&workspace, &state));
        savedViews = window->findChild<TrendScope::SavedViewActions *>();
        if (!savedViews)
            qFatal("the window has no saved-view actions");
    }

    // Declared first, destroyed last: the window's views read both until they go.
    TrendScope::Workspace workspace;
    TrendScope::ExplorerState state;
    std::unique_ptr<TrendScope::MainWindow> window;
    TrendScope::SavedViewActions *savedViews = nullptr;
};
