#pragma once

// The source statements every view reads (Queries::*Sql), as the rows of a data-driven test
// with one column, "sql". Header-only, like testutil.h.

#include "queries.h"

#include <QTest>

inline void addSourceQueryRows()
{
    using TrendScope::Queries;
    QTest::addColumn<QString>("sql");
    QTest::newRow("leaderboard") << Queries::leaderboardSql();
    QTest::newRow("maturity stages") << Queries::maturityStagesSql();
    QTest::newRow("maturity positions") << Queries::maturityPositionsSql();
    QTest::newRow("funding totals") << Queries::fundingTotalsSql();
    QTest::newRow("funding companies") << Queries::fundingCompaniesSql();
    QTest::newRow("price cuts") << Queries::priceCutsSql();
    QTest::newRow("timeline") << Queries::timelineSql();
    QTest::newRow("training runs") << Queries::trainingRunsSql();
    QTest::newRow("survey stats") << Queries::surveyStatsSql();
}
