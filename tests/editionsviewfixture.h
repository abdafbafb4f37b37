#pragma once

// A view over the embedded dataset plus the synthetic editions
// (tests/fixtures/editions-synthetic.sql), shown, for the tests of a view's compare mode.
// Header-only, like viewfixture.h.

#include "database.h"
#include "explorerstate.h"
#include "queries.h"
#include "testutil.h"

#include <QTest>

#include <memory>

template <typename Model, typename View> struct EditionsViewFixture
{
    TrendScope::ExplorerState state;
    Model model;
    std::unique_ptr<View> view;

    // `rowsOf(queries)` reads the model's rows, after `sql` (if any) changed the dataset.
    template <typename RowsOf> bool open(RowsOf rowsOf, const QString &sql = QString())
    {
        TrendScope::DatabaseError error;
        auto db = TrendScope::Database::createInMemory(&error);
        if (!db)
            return false;
        TestUtil::addSyntheticEditions(*db);
        if (!sql.isEmpty())
            TestUtil::execSql(*db, sql);
        model.setRows(rowsOf(TrendScope::Queries(*db)));
        view = std::make_unique<View>(&model, &state);
        view->resize(1280, 760);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }
};
