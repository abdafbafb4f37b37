#include "explorerstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace TrendScope;

class TestExplorerState : public QObject
{
    Q_OBJECT

private slots:
    void settersEmitOnlyOnChange();
    void focusSignals();
    void searchIsCleanedAndCapped_data();
    void searchIsCleanedAndCapped();
    void yearRange_data();
    void yearRange();
    void nameOrder();
    void namesInOrder_data();
    void namesInOrder();
};

void TestExplorerState::settersEmitOnlyOnChange()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::filterChanged);
    state.setOrganization(QStringLiteral("百度"));
    QCOMPARE(spy.count(), 1);
    state.setOrganization(QStringLiteral("百度")); // a second identical set is not a change
    QCOMPARE(spy.count(), 1);
    QCOMPARE(state.filter().organization, QStringLiteral("百度"));
    state.setSearch(QStringLiteral("glm"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(state.filter().organization, QStringLiteral("百度")); // kept, not cleared
    state.clearFilters();
    QCOMPARE(spy.count(), 3);
    QVERIFY(state.filter().isEmpty());
    state.clearFilters();
    QCOMPARE(spy.count(), 3);
}

void TestExplorerState::focusSignals()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::focusChanged);
    const EntityRef glm {EntityKind::Model, 6};
    state.setFocus(glm);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<EntityRef>(), glm);
    state.setFocus(glm);
    QCOMPARE(spy.count(), 1);
    state.clearFocus();
    QCOMPARE(spy.count(), 2);
    QVERIFY(!state.focus().isValid());
}

void TestExplorerState::searchIsCleanedAndCapped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "GLM"
                           << "GLM";
    QTest::newRow("trimmed") << "  文心  "
                             << "文心";
    QTest::newRow("control characters") << QStringLiteral("GL\u0000M\u0007\r\n") << "GLM";
    QTest::newRow("sql stays text") << "'; DROP TABLE model; --"
                                    << "'; DROP TABLE model; --";
    QTest::newRow("wildcards stay text") << "%_"
                                         << "%_";
    QTest::newRow("very long") << QString(5000, QLatin1Char('x'))
                               << QString(ExplorerState::MaxSearchLength, QLatin1Char('x'));
}

void TestExplorerState::searchIsCleanedAndCapped()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ExplorerState state;
    state.setSearch(input);
    QCOMPARE(state.filter().search, expected);
}

void TestExplorerState::yearRange_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no range") << 0 << 0 << "2024-04" << true;
    QTest::newRow("inside") << 2023 << 2024 << "2024-04" << true;
    QTest::newRow("before") << 2024 << 2024 << "2023-12-31" << false;
    QTest::newRow("open end") << 2023 << 0 << "2030" << true;
    QTest::newRow("swapped bounds") << 2024 << 2023 << "2023-06" << true;
    QTest::newRow("no date with a range") << 2023 << 2024 << "" << false;
}

void TestExplorerState::yearRange()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    ExplorerState state;
    state.setYearRange(from, to);
    QCOMPARE(state.filter().acceptsDate(date), accepted);
}

void TestExplorerState::nameOrder()
{
    ExplorerState state;
    QCOMPARE(state.nameOrder(), NameOrder::ReportFirst);
    QSignalSpy spy(&state, &ExplorerState::nameOrderChanged);
    state.setNameOrder(NameOrder::EnglishFirst);
    state.setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<NameOrder>(), NameOrder::EnglishFirst);
    QCOMPARE(state.nameOrder(), NameOrder::EnglishFirst);
    // Clearing the filters is not a setting change.
    state.clearFilters();
    QCOMPARE(state.nameOrder(), NameOrder::EnglishFirst);

    for (const NameOrder order : {NameOrder::ReportFirst, NameOrder::EnglishFirst})
        QCOMPARE(nameOrderFromKey(nameOrderKey(order)), std::optional<NameOrder>(order));
    QCOMPARE(nameOrderKey(NameOrder::EnglishFirst), QStringLiteral("english"));
    QCOMPARE(nameOrderFromKey(QStringLiteral("English")), std::nullopt);
    QCOMPARE(nameOrderFromKey(QString()), std::nullopt);
}

void TestExplorerState::namesInOrder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<NameOrder>("order");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const auto report = NameOrder::ReportFirst;
    const auto english = NameOrder::EnglishFirst;
    const QString baidu = QStringLiteral("百度");
    const QString en = QStringLiteral("Baidu");
    QTest::newRow("both, report first") << baidu << en << report << baidu << en;
    QTest::newRow("both, English first") << baidu << en << english << en << baidu;
    QTest::newRow("no English, English first")
        << baidu << QString() << english << baidu << QString();
    QTest::newRow("no report's, report first") << QString() << en << report << en << QString();
    QTest::newRow("the same twice") << en << en << english << en << QString();
}

void TestExplorerState::namesInOrder()
{
    QFETCH(QString, name);
    QFETCH(QString, nameEn);
    QFETCH(NameOrder, order);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QCOMPARE(firstName(name, nameEn, order), first);
    QCOMPARE(secondName(name, nameEn, order), second);
}

QTEST_GUILESS_MAIN(TestExplorerState)
#include "tst_explorerstate.moc"
