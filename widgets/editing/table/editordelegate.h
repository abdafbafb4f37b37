#pragma once

#include "editqueries.h"

#include <QStyledItemDelegate>

#include <functional>

namespace TrendScope {

// Edits a cell of an EditorTableModel with the column's typed FieldEditor. Input that does
// not parse is not handed to the model: inputRefused() says why, next to the table.
class EditorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Fills reference pickers; asked each time an editor opens, so new rows are offered.
    using ChoicesProvider = std::function<QList<PickerChoice>(const ColumnInfo &)>;

    explicit EditorDelegate(ChoicesProvider choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

signals:
    void inputRefused(const QString &column, const QString &message) const;

private:
    ChoicesProvider m_choices;
};

} // namespace TrendScope
