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
    // Queued: a view may choose what it shows of new rows when they arrive (the maturity curve
    // its year), after this connection has run; fitted then, the columns measured no row.
    QObject::connect(
        rows, &QAbstractItemModel::modelReset, table, [table] { fitColumns(table); },
        Qt::QueuedConnection);
    fitColumns(table);
}

void fitColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    // A column of long text (a price cut's products, a policy's title) stops at a width that
    // leaves room for the others; its cells elide and their tooltips say the rest.
    const int widest = table->fontMetrics().averageCharWidth() * MaxColumnCharacters;
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > widest)
            header->resizeSection(column, widest);
    }
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
