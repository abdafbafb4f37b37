#include "modeltable.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QMap>

namespace TrendScope {

namespace {

// Tabs and line breaks inside a cell would split it in a spreadsheet.
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

Table tableFromModel(const QAbstractItemModel *model, const QString &name)
{
    Table table;
    table.name = name;
    if (!model)
        return table;
    const int columns = model->columnCount();
    for (int c = 0; c < columns; ++c)
        table.columns.append(model->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < model->rowCount(); ++r) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(model->index(r, c).data(Qt::DisplayRole));
        table.rows.append(row);
    }
    return table;
}

QString selectionAsTsv(const QItemSelectionModel *selection)
{
    if (!selection || !selection->hasSelection())
        return {};
    QMap<int, QMap<int, QString>> cells; // row -> column -> text, in view order
    const QModelIndexList indexes = selection->selectedIndexes();
    for (const QModelIndex &index : indexes)
        cells[index.row()][index.column()] = tsvCell(index.data().toString());
    QStringList lines;
    for (auto row = cells.cbegin(); row != cells.cend(); ++row)
        lines.append(QStringList(row->cbegin(), row->cend()).join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace TrendScope
