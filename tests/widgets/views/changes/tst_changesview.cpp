#include "changeschart.h"
#include "changesmodel.h"
#include "changesview.h"
#include "chartframe.h"
#include "database.h"
#include "editiondiff.h"
#include "explorerstate.h"
#include "markingtranslator.h"
#include "roles.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace TrendScope;

// The "What changed" view: its model over EditionDiff's rows, the chart of counts per table,
// and the states a session reaches (compare off, a filter, no changes).
class TestChangesView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        DatabaseError error;
        m_db = Database::createInMemory(&error);
        QVERIFY2(m_db, qPrintable(error.message()));
        TestUtil::addSyntheticEditions(*m_db);
        m_state = std::make_unique<ExplorerState>();
        m_model = std::make_unique<ChangesModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        m_view = std::make_unique<ChangesView>(m_model.get(), m_state.get());
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_state.reset();
        m_db.reset();
    }

    void compareOffSaysHowToTurnItOn()
    {
        QCOMPARE(m_model->rowCount(), 0);
        const QString message = m_view->chart()->emptyMessage();
        QCOMPARE(message,
            QStringLiteral("No changes: choose two editions in the filter bar to compare them"));
        // One colon: "No changes: compare is off: choose …" read as two sentences run together.
        QCOMPARE(message.count(QLatin1Char(':')), 1);
    }

    void rowsShowOldAndNewWithUnits()
    {
        compare(1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025 (synthetic)"));
        const int row = rowOf(QStringLiteral("百川智能"), QStringLiteral("amount_yuan"));
        QVERIFY(row >= 0);
        auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(ChangesModel::ChangeColumn), QStringLiteral("changed"));
        QCOMPARE(cell(ChangesModel::TableColumn), QStringLiteral("Funded companies"));
        QCOMPARE(cell(ChangesModel::FieldColumn), QStringLiteral("amount"));
        QCOMPARE(cell(ChangesModel::BeforeColumn), QStringLiteral("2.1 bn yuan"));
        QCOMPARE(cell(ChangesModel::AfterColumn), QStringLiteral("3 bn yuan"));
        QCOMPARE(cell(ChangesModel::PlaceColumn), QStringLiteral("2023 → 2024"));
        const QString tip = m_model->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Before (edition 2023–2024)")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("百川智能 2023/3 北京 大模型 A轮 21亿人民币")));
        QVERIFY(tip.contains(QStringLiteral("After (edition 2024–2025 (synthetic))")));

        const int gone = rowOf(QStringLiteral("文本生成图像"), QStringLiteral("stage"));
        QCOMPARE(m_model->index(gone, ChangesModel::ChangeColumn).data().toString(),
            QStringLiteral("removed"));
        QVERIFY(m_model->index(gone, ChangesModel::AfterColumn).data().toString().isEmpty());

        // A large number without a unit of its own keeps every digit, never "1.8e+10".
        FactChange figure;
        figure.table = QStringLiteral("key_figure");
        figure.field = QStringLiteral("value");
        QCOMPARE(ChangesModel::valueText(figure, 1.8e10), QStringLiteral("18,000,000,000"));
        QCOMPARE(ChangesModel::valueText(figure, 7.0366), QStringLiteral("7.0366"));
    }

    // The table and the field are the interface's words, named as the data editor names them
    // and translated (context TrendScope::EditSchema), in the table, the chart and the subtitle.
    void tablesAndFieldsAreTranslated()
    {
        compare(1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025 (synthetic)"));
        const int row = rowOf(QStringLiteral("百川智能"), QStringLiteral("amount_yuan"));
        QVERIFY(row >= 0);
        m_model->setNotCompared({QStringLiteral("event")});
        MarkingTranslator translator("TrendScope::EditSchema");
        QCoreApplication::installTranslator(&translator);
        auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        const QString table = cell(ChangesModel::TableColumn);
        const QString field = cell(ChangesModel::FieldColumn);
        const QString tip = m_model->index(row, 0).data(Qt::ToolTipRole).toString();
        const FactChanges rows = m_model->rows();
        m_model->setRows(rows); // the chart rebuilds, as on a language change
        const QStringList tables = m_view->chart()->tables();
        const QString subtitle = m_view->chart()->frame().subtitle();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(table, QStringLiteral("[Funded companies]"));
        QCOMPARE(field, QStringLiteral("[Amount]"));
        QVERIFY2(tip.contains(QStringLiteral("[Funded companies] · 百川智能")), qPrintable(tip));
        QVERIFY2(
            tip.contains(QStringLiteral("[Amount]: 2.1 bn yuan → 3 bn yuan")), qPrintable(tip));
        QVERIFY2(
            tables.contains(QStringLiteral("[Funded companies]")), qPrintable(tables.join(',')));
        QVERIFY2(subtitle.contains(QStringLiteral("[Events]")), qPrintable(subtitle));
    }

    void chartCountsEachTable()
    {
        compare(2, 4, QStringLiteral("2024"), QStringLiteral("2025 (synthetic)"));
        const ChangesChart *chart = m_view->chart();
        QCOMPARE(chart->tables(), QStringList {QStringLiteral("Leaderboard entries")});
        const auto counts = chart->counts().constFirst();
        QCOMPARE(counts[0], 1); // 合成模型-1
        QCOMPARE(counts[1], 1); // GPT3.5-Turbo-0125
        int changed = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            changed += m_model->index(row, 0).data(ChangeKindRole).toInt()
                == int(FactChange::Kind::Changed);
        QCOMPARE(counts[2], changed);
        QVERIFY(chart->emptyMessage().isEmpty());
        // The count axis has whole-number ticks only.
        m_view->chart()->replot();
        const QVector<double> ticks = m_view->chart()->xAxis->tickVector();
        QVERIFY(ticks.size() >= 2);
        for (const double tick : ticks)
            QCOMPARE(tick, std::round(tick));
    }

    void searchNarrowsTableAndChart()
    {
        compare(1, 3, QStringLiteral("2023–2024"), QStringLiteral("2024–2025 (synthetic)"));
        m_state->setSearch(QStringLiteral("多模态"));
        QCOMPARE(m_view->visibleRowCount(), 1);
        QCOMPARE(
            m_view->chart()->tables(), QStringList {QStringLiteral("Maturity curve positions")});
        m_state->setSearch(QStringLiteral("nothing like this"));
        QCOMPARE(m_view->visibleRowCount(), 0);
        QVERIFY(m_view->chart()->emptyMessage().contains(QStringLiteral("nothing like this")));
    }

    // The Show box offers the file's changes, newest first; choosing one shows what changed
    // from it on, and the subtitle says so.
    void showBoxOffersTheFilesHistory()
    {
        QComboBox *box = m_view->sinceBox();
        QCOMPARE(box->count(), 1); // no history yet: the editions only
        HistoryPoint edit;
        edit.firstId = edit.lastId = 1;
        edit.at = QStringLiteral("2026-12-03T07:12:09Z");
        edit.author = QStringLiteral("ana");
        edit.entries = 1;
        edit.action = QStringLiteral("update");
        edit.table = QStringLiteral("leaderboard_entry");
        edit.rowId = 6;
        edit.fields = QStringList {QStringLiteral("score")};
        HistoryPoint import;
        import.firstId = 2;
        import.lastId = 14;
        import.at = QStringLiteral("2026-12-03T07:20:00Z");
        import.author = QStringLiteral("import");
        import.reason = QStringLiteral("Imported from x.csv");
        import.entries = 13;
        import.tables = {{ QStringLiteral("leaderboard_entry"), 13 }};
        m_model->setHistoryPoints({edit, import});
        m_model->setRows({});
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(1), QStringLiteral("From change 2 on (2026-12-03 07:20, import)"));
        QCOMPARE(box->itemData(1, Qt::ToolTipRole).toString(),
            QStringLiteral("13 entries: Leaderboard entries × 13 — Imported from x.csv"));
        QCOMPARE(box->itemData(2, Qt::ToolTipRole).toString(),
            QStringLiteral("changed row 6 of Leaderboard entries: score"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(m_state->changesSince(), 1);
        QCOMPARE(m_state->changesSinceName(),
            QStringLiteral("from change 2 on (2026-12-03 07:20, import)"));
        // What Workspace then puts in the model.
        FactChange change;
        change.table = QStringLiteral("leaderboard_entry");
        change.tableLabel = QStringLiteral("Leaderboard entries");
        change.key = QStringLiteral("GLM-4");
        change.field = QStringLiteral("score");
        change.before = 72.58;
        change.after = 73.0;
        m_model->setRows({change});
        QCOMPARE(box->currentIndex(), 1); // kept across the reset
        QVERIFY2(m_view->chart()->frame().subtitle().startsWith(
                     QStringLiteral("In this file from change 2 on")),
            qPrintable(m_view->chart()->frame().subtitle()));
        QCOMPARE(m_view->chart()->tables(), QStringList {QStringLiteral("Leaderboard entries")});
        QTest::keyClick(box, Qt::Key_Home);
        QCOMPARE(m_state->changesSince(), ExplorerState::NoHistory);
    }

private:
    // What Workspace does when the comparison changes: the diff into the model.
    void compare(qint64 a, qint64 b, const QString &nameA, const QString &nameB)
    {
        m_state->setComparison({a, b, nameA, nameB});
        QStringList notCompared;
        const FactChanges changes = EditionDiff::between(*m_db, a, b, &notCompared);
        m_model->setNotCompared(notCompared);
        m_model->setRows(changes);
        QVERIFY(m_model->rowCount() > 0);
    }

    int rowOf(const QString &key, const QString &field) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->rows().at(row).key == key && m_model->rows().at(row).field == field)
                return row;
        return -1;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<ChangesModel> m_model;
    std::unique_ptr<ChangesView> m_view;
};

QTEST_MAIN(TestChangesView)
#include "tst_changesview.moc"
