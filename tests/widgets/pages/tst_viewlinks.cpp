#include "explorerstate.h"
#include "roles.h"
#include "viewlinks.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace TrendScope;

class TestViewLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabbingInDoesNotTakeTheFocus_data();
    void tabbingInDoesNotTakeTheFocus();
    void arrowKeysPickRows();
    void focusFromElsewhereSelectsTheRow();

private:
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
};

void TestViewLinks::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_model = std::make_unique<QStandardItemModel>(3, 2);
    for (int row = 0; row < 3; ++row) {
        m_model->setData(m_model->index(row, 0), QStringLiteral("row %1").arg(row));
        m_model->setData(m_model->index(row, 0),
            QVariant::fromValue(EntityRef {EntityKind::Model, 10 + row}), EntityRole);
    }
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_model.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    linkViewToFocus(m_view.get(), m_state.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestViewLinks::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_state.reset();
}

void TestViewLinks::tabbingInDoesNotTakeTheFocus_data()
{
    QTest::addColumn<int>("reason");
    QTest::newRow("tab") << int(Qt::TabFocusReason);
    QTest::newRow("page shown (Ctrl+4)") << int(Qt::OtherFocusReason);
    QTest::newRow("back-tab") << int(Qt::BacktabFocusReason);
}

void TestViewLinks::tabbingInDoesNotTakeTheFocus()
{
    QFETCH(int, reason);
    const EntityRef elsewhere {EntityKind::Organization, 7};
    m_state->setFocus(elsewhere);
    m_view->clearFocus();
    m_view->setFocus(Qt::FocusReason(reason));
    QTRY_VERIFY(m_view->hasFocus());
    // Qt still gives the table a current row to move from, but nobody picked it.
    QCOMPARE(m_view->currentIndex().row(), 0);
    QCOMPARE(m_state->focus(), elsewhere);
    QVERIFY(!m_view->selectionModel()->hasSelection());
    // Clicking that row picks it.
    const QRect cell = m_view->visualRect(m_model->index(0, 1));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 10}));
    QVERIFY(m_view->selectionModel()->isRowSelected(0, {}));
}

void TestViewLinks::arrowKeysPickRows()
{
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 11}));
    // From a focused row on, each key press moves on (the selection a key press makes before
    // the current row changes once pulled the current row back to the focused one).
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 12}));
    QCOMPARE(m_view->currentIndex().row(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 10}));
    QVERIFY(m_view->selectionModel()->isRowSelected(0, {}));
    QVERIFY(!m_view->selectionModel()->isRowSelected(1, {}));
}

void TestViewLinks::focusFromElsewhereSelectsTheRow()
{
    m_state->setFocus({EntityKind::Model, 12});
    QCOMPARE(m_view->currentIndex().row(), 2);
    QVERIFY(m_view->selectionModel()->isRowSelected(2, {}));
    // A click picks a row.
    const QRect cell = m_view->visualRect(m_model->index(1, 1));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_state->focus(), (EntityRef {EntityKind::Model, 11}));
}

QTEST_MAIN(TestViewLinks)
#include "tst_viewlinks.moc"
