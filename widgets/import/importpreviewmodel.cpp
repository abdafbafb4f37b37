#include "importpreviewmodel.h"

#include "editwording.h"
#include "fieldvalidator.h"
#include "format.h"

#include <QColor>

namespace TrendScope {

void ImportPreviewModel::setPlan(const ImportPlan &plan, const TableInfo &table)
{
    beginResetModel();
    m_plan = plan;
    m_table = table;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPlan({}, {});
}

QString ImportPreviewModel::fieldText(const QString &column) const
{
    const ColumnInfo *c = m_table.column(column);
    return c ? EditWording::columnLabel(*c) : column;
}

QString ImportPreviewModel::valueText(const QString &column, const QVariant &value) const
{
    if (value.isNull())
        return Format::notStated();
    const ColumnInfo *c = m_table.column(column);
    return c ? EditWording::valueText(*c, value) : FieldValidator::toText(value);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::detail(const ImportRow &row) const
{
    //: Between the fields of an import preview's row: "；" in Chinese
    const auto listSeparator = [] { return tr("; "); };
    switch (row.kind) {
    case ImportRow::Kind::Refused:
        return row.reason;
    case ImportRow::Kind::Changed: {
        QStringList parts;
        for (auto it = row.before.cbegin(); it != row.before.cend(); ++it)
            parts.append(QStringLiteral("%1 %2 → %3")
                             .arg(fieldText(it.key()), valueText(it.key(), it.value()),
                                 valueText(it.key(), row.values.value(it.key()))));
        return parts.join(listSeparator());
    }
    case ImportRow::Kind::New:
    case ImportRow::Kind::Unchanged:
        break;
    }
    QStringList parts;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
        if (!it.key().endsWith(QLatin1String("_id")))
            parts.append(
                QStringLiteral("%1 %2").arg(fieldText(it.key()), valueText(it.key(), it.value())));
    return parts.join(listSeparator());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.rows.size())
        return {};
    const ImportRow &row = m_plan.rows.at(index.row());
    if (role == KindRole)
        return int(row.kind);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (row.kind) {
        case ImportRow::Kind::Refused:
            return QColor(0xb0, 0x1c, 0x1c);
        case ImportRow::Kind::New:
            return QColor(0x1b, 0x6e, 0x2e);
        case ImportRow::Kind::Changed:
            return QColor(0x9a, 0x5b, 0x00);
        case ImportRow::Kind::Unchanged:
            return QColor(0x6b, 0x6b, 0x6b);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return detail(row);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case ResultColumn:
        return ImportRow::kindText(row.kind);
    case AboutColumn:
        return row.label;
    case DetailColumn:
        return detail(row);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ResultColumn:
        return tr("Result");
    case AboutColumn:
        return tr("About");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace TrendScope
