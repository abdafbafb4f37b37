#include "viewsetup.h"

#include "chartview.h"
#include "explorerstate.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QTableView>

namespace TrendScope {

void setupTable(QTableView *table, QAbstractItemModel *model, const QString &objectName)
{
    table->setObjectName(objectName);
    table->setModel(model);
    // No sort until one is asked for: enabling sorting sorts by the header's indicator, which
    // starts on the first column, and a proxy over a million rows spent a second collating
    // names for an order the caller then replaced (PERFORMANCE.md, issue 19).
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their contents (of the first rows) when the rows are loaded, and keep their
    // width through filter changes: ResizeToContents measured the text of a thousand rows per
    // table on every change (PERFORMANCE.md, fix 10). People can still drag them.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    QAbstractItemModel *rows = model; // the loaded rows, under every proxy
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(rows)) {
        if (!proxy->sourceModel())
            break;
        rows = proxy->sourceModel();
    }
    QObject::connect(
        rows, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);
    table->resizeColumnsToContents();
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
