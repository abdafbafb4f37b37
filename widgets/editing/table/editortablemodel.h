#pragma once

#include "editqueries.h"
#include "editschema.h"

#include <QAbstractTableModel>

namespace TrendScope {

// The rows of one editable table, for the data editor. Shows references by name, money in
// 亿元/万元, percentages with %, NULL as "not stated"; Qt::EditRole holds the stored value.
// setData() does not write: it asks the owner (through `setEditHandler`) to submit the
// change as an Edit, so validation, audit and undo are the same for every path.
class EditorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Submits one cell change; returns false (and the handler reports why) if refused.
    using EditHandler
        = std::function<bool(qint64 rowId, const QString &column, const QVariant &value)>;

    explicit EditorTableModel(QObject *parent = nullptr);

    // `references`: labels of referenced rows by table, keyed as references store them.
    void setRows(const TableInfo &table, const EditableRows &rows,
        const QHash<QString, QHash<QString, QString>> &references,
        const QHash<QString, QString> &rowLabels);
    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    void setEditable(bool editable);

    const TableInfo &table() const { return m_table; }
    qint64 rowId(int row) const { return m_rows.rowIds.value(row); }
    int rowOf(qint64 rowId) const { return int(m_rows.rowIds.indexOf(rowId)); }
    QString rowLabel(int row) const;
    QVariant storedValue(int row, int column) const;
    QString displayText(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    TableInfo m_table;
    EditableRows m_rows;
    QHash<QString, QHash<QString, QString>> m_references;
    QHash<QString, QString> m_rowLabels;
    EditHandler m_handler;
    bool m_editable = true;
};

} // namespace TrendScope
