#pragma once

// A leaderboard view over the embedded dataset, for tests of what works on any view
// (exporter, dialogs, reports). Header-only, like testutil.h.

#include "database.h"
#include "explorerstate.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "queries.h"

#include <memory>

struct ViewFixture
{
    ViewFixture()
    {
        TrendScope::DatabaseError error;
        database = TrendScope::Database::createInMemory(&error);
        if (!database)
            qFatal("cannot create the in-memory dataset: %s", qPrintable(error.message()));
        model.setRows(TrendScope::Queries(*database).leaderboard());
        view = std::make_unique<TrendScope::LeaderboardView>(&model, &state);
    }

    std::unique_ptr<TrendScope::Database> database;
    TrendScope::ExplorerState state;
    TrendScope::LeaderboardModel model;
    std::unique_ptr<TrendScope::LeaderboardView> view;
};
