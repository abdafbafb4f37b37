#include "viewsetup.h"

#include <QHeaderView>
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

} // namespace

class TestViewSetup : public QObject
{
    Q_OBJECT

private slots:
    void noSortUntilOneIsAskedFor();
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

QTEST_MAIN(TestViewSetup)
#include "tst_viewsetup.moc"
