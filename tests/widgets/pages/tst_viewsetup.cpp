#include "viewsetup.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace TrendScope;

namespace {

// Rows of names; records each sort it is asked for instead of sorting.
class SortRecorder : public QStandardItemModel
{
public:
    SortRecorder()
        : QStandardItemModel(3, 2)
    {
        for (int row = 0; row < 3; ++row)
            setData(index(row, 0), QStringLiteral("name %1").arg(3 - row));
    }
    void sort(int column, Qt::SortOrder order) override { sorts.append({column, order}); }

    QList<std::pair<int, Qt::SortOrder>> sorts;
};

// One column of texts, replaced by a reset as the views' models are on every load.
class TextRows : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(texts.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? texts.at(index.row()) : QStringLiteral("x");
    }
    void load(const QStringList &rows)
    {
        beginResetModel();
        texts = rows;
        endResetModel();
    }

    QStringList texts;
};

} // namespace

class TestViewSetup : public QObject
{
    Q_OBJECT

private slots:
    void noSortUntilOneIsAskedFor();
    void columnsFitTheRowsAViewShowsAfterALoad();
    void aHiddenTableFitsWhenShown();
    void aColumnOfLongTextStopsAtItsLimit();
};

// A table is set up in the model's own order: enabling sorting must not sort by the first
// column (a million names collated for nothing in a headless export, issue 19); a header
// click still sorts.
void TestViewSetup::noSortUntilOneIsAskedFor()
{
    SortRecorder model;
    QTableView table;
    setupTable(&table, &model, QStringLiteral("rows"));
    QCOMPARE(table.objectName(), QStringLiteral("rows"));
    QVERIFY(table.isSortingEnabled());
    QCOMPARE(table.horizontalHeader()->sortIndicatorSection(), -1);
    for (const auto &[column, order] : std::as_const(model.sorts))
        QVERIFY2(column < 0, qPrintable(QStringLiteral("sorted by column %1").arg(column)));

    table.sortByColumn(1, Qt::DescendingOrder);
    QVERIFY(!model.sorts.isEmpty());
    QCOMPARE(model.sorts.constLast().first, 1);
    QCOMPARE(model.sorts.constLast().second, Qt::DescendingOrder);
}

// The maturity view chooses its curve year when new rows arrive, in a handler connected after
// the table's: fitted at once, the columns had measured no row and cut every name (issue 17).
void TestViewSetup::columnsFitTheRowsAViewShowsAfterALoad()
{
    TextRows rows;
    QSortFilterProxyModel shown;
    shown.setSourceModel(&rows);
    shown.setFilterFixedString(QStringLiteral("no row has this"));
    QTableView table;
    setupTable(&table, &shown, QStringLiteral("rows"));
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QObject::connect(&rows, &QAbstractItemModel::modelReset, &shown,
        [&shown] { shown.setFilterFixedString(QString()); });

    const QString longest = QStringLiteral("数字孪生与多模态生成技术");
    rows.load({QStringLiteral("6G"), longest});
    QTRY_COMPARE(shown.rowCount(), 2);
    QTRY_VERIFY2(table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(longest),
        qPrintable(QStringLiteral("%1 px for %2 px of text")
                       .arg(table.columnWidth(0))
                       .arg(table.fontMetrics().horizontalAdvance(longest))));
}

// A table on a hidden tab is fitted when it is shown, to the rows its view shows then (the
// funding view chooses its chart when its tab opens): fitted at the load, the amounts were
// cut ("≈17.88 bn yua").
void TestViewSetup::aHiddenTableFitsWhenShown()
{
    TextRows rows;
    QSortFilterProxyModel shown;
    shown.setSourceModel(&rows);
    QTableView table;
    setupTable(&table, &shown, QStringLiteral("rows"));
    const QString longest = QStringLiteral("≈17.88 bn yuan, the longest amount");
    rows.load({QStringLiteral("short"), longest});
    shown.setFilterFixedString(QStringLiteral("short"));
    QTest::qWait(20); // the load's fit is due while the table is hidden
    shown.setFilterFixedString(QString());
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QTRY_VERIFY2(table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(longest),
        qPrintable(QStringLiteral("%1 px").arg(table.columnWidth(0))));
}

// A price cut's products run to a hundred characters: fitted to them, the column pushed every
// other off the table and its centred header out of sight.
void TestViewSetup::aColumnOfLongTextStopsAtItsLimit()
{
    TextRows rows;
    QTableView table;
    setupTable(&table, &rows, QStringLiteral("rows"));
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    rows.load({QString(300, QLatin1Char('w'))});
    const int limit = table.fontMetrics().averageCharWidth() * MaxColumnCharacters;
    QTRY_COMPARE(table.columnWidth(0), limit);
    // Its header at its start, where a narrow table still shows it (centred, it was out of
    // sight).
    QCOMPARE(
        table.horizontalHeader()->defaultAlignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
}

QTEST_MAIN(TestViewSetup)
#include "tst_viewsetup.moc"
