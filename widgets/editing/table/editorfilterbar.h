#pragma once

#include <QModelIndex>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;

namespace TrendScope {

class EditorTableModel;
struct TableInfo;

// The data editor's search box and column filter over one table's rows: free text matched
// against each row's search text, and one column (a choice, reference, date, year, flag or
// status) held to one of its values. Both stay in proxies, never in SQL.
class EditorFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EditorFilterBar(EditorTableModel *model, QWidget *parent = nullptr);

    // The rows left after search and filter, sortable: what the table view shows.
    QAbstractItemModel *filtered() const;
    QModelIndex mapFromSource(const QModelIndex &source) const;
    QModelIndex mapToSource(const QModelIndex &filtered) const;

    // A new table: its filterable columns, an empty search and no filter.
    void setTable(const TableInfo &table);
    // The filter's values from the rows now in the model (after a reload).
    void refreshValues();
    // Shows every row again.
    void clear();
    QLineEdit *searchBox() const { return m_search; }

signals:
    void filtersChanged();

private:
    int filterColumn() const;
    void apply();

    EditorTableModel *m_model;
    QSortFilterProxyModel *m_searchProxy;
    QSortFilterProxyModel *m_filterProxy;
    QLineEdit *m_search;
    QComboBox *m_column;
    QComboBox *m_value;
};

} // namespace TrendScope
