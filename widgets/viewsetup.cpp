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

void onModelChanged(QAbstractItemModel *model, QObject *context, const std::function<void()> &react)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, context, react);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, react);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, react);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, react);
    QObject::connect(model, &QAbstractItemModel::dataChanged, context, react);
}

void forwardRowCounts(QAbstractItemModel *model, ChartView *view)
{
    onModelChanged(model, view, [view] { emit view->rowCountsChanged(); });
}

} // namespace TrendScope
