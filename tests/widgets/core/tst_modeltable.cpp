#include "modeltable.h"

#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTest>

using namespace TrendScope;

class TestModelTable : public QObject
{
    Q_OBJECT

private slots:
    void tableFromModelKeepsOrderAndHeaders();
    void selectionAsTsv();
};

namespace {

void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({"Model", "Score"});
    model.appendRow({new QStandardItem("GLM-4"), new QStandardItem("72.58")});
    model.appendRow({new QStandardItem("文心一言4.0"), new QStandardItem("not stated")});
    model.appendRow({new QStandardItem("tab\there\nand line"), new QStandardItem("=1+1")});
}

} // namespace

void TestModelTable::tableFromModelKeepsOrderAndHeaders()
{
    QStandardItemModel model;
    fill(model);
    const Table table = tableFromModel(&model, "rows");
    QCOMPARE(table.name, QStringLiteral("rows"));
    QCOMPARE(table.columns, (QStringList {"Model", "Score"}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1).at(0).toString(), QStringLiteral("文心一言4.0"));
    QCOMPARE(table.rows.at(1).at(1).toString(), QStringLiteral("not stated"));
    QCOMPARE(tableFromModel(nullptr, "x").rows.size(), 0);
}

void TestModelTable::selectionAsTsv()
{
    QStandardItemModel model;
    fill(model);
    QItemSelectionModel selection(&model);
    QCOMPARE(TrendScope::selectionAsTsv(&selection), QString());
    selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(TrendScope::selectionAsTsv(&selection),
        QStringLiteral("GLM-4\t72.58\ntab here and line\t=1+1\n"));
}

QTEST_MAIN(TestModelTable)
#include "tst_modeltable.moc"
