#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Policies and events on one list: kind, date, title, category, issuer or organization,
// source. A policy's entity is {Policy, id}, an event's {Event, id}; an event's organization
// is the actor the report names.
class TimelineModel : public QAbstractTableModel
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

    void setRows(const TimelineRows &rows);
    const TimelineRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The group a row is drawn in: all policies form one group, events one per category.
    static QString groupName(const TimelineRow &row);
    // A readable name for a dataset category code such as "hot_news".
    static QString categoryName(const QString &category);

private:
    QString actor(const TimelineRow &row) const;
    QString toolTip(const TimelineRow &row) const;

    TimelineRows m_rows;
};

} // namespace TrendScope
