#pragma once

#include <Qt>

namespace TrendScope {

// Item roles every TrendScope model answers, so that proxies, charts and the linking
// helpers work on any model without knowing its class.
enum ItemRole : int
{
    SortRole = Qt::UserRole + 1, // typed value to sort by (numbers as numbers)
    EntityRole, // QVariant<EntityRef>: the row's own entity
    OrganizationEntityRole, // QVariant<EntityRef>: the organization the row belongs to
    OrganizationNameRole, // QString: for the organization filter
    OrganizationNameEnRole, // QString: that organization's English name, when known
    OrganizationLabelRole, // QString: that organization named as the Names setting says, for
                           // a chart's legend or lanes
    SourceCodeRole, // QString: for the source filter
    DateRole, // QString: ISO date of any precision, for the year filter
    SearchTextRole, // QString: everything free-text search should match
    ValueRole, // double, or invalid when the report does not state it
    LabelRole, // QString: short label for charts
    ProvenanceRole, // QString: one-line provenance
    CitationRole, // QString: "report · section", for a chart's source line
    DomainRole, // QString: the domain a row belongs to (technology or funding
                // domain), so views can match domains by name
    DerivedRole, // bool: the drawn value is derived, not stated
    EditionRole, // qint64: the edition of its source the row belongs to (0: none recorded)

    // Maturity curve rows.
    CurveYearRole, // int: the curve year
    StageOrdinalRole, // int: the stage's position along the curve (1 = first)
    IsNewRole, // bool: new on this year's curve

    // Donut rows (several donuts in one model).
    ChartKeyRole, // QString: which donut the row is a slice of
    ChartTitleRole, // QString: that donut's title
    InnerRingRole, // bool: drawn on the inner ring (group totals)
    AmountRole, // double yuan, or invalid when not stated
    AmountDerivedRole, // bool: the amount is derived from stated figures
    GroupRole, // QString: the group or lane a chart draws the row in
               // (a slice's direction or round, a timeline's category)
    SecondDateRole, // QString: a row's second ISO date (a price cut's effective date)
    ContextRole, // QString: what a chart states under its title (a survey and its N)
    ChangeKindRole, // int: FactChange::Kind of a "what changed" row
    ParentEntityRole, // QVariant<EntityRef>: what the row's own entity is part of (a score
                      // entry's model): a focused parent shows on its rows, and editions'
                      // rows of one parent are matched by it
};

} // namespace TrendScope
