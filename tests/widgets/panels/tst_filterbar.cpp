#include "explorerstate.h"
#include "filterbar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace TrendScope;

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingSetsSearchAndShowsChip();
    void chipRemovesOnlyItsFilter();
    void clearAllRemovesEverything();
    void sourceAndYears();
    void secondClickNeverClears();

private:
    QToolButton *chip(const QString &name) const;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<FilterBar> m_bar;
};

void TestFilterBar::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_bar = std::make_unique<FilterBar>(m_state.get());
    m_bar->setSources({{"infoq-2023", "InfoQ report", {}, {}, {}, {}, {}},
        {"bluebook-2024", "Blue book", {}, {}, {}, {}, {}}});
    m_bar->resize(1200, 40);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestFilterBar::cleanup()
{
    m_bar.reset();
    m_state.reset();
}

QToolButton *TestFilterBar::chip(const QString &name) const
{
    for (QToolButton *c : m_bar->chips())
        if (c->objectName() == QStringLiteral("chip-") + name)
            return c;
    return nullptr;
}

void TestFilterBar::typingSetsSearchAndShowsChip()
{
    m_bar->activateSearch();
    QTest::keyClicks(m_bar->searchField(), "glm");
    QCOMPARE(m_state->filter().search, QStringLiteral("glm"));
    QVERIFY(chip("search"));
    QVERIFY(chip("search")->text().contains("glm"));
}

void TestFilterBar::chipRemovesOnlyItsFilter()
{
    m_state->setOrganization("百度");
    m_state->setSearch("文心");
    QCOMPARE(m_bar->chips().size(), 2);
    QTest::mouseClick(chip("organization"), Qt::LeftButton);
    QTRY_VERIFY(m_state->filter().organization.isEmpty());
    QCOMPARE(m_state->filter().search, QStringLiteral("文心"));
    QTRY_COMPARE(m_bar->chips().size(), 1);
}

void TestFilterBar::clearAllRemovesEverything()
{
    auto *clear = m_bar->findChild<QToolButton *>("filter-clear-all");
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled());
    m_state->setOrganization("百度");
    m_state->setYearRange(2023, 2023);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(m_state->filter().isEmpty());
    QTRY_VERIFY(m_bar->chips().isEmpty());
    QVERIFY(m_bar->searchField()->text().isEmpty());
}

void TestFilterBar::sourceAndYears()
{
    auto *source = m_bar->findChild<QComboBox *>("filter-source");
    auto *from = m_bar->findChild<QSpinBox *>("filter-year-from");
    auto *to = m_bar->findChild<QSpinBox *>("filter-year-to");
    QVERIFY(source && from && to);
    source->setCurrentIndex(2);
    emit source->activated(2);
    QCOMPARE(m_state->filter().sourceCode, QStringLiteral("bluebook-2024"));
    QVERIFY(chip("source")->text().contains("Blue book"));
    from->setValue(2023);
    to->setValue(2024);
    QCOMPARE(m_state->filter().yearFrom, 2023);
    QCOMPARE(m_state->filter().yearTo, 2024);
    QVERIFY(chip("years")->text().contains("2023–2024"));
    // Set from elsewhere, the controls follow.
    m_state->setYearRange(0, 0);
    QCOMPARE(from->text(), QStringLiteral("any"));
}

void TestFilterBar::secondClickNeverClears()
{
    QSignalSpy spy(m_state.get(), &ExplorerState::filterChanged);
    m_state->setOrganization("百度");
    m_state->setOrganization("百度"); // e.g. a second click on the same slice
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_state->filter().organization, QStringLiteral("百度"));
    QVERIFY(chip("organization"));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
