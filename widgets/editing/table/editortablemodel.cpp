#include "editortablemodel.h"

#include "annotation.h"
#include "editwording.h"
#include "fieldeditor.h"
#include "fieldvalidator.h"
#include "format.h"
#include "roles.h"
#include "searchtext.h"

#include <QBrush>
#include <QPalette>

namespace TrendScope {

EditorTableModel::EditorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EditorTableModel::setRows(const TableInfo &table, const EditableRows &rows,
    const QHash<QString, QHash<QString, QString>> &references,
    const QHash<QString, QString> &rowLabels)
{
    beginResetModel();
    m_table = table;
    m_rows = rows;
    m_references = references;
    m_rowLabels = rowLabels;
    endResetModel();
}

void EditorTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString EditorTableModel::rowLabel(int row) const
{
    for (const ColumnInfo &c : m_table.columns)
        if (c.key && c.kind != ColumnKind::Integer)
            return m_rowLabels.value(
                FieldValidator::toText(storedValue(row, m_table.columnIndex(c.name))));
    return m_rowLabels.value(QString::number(rowId(row)));
}

QVariant EditorTableModel::storedValue(int row, int column) const
{
    if (row < 0 || row >= m_rows.values.size())
        return {};
    return m_rows.values.at(row).value(column);
}

QString EditorTableModel::displayText(int row, int column) const
{
    const QVariant v = storedValue(row, column);
    if (v.isNull())
        return {};
    const ColumnInfo &c = m_table.columns.at(column);
    // A key figure's value reads with its unit and its qualifier, as everywhere else: ≈180亿元.
    const int unit = m_table.columnIndex(QStringLiteral("unit"));
    const int qualifier = m_table.columnIndex(QStringLiteral("qualifier"));
    if (c.name == QLatin1String("value") && unit >= 0 && qualifier >= 0)
        return Format::qualified(
            Format::figure(v.toDouble(), FieldValidator::toText(storedValue(row, unit))),
            FieldValidator::toText(storedValue(row, qualifier)));
    switch (c.kind) {
    case ColumnKind::Reference:
        return m_references.value(c.refTable)
            .value(FieldValidator::toText(v), FieldValidator::toText(v));
    case ColumnKind::Money:
        return formatMoney(v.toDouble());
    case ColumnKind::Percent:
        return FieldValidator::toText(v) + QStringLiteral("%");
    case ColumnKind::Flag:
    case ColumnKind::Choice:
        return EditWording::valueText(c, v);
    default: {
        if (c.name == QLatin1String("inferred"))
            return EditWording::inferredText(m_table.name, FieldValidator::toText(v));
        QString text = FieldValidator::toText(v);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    }
}

int EditorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rowIds.size());
}

int EditorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant EditorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const QVariant v = storedValue(row, column);
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = displayText(row, column);
        return v.isNull() ? tr("not stated") : text;
    }
    case Qt::EditRole:
        return v;
    case Qt::ForegroundRole:
        if (v.isNull())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole: {
        const QString text = displayText(row, column);
        // A note the dataset wrote in English reads in the interface language here; the cell
        // shows it as stored, as it is edited.
        if (m_table.columns.at(column).name == QLatin1String("note")) {
            const QString stored = FieldValidator::toText(v);
            if (const QString shown = Annotation::shown(stored); shown != stored)
                return shown;
        }
        return text.size() > 30 ? text : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = m_table.columns.at(column).kind;
        if (kind == ColumnKind::Number || kind == ColumnKind::Percent || kind == ColumnKind::Money
            || kind == ColumnKind::Count || kind == ColumnKind::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case SortRole:
        if (m_table.columns.at(column).kind == ColumnKind::Reference)
            return displayText(row, column);
        return v;
    case SearchTextRole: {
        QStringList parts;
        for (int c = 0; c < columnCount(); ++c)
            parts.append(displayText(row, c));
        // Folded here, as the filter bar folds the search: its proxy compares them as they are.
        return SearchText::fold(parts.join(QLatin1Char(' ')));
    }
    default:
        return {};
    }
}

QVariant EditorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnInfo &c = m_table.columns.at(section);
    if (role == Qt::DisplayRole) {
        const QString label = EditWording::columnLabel(c);
        return c.kind == ColumnKind::Money ? label + tr(" (yuan)") : label;
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2): %3").arg(c.name, columnKindName(c.kind), FieldValidator::allowed(c));
    return {};
}

Qt::ItemFlags EditorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && m_table.columns.at(index.column()).editable
        && !m_table.columns.at(index.column()).key)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EditorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_handler
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The handler writes through the data layer; the owner reloads the rows afterwards.
    return m_handler(rowId(index.row()), m_table.columns.at(index.column()).name, value);
}

} // namespace TrendScope
