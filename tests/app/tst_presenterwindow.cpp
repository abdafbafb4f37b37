#include "chartview.h"
#include "presenterwindow.h"
#include "windowfixture.h"

#include <QPointer>
#include <QSettings>
#include <QTest>

using namespace TrendScope;

class TestPresenterWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void slidesAreSlideSizedAndScaledUp();
    void pagesThroughTheSavedViews();
    void withoutSavedViewsShowsTheCurrentView();

private:
    PresenterWindow *startPresenter();
    std::unique_ptr<WindowFixture> m_fixture;
    Workspace *m_workspace = nullptr;
    ExplorerState *m_state = nullptr;
    MainWindow *m_window = nullptr;
    SavedViewActions *m_actions = nullptr;
};

void TestPresenterWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presenterwindow"));
}

void TestPresenterWindow::init()
{
    QSettings().clear();
    m_fixture.reset();
    m_fixture = std::make_unique<WindowFixture>();
    m_workspace = &m_fixture->workspace;
    m_state = &m_fixture->state;
    m_window = m_fixture->window.get();
    m_actions = m_fixture->savedViews;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

PresenterWindow *TestPresenterWindow::startPresenter()
{
    auto *presenter = new PresenterWindow(
        m_workspace, m_actions, [this] { return m_window->currentView(); }, m_window);
    presenter->start();
    return presenter;
}

// A slide is laid out at about 1024×576 and drawn at the size of the area above the footer:
// on a 1920×1080 screen every text is about 1.8 times its slide size, and the footer never
// covers the slide.
void TestPresenterWindow::slidesAreSlideSizedAndScaledUp()
{
    PresenterWindow presenter(m_workspace, m_actions, [this] { return m_window->currentView(); });
    presenter.resize(1920, 1080);
    const QRect area = presenter.slideArea();
    QCOMPARE(area.topLeft(), QPoint(0, 0));
    QCOMPARE(area.width(), 1920);
    QVERIFY(area.height() < 1080 - 10 && area.height() > 1000);
    QCOMPARE(presenter.slideSize().height(), 576);
    QCOMPARE(presenter.slideSize().width(), int(1920 / (area.height() / 576.0)));
    presenter.resize(1000, 600); // smaller than a slide: not shrunk further
    QCOMPARE(presenter.slideSize(), presenter.slideArea().size());
    presenter.resize(2560, 1080); // wider: the height decides
    QCOMPARE(presenter.slideSize().height(), 576);
    QVERIFY(presenter.slideSize().width() > 1300);
}

void TestPresenterWindow::pagesThroughTheSavedViews()
{
    m_window->showView(QStringLiteral("price-cuts"));
    m_state->setYearRange(2023, 2023);
    QVERIFY(m_actions->save(m_actions->capture(QStringLiteral("1 cloud"))));
    m_window->showView(QStringLiteral("leaderboard"));
    m_state->clearFilters();
    m_state->setOrganization(QStringLiteral("OpenAI"));
    QVERIFY(m_actions->save(m_actions->capture(QStringLiteral("2 models"))));
    m_state->clearFilters();

    QPointer<PresenterWindow> presenter = startPresenter();
    QVERIFY(QTest::qWaitForWindowExposed(presenter.data()));
    QVERIFY(presenter->isFullScreen());
    QCOMPARE(presenter->slideCount(), 2);
    QCOMPARE(presenter->currentSlide(), 0);
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("price-cuts"));
    QCOMPARE(m_state->filter().yearFrom, 2023);
    QVERIFY(!presenter->slideImage().isNull());
    const QRect area = presenter->slideArea();
    QVERIFY(presenter->slideImage().width() == area.width()
        || presenter->slideImage().height() == area.height());

    QTest::keyClick(presenter.data(), Qt::Key_PageDown);
    QCOMPARE(presenter->currentSlide(), 1);
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("leaderboard"));
    QCOMPARE(m_state->filter().organization, QStringLiteral("OpenAI"));
    QCOMPARE(m_state->filter().yearFrom, 0);
    QTest::keyClick(presenter.data(), Qt::Key_PageDown); // the last stays the last
    QCOMPARE(presenter->currentSlide(), 1);
    QTest::keyClick(presenter.data(), Qt::Key_PageUp);
    QCOMPARE(presenter->currentSlide(), 0);
    QCOMPARE(m_state->filter().yearFrom, 2023);

    QTest::keyClick(presenter.data(), Qt::Key_Escape);
    QTRY_VERIFY(presenter.isNull()); // closed and deleted
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("price-cuts"));
}

void TestPresenterWindow::withoutSavedViewsShowsTheCurrentView()
{
    m_window->showView(QStringLiteral("funding"));
    QPointer<PresenterWindow> presenter = startPresenter();
    QVERIFY(QTest::qWaitForWindowExposed(presenter.data()));
    QCOMPARE(presenter->slideCount(), 1);
    QTRY_VERIFY(!presenter->slideImage().isNull());
    QTest::keyClick(presenter.data(), Qt::Key_PageDown);
    QCOMPARE(presenter->currentSlide(), 0);
    QCOMPARE(m_window->currentView()->viewName(), QStringLiteral("funding"));
    QTest::keyClick(presenter.data(), Qt::Key_F11);
    QTRY_VERIFY(presenter.isNull());
}

QTEST_MAIN(TestPresenterWindow)
#include "tst_presenterwindow.moc"
