#pragma once

#include <QTableView>

namespace TrendScope {

class EditorFilterBar;
class EditorTableModel;

// The data editor's table: one table's rows after search and filter, sortable, several
// rows selectable, edited in place. Speaks in row ids so the editor never maps proxies.
class EditorTableView : public QTableView
{
    Q_OBJECT
public:
    EditorTableView(EditorTableModel *model, EditorFilterBar *filter, QWidget *parent = nullptr);

    // The model row of the current (or else the first selected) row; -1 when none.
    int currentSourceRow() const;
    // The ids of the selected rows, ascending.
    QList<qint64> selectedRowIds() const;
    // Makes the row current and selected, clearing search and filter when they hide it.
    bool selectRowId(qint64 rowId);
    // Selects the rows still there after a reload, without selection signals.
    void restoreSelection(const QList<qint64> &rowIds, qint64 currentId);

private:
    EditorTableModel *m_model;
    EditorFilterBar *m_filter;
};

} // namespace TrendScope
