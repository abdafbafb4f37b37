#include "chartview.h"
#include "exportactions.h"
#include "windowfixture.h"

#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace TrendScope;

class TestSavedViewActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savedViewReopensWithItsState();
    void menuListsAndOpensTheSavedViews();
    void goneEditionsTurnCompareOff();
    void viewSavedWithoutANameOrderKeepsTheCurrentOne();

private:
    std::unique_ptr<WindowFixture> m_fixture;
    Workspace *m_workspace = nullptr;
    ExplorerState *m_state = nullptr;
    MainWindow *m_window = nullptr;
    SavedViewActions *m_actions = nullptr;
};

void TestSavedViewActions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedviewactions"));
}

void TestSavedViewActions::init()
{
    QSettings().clear();
    m_fixture.reset();
    m_fixture = std::make_unique<WindowFixture>();
    m_workspace = &m_fixture->workspace;
    m_state = &m_fixture->state;
    m_window = m_fixture->window.get();
    m_actions = m_fixture->savedViews;
}

// Save, change everything, open: the view, the filters, the focus and the export settings
// come back as they were saved.
void TestSavedViewActions::savedViewReopensWithItsState()
{
    m_window->showView(QStringLiteral("price-cuts"));
    m_state->setYearRange(2023, 2023);
    m_state->setOrganization(QStringLiteral("腾讯云"));
    m_state->setFocus({EntityKind::PriceCut, 2});
    ChartExportOptions options;
    options.size = {800, 450};
    options.theme = QStringLiteral("dark");
    ExportActions::rememberOptions(options);
    m_state->setNameOrder(NameOrder::EnglishFirst);
    const SavedView saved = m_actions->capture(QStringLiteral(" 腾讯云 2023 "));
    QCOMPARE(saved.name, QStringLiteral("腾讯云 2023"));
    QCOMPARE(saved.view, QStringLiteral("price-cuts"));
    QVERIFY(m_actions->save(saved));

    m_window->showView(QStringLiteral("leaderboard"));
    m_state->clearFilters();
    m_state->clearFocus();
    ExportActions::rememberOptions(ChartExportOptions {});
    m_state->setNameOrder(NameOrder::ReportFirst);

    const QList<SavedView> views = m_actions->savedViews();
    QCOMPARE(views.size(), 1);
    QSignalSpy message(m_actions, &SavedViewActions::message);
    m_actions->open(views.constFirst());
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("price-cuts"));
    QCOMPARE(m_state->filter().yearFrom, 2023);
    QCOMPARE(m_state->filter().organization, QStringLiteral("腾讯云"));
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::PriceCut, 2}));
    QCOMPARE(ExportActions::lastOptions().size, QSize(800, 450));
    QCOMPARE(ExportActions::lastOptions().theme, QStringLiteral("dark"));
    QCOMPARE(m_state->nameOrder(), NameOrder::EnglishFirst);
    QCOMPARE(message.count(), 1);
    QVERIFY(message.constFirst().constFirst().toString().contains(QStringLiteral("腾讯云 2023")));
}

void TestSavedViewActions::menuListsAndOpensTheSavedViews()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("saved-views-menu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1); // "No saved views in this dataset", disabled
    QVERIFY(!menu->actions().constFirst()->isEnabled());

    m_window->showView(QStringLiteral("policies"));
    m_state->setSearch(QStringLiteral("大模型"));
    QVERIFY(m_actions->save(m_actions->capture(QStringLiteral("政策 · 大模型"))));
    m_window->showView(QStringLiteral("leaderboard"));
    QVERIFY(m_actions->save(m_actions->capture(QStringLiteral("Leaderboard"))));
    m_state->clearFilters();

    emit menu->aboutToShow();
    QStringList names;
    for (QAction *action : menu->actions())
        if (!action->isSeparator() && !action->menu())
            names.append(action->text());
    QCOMPARE(names, (QStringList {QStringLiteral("Leaderboard"), QStringLiteral("政策 · 大模型")}));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("policies"));
    QCOMPARE(m_state->filter().search, QStringLiteral("大模型"));
}

void TestSavedViewActions::goneEditionsTurnCompareOff()
{
    SavedView view = m_actions->capture(QStringLiteral("compared"));
    view.editionA = 1;
    view.editionB = 999; // no such edition
    m_state->setComparison({1, 2, QStringLiteral("a"), QStringLiteral("b")});
    QSignalSpy message(m_actions, &SavedViewActions::message);
    m_actions->open(view);
    QVERIFY(!m_state->comparison().isActive());
    QVERIFY(
        message.constFirst().constFirst().toString().contains(QStringLiteral("compare is off")));
}

// A view saved by a build that kept no name order opens in the order the user has now.
void TestSavedViewActions::viewSavedWithoutANameOrderKeepsTheCurrentOne()
{
    SavedView view = m_actions->capture(QStringLiteral("older"));
    QVERIFY(view.nameOrder);
    view.nameOrder.reset();
    m_state->setNameOrder(NameOrder::EnglishFirst);
    m_actions->open(view);
    QCOMPARE(m_state->nameOrder(), NameOrder::EnglishFirst);
    view.nameOrder = NameOrder::ReportFirst;
    m_actions->open(view);
    QCOMPARE(m_state->nameOrder(), NameOrder::ReportFirst);
}

QTEST_MAIN(TestSavedViewActions)
#include "tst_savedviewactions.moc"
