#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

// Comparing one funding donut between two editions (issue 15): which donuts are "the same
// chart" in both, which colour each company or domain takes in both donuts, and how much
// each one's amount changed. Plain values: the chart reads them from the model.

// What a donut is of, whatever its period or list: "companies|direction" for the
// companies of a TOP list grouped by direction, "domain|人工智能" for the shares of a
// parent domain. Reads the chart keys buildFundingShares() writes (db/queries/fundingshares).
QString fundingChartKind(const QString &chartKey);

// One slice of a donut drawn in a comparison.
struct CompareSlice
{
    QString label; // the company or domain: what is matched across editions
    std::optional<double> amountYuan;
    bool remainder = false; // "Other (remainder, derived)": drawn, not a company or domain
};

// Colour order over both donuts: A's slices in their order, then B's that A has not, so one
// company or domain has one colour index in both.
QStringList compareColourOrder(const QList<CompareSlice> &a, const QList<CompareSlice> &b);

// The change of one company's or domain's amount from A to B.
struct FundingDelta
{
    QString label;
    double a = 0; // 0 when not in A's list
    double b = 0;
    bool inA = false;
    bool inB = false;
    double delta() const { return b - a; }
};

// Every company or domain with a stated (or derived) amount in A or B, B − A, the largest
// increase first and the largest decrease last (ties by label). Remainders are left out:
// they are what the report did not break down, not a company or domain.
QList<FundingDelta> fundingDeltas(const QList<CompareSlice> &a, const QList<CompareSlice> &b);

} // namespace TrendScope
