// The filter proxy every view narrows and sorts its rows with: filters, role filters, sorting,
// and following every kind of change its source announces.

#include "explorerfilterproxy.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace TrendScope;

class TestExplorerFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passesModelTester();
    void filters_data();
    void filters();
    void roleFilter();
    void searchStaysWithinARow();
    void searchFoldsWidthAndCase();
    void searchesLargeTextInTwoHalves();
    void sorts_data();
    void sorts();
    void filterKeepsSortOrder();
    void sortsAgainInANewLanguage();
    void followsDataChanges();
    void followsRowsInsertedAndRemoved();
    void selectionFollowsRowWhenSorting();
    void mapsBothWays();
    void filterChangeIsOneReset();
    void rowsShowingAFocus();

private:
    // name, organization, source, date, score (negative: not stated), group
    void addRow(const QString &name, const QString &organization, const QString &source,
        const QString &date, double score, const QString &group);
    static QStringList names(const QAbstractItemModel &model);

    QStandardItemModel m_model;
};

void TestExplorerFilterProxy::addRow(const QString &name, const QString &organization,
    const QString &source, const QString &date, double score, const QString &group)
{
    auto *nameItem = new QStandardItem(name);
    nameItem->setData(name, SortRole);
    nameItem->setData(QString(name + QLatin1Char(' ') + organization), SearchTextRole);
    nameItem->setData(organization, OrganizationNameRole);
    nameItem->setData(source, SourceCodeRole);
    nameItem->setData(date, DateRole);
    nameItem->setData(group, ChartKeyRole);
    auto *scoreItem
        = new QStandardItem(score < 0 ? QStringLiteral("not stated") : QString::number(score));
    if (score >= 0)
        scoreItem->setData(score, SortRole);
    m_model.appendRow({nameItem, scoreItem});
}

QStringList TestExplorerFilterProxy::names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}

void TestExplorerFilterProxy::init()
{
    m_model.clear();
    addRow(QStringLiteral("GLM-4"), QStringLiteral("智谱AI"), QStringLiteral("bluebook-2024"),
        QStringLiteral("2024-04"), 72.58, QStringLiteral("a"));
    addRow(QStringLiteral("Baichuan3"), QStringLiteral("百川智能"), QStringLiteral("bluebook-2024"),
        QStringLiteral("2024-04-15"), 73.32, QStringLiteral("a"));
    addRow(QStringLiteral("文心一言4.0"), QStringLiteral("百度"), QStringLiteral("infoq-2023"),
        QStringLiteral("2023"), -1, QStringLiteral("b"));
    addRow(QStringLiteral("Moonshot"), QStringLiteral("月之暗面"), QStringLiteral("infoq-2023"),
        QString(), 70.0, QStringLiteral("b"));
    addRow(QStringLiteral("ABAB6"), QStringLiteral("MiniMax"), QStringLiteral("infoq-2023"),
        QStringLiteral("2022-12"), 72.58, QStringLiteral("c"));
}

void TestExplorerFilterProxy::passesModelTester()
{
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.sort(1, Qt::DescendingOrder);
    Filter filter;
    filter.search = QStringLiteral("a");
    proxy.setFilter(filter);
    proxy.setRoleFilter(ChartKeyRole, {QStringLiteral("a"), QStringLiteral("c")});
    m_model.item(0, 1)->setData(10.0, SortRole);
    m_model.removeRow(1);
    addRow(QStringLiteral("Qwen"), QStringLiteral("阿里巴巴"), QStringLiteral("x"),
        QStringLiteral("2024"), 71, QStringLiteral("a"));
    proxy.setRoleFilter(0, {});
    proxy.setFilter(Filter {});
    proxy.sort(-1);
    m_model.clear();
    proxy.setSourceModel(nullptr);
}

void TestExplorerFilterProxy::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("yearFrom");
    QTest::addColumn<int>("yearTo");
    QTest::addColumn<QStringList>("expected");
    const QStringList all {"GLM-4", "Baichuan3", "文心一言4.0", "Moonshot", "ABAB6"};
    QTest::newRow("none") << ""
                          << ""
                          << "" << 0 << 0 << all;
    QTest::newRow("search ignores case") << "glm"
                                         << ""
                                         << "" << 0 << 0 << QStringList {"GLM-4"};
    QTest::newRow("search upper") << "BAICHUAN"
                                  << ""
                                  << "" << 0 << 0 << QStringList {"Baichuan3"};
    QTest::newRow("search chinese org") << "百"
                                        << ""
                                        << "" << 0 << 0 << QStringList {"Baichuan3", "文心一言4.0"};
    QTest::newRow("search percent literal") << "%"
                                            << ""
                                            << "" << 0 << 0 << QStringList {};
    QTest::newRow("search sql") << "' OR 1=1 --"
                                << ""
                                << "" << 0 << 0 << QStringList {};
    QTest::newRow("organization exact") << ""
                                        << "百度"
                                        << "" << 0 << 0 << QStringList {"文心一言4.0"};
    QTest::newRow("organization not a prefix") << ""
                                               << "百"
                                               << "" << 0 << 0 << QStringList {};
    QTest::newRow("source") << ""
                            << ""
                            << "bluebook-2024" << 0 << 0 << QStringList {"GLM-4", "Baichuan3"};
    QTest::newRow("year any precision") << ""
                                        << ""
                                        << "" << 2024 << 2024 << QStringList {"GLM-4", "Baichuan3"};
    QTest::newRow("from only; no date never matches")
        << ""
        << ""
        << "" << 2023 << 0 << QStringList {"GLM-4", "Baichuan3", "文心一言4.0"};
    QTest::newRow("to only") << ""
                             << ""
                             << "" << 0 << 2023 << QStringList {"文心一言4.0", "ABAB6"};
    QTest::newRow("everything") << "a"
                                << ""
                                << "infoq-2023" << 2022 << 2022 << QStringList {"ABAB6"};
}

void TestExplorerFilterProxy::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, organization);
    QFETCH(QString, source);
    QFETCH(int, yearFrom);
    QFETCH(int, yearTo);
    QFETCH(QStringList, expected);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    Filter filter;
    filter.search = search;
    filter.organization = organization;
    filter.sourceCode = source;
    filter.yearFrom = yearFrom;
    filter.yearTo = yearTo;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), expected);
    // The keys read in idle time give the same answer as those read on demand.
    ExplorerFilterProxy idle;
    idle.setSourceModel(&m_model);
    QCoreApplication::processEvents();
    idle.setFilter(filter);
    QCOMPARE(names(idle), expected);
}

void TestExplorerFilterProxy::roleFilter()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.setRoleFilter(ChartKeyRole, {QStringLiteral("b")});
    QCOMPARE(names(proxy), (QStringList {"文心一言4.0", "Moonshot"}));
    Filter filter;
    filter.search = QStringLiteral("moon");
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), QStringList {"Moonshot"});
    proxy.setRoleFilter(ChartKeyRole, {QStringLiteral("a"), QStringLiteral("c")});
    QCOMPARE(names(proxy), QStringList {});
    proxy.setFilter(Filter {});
    QCOMPARE(names(proxy), (QStringList {"GLM-4", "Baichuan3", "ABAB6"}));
    proxy.setRoleFilter(0, {});
    QCOMPARE(proxy.rowCount(), 5);
}

// A search runs over all rows' text at once, or row by row when a role filter leaves few:
// either way a match lies inside one row's text.
void TestExplorerFilterProxy::searchStaysWithinARow()
{
    m_model.item(3, 0)->setData(QStringLiteral("Moonshot\nKimiChat"), SearchTextRole);
    for (int i = 0; i < 30; ++i)
        addRow(QStringLiteral("Synthetic %1").arg(i), QStringLiteral("Org"), QStringLiteral("x"),
            QStringLiteral("2024"), i, QStringLiteral("z"));
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    Filter filter;
    for (const bool fewRows : {false, true}) {
        proxy.setRoleFilter(fewRows ? ChartKeyRole : 0, {QStringLiteral("a"), QStringLiteral("b")});
        filter.search = QStringLiteral("shot\nkimi"); // inside one row's text
        proxy.setFilter(filter);
        QCOMPARE(names(proxy), QStringList {"Moonshot"});
        filter.search = QStringLiteral("智谱aibaichuan"); // the end of one row and the next
        proxy.setFilter(filter);
        QCOMPARE(names(proxy), QStringList {});
        filter.search = QStringLiteral("4"); // several rows, the hits one after another
        proxy.setFilter(filter);
        QCOMPARE(
            names(proxy).size(), fewRows ? 2 : 5); // GLM-4, 文心一言4.0 (+ Synthetic 4, 14, 24)
    }
}

// Past 4M characters of text the search runs on two threads, split at a row boundary: the
// same rows match as row by row.
void TestExplorerFilterProxy::searchFoldsWidthAndCase()
{
    addRow(QStringLiteral("ＧＰＴ－４"), QStringLiteral("ＯｐｅｎＡＩ"), {}, {}, 1, {});
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    Filter filter;
    filter.search = QStringLiteral("gpt-4");
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList {"ＧＰＴ－４"}));
    filter.search = QStringLiteral("ＧＬＭ"); // full-width needle, half-width row
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList {"GLM-4"}));
    filter.search = QStringLiteral("openai");
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList {"ＧＰＴ－４"}));
}

void TestExplorerFilterProxy::searchesLargeTextInTwoHalves()
{
    m_model.clear();
    const QString filler(2100, QLatin1Char('x'));
    QStringList expected;
    for (int i = 0; i < 2400; ++i) {
        // "needle" in every 97th row, and once split over two rows' texts (rows 1199/1200).
        QString text = filler + QStringLiteral(" row %1").arg(i);
        if (i % 97 == 0)
            text += QStringLiteral(" needle");
        if (i == 1199)
            text += QStringLiteral(" nee");
        if (i == 1200)
            text.prepend(QStringLiteral("dle "));
        auto *item = new QStandardItem(QStringLiteral("r%1").arg(i));
        item->setData(text, SearchTextRole);
        m_model.appendRow(item);
        if (i % 97 == 0)
            expected.append(item->text());
    }
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    Filter filter;
    filter.search = QStringLiteral("NEEDLE");
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), expected);
    QVERIFY(expected.size() > 20);
    filter.search = QStringLiteral("row 2399"); // the very end of the text
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), QStringList {"r2399"});
    filter.search = QStringLiteral("xrow"); // never: a space between
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestExplorerFilterProxy::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("source order") << -1 << int(Qt::AscendingOrder)
                                  << QStringList {
                                         "GLM-4", "Baichuan3", "文心一言4.0", "Moonshot", "ABAB6"};
    // Equal scores keep source order; a score the report does not state comes last.
    QTest::newRow("numbers ascending, stable, missing last")
        << 1 << int(Qt::AscendingOrder)
        << QStringList {"Moonshot", "GLM-4", "ABAB6", "Baichuan3", "文心一言4.0"};
    QTest::newRow("numbers descending, stable, missing first")
        << 1 << int(Qt::DescendingOrder)
        << QStringList {"文心一言4.0", "Baichuan3", "GLM-4", "ABAB6", "Moonshot"};
    QTest::newRow("text by collation")
        << 0 << int(Qt::AscendingOrder)
        << QStringList {"ABAB6", "Baichuan3", "GLM-4", "Moonshot", "文心一言4.0"};
}

void TestExplorerFilterProxy::sorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(names(proxy), expected);
    QCOMPARE(proxy.sortColumn(), column);
}

void TestExplorerFilterProxy::sortsAgainInANewLanguage()
{
    m_model.clear();
    for (const char *name : {"腾讯", "阿里巴巴", "字节跳动", "百度"})
        addRow(QString::fromUtf8(name), {}, {}, {}, 1, {});
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.sort(0);
    const QStringList codeOrder {"字节跳动", "百度", "腾讯", "阿里巴巴"};
    QCOMPARE(names(proxy), codeOrder);
    const QPersistentModelIndex alibaba = proxy.index(3, 0);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);

    proxy.updateCollation(); // the same language: nothing to do
    QCOMPARE(layouts.count(), 0);

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    proxy.updateCollation();
    QLocale::setDefault(english);
    QCOMPARE(names(proxy), (QStringList {"阿里巴巴", "百度", "腾讯", "字节跳动"}));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(alibaba.row(), 0);
    QCOMPARE(alibaba.data().toString(), QStringLiteral("阿里巴巴"));
}

void TestExplorerFilterProxy::filterKeepsSortOrder()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(1, Qt::DescendingOrder);
    Filter filter;
    filter.sourceCode = QStringLiteral("infoq-2023");
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList {"文心一言4.0", "ABAB6", "Moonshot"}));
    // A reset source is sorted again by the same column.
    m_model.item(3, 1)->setData(99.0, SortRole);
    QCOMPARE(names(proxy), (QStringList {"文心一言4.0", "Moonshot", "ABAB6"}));
}

void TestExplorerFilterProxy::followsDataChanges()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    Filter filter;
    filter.search = QStringLiteral("kimi");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    // A row's new search text brings it in.
    m_model.item(3, 0)->setData(QStringLiteral("Moonshot KimiChat"), SearchTextRole);
    QCOMPARE(names(proxy), QStringList {"Moonshot"});
    // A change to a shown row that keeps it is passed on as a change of that row.
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    m_model.item(3, 0)->setData(QStringLiteral("Kimi"), Qt::ToolTipRole);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxy.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Kimi"));
    // Its organization and year change too.
    filter = {};
    filter.organization = QStringLiteral("月之暗面 Moonshot");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    m_model.item(3, 0)->setData(QStringLiteral("月之暗面 Moonshot"), OrganizationNameRole);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestExplorerFilterProxy::followsRowsInsertedAndRemoved()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(0, Qt::AscendingOrder);
    Filter filter;
    filter.yearFrom = filter.yearTo = 2024;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList {"Baichuan3", "GLM-4"}));
    addRow(QStringLiteral("Qwen"), QStringLiteral("阿里巴巴"), QStringLiteral("x"),
        QStringLiteral("2024-02"), 71, QStringLiteral("a"));
    QCOMPARE(names(proxy), (QStringList {"Baichuan3", "GLM-4", "Qwen"}));
    m_model.removeRow(0);
    QCOMPARE(names(proxy), (QStringList {"Baichuan3", "Qwen"}));
    m_model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestExplorerFilterProxy::selectionFollowsRowWhenSorting()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    const QPersistentModelIndex moonshot(proxy.index(3, 1));
    QCOMPARE(proxy.index(moonshot.row(), 0).data().toString(), QStringLiteral("Moonshot"));
    proxy.sort(1, Qt::AscendingOrder);
    QCOMPARE(moonshot.row(), 0);
    QCOMPARE(moonshot.column(), 1);
    QCOMPARE(proxy.index(moonshot.row(), 0).data().toString(), QStringLiteral("Moonshot"));
}

void TestExplorerFilterProxy::mapsBothWays()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(1, Qt::DescendingOrder);
    Filter filter;
    filter.search = QStringLiteral("a");
    proxy.setFilter(filter);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 1);
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(index)), index);
    }
    // A filtered-out source row maps to nothing.
    QVERIFY(!proxy.mapFromSource(m_model.index(3, 0)).isValid()); // Moonshot: no "a"
    QVERIFY(!proxy.index(proxy.rowCount(), 0).isValid());
    QVERIFY(!proxy.index(0, 3).isValid());
}

void TestExplorerFilterProxy::filterChangeIsOneReset()
{
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    Filter filter;
    filter.search = QStringLiteral("g");
    proxy.setFilter(filter);
    proxy.setFilter(filter); // the same filter again changes nothing
    QCOMPARE(reset.count(), 1);
    QCOMPARE(removed.count(), 0);
}

// The rows a focus lights: its own row, its parts' rows, an organization's rows; in the
// proxy's order, after filtering, and again after the source's values change.
void TestExplorerFilterProxy::rowsShowingAFocus()
{
    const EntityRef zhipu {EntityKind::Organization, 7};
    const EntityRef glm {EntityKind::Model, 40};
    auto setEntities = [this](int row, EntityRef own, EntityRef parent, EntityRef organization) {
        m_model.item(row, 0)->setData(QVariant::fromValue(own), EntityRole);
        m_model.item(row, 0)->setData(QVariant::fromValue(parent), ParentEntityRole);
        m_model.item(row, 0)->setData(QVariant::fromValue(organization), OrganizationEntityRole);
    };
    setEntities(0, {EntityKind::LeaderboardEntry, 1}, glm, zhipu);
    setEntities(1, {EntityKind::LeaderboardEntry, 2}, {EntityKind::Model, 41}, {});
    setEntities(4, {EntityKind::LeaderboardEntry, 5}, glm, zhipu);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(0, Qt::AscendingOrder); // ABAB6, Baichuan3, GLM-4, Moonshot, 文心一言4.0
    QCOMPARE(proxy.rowsShowing(glm), (QList<int> {0, 2}));
    QCOMPARE(proxy.rowsShowing(zhipu), (QList<int> {0, 2}));
    QCOMPARE(proxy.rowsShowing({EntityKind::LeaderboardEntry, 2}), QList<int> {1});
    // Only an organization lights the rows that belong to it.
    QCOMPARE(proxy.rowsShowing({EntityKind::Model, 7}), QList<int> {});
    QCOMPARE(proxy.rowsShowing({}), QList<int> {});
    Filter filter;
    filter.search = QStringLiteral("GLM");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowsShowing(glm), QList<int> {0});
    proxy.setFilter(Filter {});
    // A value changed in the source is read again.
    setEntities(3, {EntityKind::LeaderboardEntry, 4}, glm, zhipu);
    QCOMPARE(proxy.rowsShowing(glm), (QList<int> {0, 2, 3}));
}

QTEST_MAIN(TestExplorerFilterProxy)
#include "tst_explorerfilterproxy.moc"
