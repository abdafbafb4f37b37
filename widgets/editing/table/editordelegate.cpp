#include "editordelegate.h"

#include "editortablemodel.h"
#include "fieldeditor.h"

#include <QAbstractProxyModel>

namespace TrendScope {

namespace {

// The EditorTableModel under any proxies, and the index in it.
const EditorTableModel *sourceModel(const QModelIndex &index, QModelIndex *sourceIndex)
{
    QModelIndex i = index;
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        i = proxy->mapToSource(i);
        model = proxy->sourceModel();
    }
    *sourceIndex = i;
    return qobject_cast<const EditorTableModel *>(model);
}

} // namespace

EditorDelegate::EditorDelegate(ChoicesProvider choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{ }

QWidget *EditorDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QModelIndex sourceIndex;
    const EditorTableModel *model = sourceModel(index, &sourceIndex);
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const ColumnInfo &column = model->table().columns.at(sourceIndex.column());
    QList<PickerChoice> choices;
    if (column.kind == ColumnKind::Reference && m_choices)
        choices = m_choices(column);
    return FieldEditor::create(column, choices, FieldEditor::Style::Cell, parent);
}

void EditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<FieldEditor *>(editor))
        field->setValue(index.data(Qt::EditRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void EditorDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *field = qobject_cast<FieldEditor *>(editor);
    if (!field) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QString error;
    const auto value = field->value(&error);
    if (!value) {
        emit inputRefused(field->column().name, error);
        return;
    }
    model->setData(index, *value, Qt::EditRole);
}

void EditorDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace TrendScope
