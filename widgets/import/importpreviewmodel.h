#pragma once

#include "importplan.h"

#include <QAbstractTableModel>

namespace TrendScope {

// The preview of an import as a table: each record of the file with its line, what becomes
// of it (new, changed, unchanged, refused), what it is about, and the reason or the change.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        ResultColumn,
        AboutColumn,
        DetailColumn,
        ColumnCount
    };
    // The row's ImportRow::Kind as an int, for filtering and tests.
    static constexpr int KindRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `table` is the plan's table: the Detail column words its fields and values with it.
    void setPlan(const ImportPlan &plan, const TableInfo &table);
    void clear();
    const ImportPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the Detail column says for `row`: the reason it is refused, the fields it
    // changes ("Score 72.58 → 73"), or the values a new row gets, in the interface language.
    QString detail(const ImportRow &row) const;

private:
    // A field and its value as the Detail column shows them.
    QString fieldText(const QString &column) const;
    QString valueText(const QString &column, const QVariant &value) const;

    ImportPlan m_plan;
    TableInfo m_table;
};

} // namespace TrendScope
