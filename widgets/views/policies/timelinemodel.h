#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// Policies and events on one list: kind, date, title, category, issuer or organization,
// source. A policy's entity is {Policy, id}, an event's {Event, id}; an event's organization
// is the actor the report names.
class TimelineModel : public RowTableModel<TimelineRow>
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        DateColumn,
        TitleColumn,
        CategoryColumn,
        ActorColumn,
        SourceColumn,
        ColumnCount
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // The group a row is drawn in: all policies form one group, events one per category.
    static QString groupName(const TimelineRow &row);

private:
    // `both`: both of an organization's names, for a tooltip.
    QString actor(const TimelineRow &row, bool both = false) const;
    QString headerText(int column) const override;
    QVariant cell(const TimelineRow &row, int column, int role) const override;
    QString toolTip(const TimelineRow &row, int column) const override;
};

} // namespace TrendScope
