#include "viewsetup.h"

#include "chartview.h"
#include "explorerstate.h"

#include <QHeaderView>
#include <QTableView>

namespace TrendScope {

void setupTable(QTableView *table, QAbstractItemModel *model, const QString &objectName)
{
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void forwardRowCounts(QAbstractItemModel *model, ChartView *view)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &ChartView::rowCountsChanged);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, &ChartView::rowCountsChanged);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, &ChartView::rowCountsChanged);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, &ChartView::rowCountsChanged);
}

} // namespace TrendScope
