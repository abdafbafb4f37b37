#include "viewsetup.h"

#include "chartview.h"
#include "explorerstate.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace TrendScope {

namespace {

// Fits a table's columns once per load of its rows, after the view has chosen what it shows
// of them and when the table is on screen: the maturity view picks its curve year in a
// handler that runs after this one, the funding view its chart; fitted at once, the columns
// measured no row, or another chart's. A table on a hidden tab is fitted when it is shown.
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
    }

    void rowsLoaded()
    {
        m_pending = true;
        QTimer::singleShot(0, this, &ColumnFitter::fitIfShown);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_pending)
            QTimer::singleShot(0, this, &ColumnFitter::fitIfShown);
        return false;
    }

private:
    void fitIfShown()
    {
        if (!m_pending || !m_table->isVisible())
            return;
        m_pending = false;
        fitColumns(m_table);
    }

    QTableView *m_table;
    bool m_pending = false;
};

} // namespace

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
    // Headers at the start of their columns: centred, a wide column's header (a policy's
    // title, a price cut's products) sat out of sight when the table was narrower than it.
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
    auto *fitter = new ColumnFitter(table);
    QObject::connect(rows, &QAbstractItemModel::modelReset, fitter, &ColumnFitter::rowsLoaded);
    fitter->rowsLoaded();
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
