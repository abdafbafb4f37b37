#include "changewatcher.h"
#include "conflictdialog.h"
#include "database.h"
#include "dataeditor.h"
#include "editcontroller.h"
#include "editorformutil.h"
#include "editortablemodel.h"
#include "editsession.h"
#include "edittestutil.h"
#include "explorerstate.h"
#include "fieldeditor.h"
#include "fieldvalidator.h"
#include "historypanel.h"
#include "language.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "mainwindow.h"
#include "markingtranslator.h"
#include "recordform.h"
#include "serverdataset.h"
#include "servertestutil.h"
#include "sortorder.h"
#include "testutil.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <sqlite3.h>

using namespace TrendScope;
using EditorFormUtil::typeText;
using EditTestUtil::dumpTables;

class TestDataEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editCellWithKeystrokesUpdatesDatabaseAndChart();
    void invalidCellInputIsRefused();
    void amountsInTheInterfaceLanguage();
    void refusalGoesWhenTheUserMovesOn();
    void bannerFollowsTheDatasetOpening();
    void formWithoutARowShowsNoValues();
    void invalidFormInputIsRefusedWithMessage_data();
    void invalidFormInputIsRefusedWithMessage();
    void addRowThroughTheForm();
    void multiRowEditIsOneUndoStep();
    void deleteSaysWhatDependsAndAsks();
    void newSnapshotGrowsTheLeaderboard();
    void historyRevertsOneChange();
    void lockedFileKeepsTheEditAndRetries();
    void readOnlyFileDisablesEditingWithReason();
    void changeByAnotherProgramIsShown();
    void formConflictAsksWhatToKeep_data();
    void formConflictAsksWhatToKeep();
    void undoConflictSaysWhoChangedTheRow();
    void mainWindowEditMenuNamesTheChange();
    void searchFindsFullWidthText();
    void clickingAHeaderSortsByTheLanguagesCollation();
    void tableAndColumnNamesFollowTheLanguage();
    void formFollowsTheLanguageAtOnce();

private:
    void openWorkspace(std::unique_ptr<Database> db);
    qint64 value(const QString &sql) const;
    QVariant scalar(const QString &sql) const;
    QList<double> chartValues() const;
    QModelIndex cell(qint64 rowId, const QString &column) const;
    void typeIntoCell(const QModelIndex &index, const QString &text);
    // Opens the editor on a temporary dataset file at a SuperClue score; its id and path.
    // With `server`, the file is published there and the editor opens the server dataset.
    qint64 openFileAtSuperClueScore(
        QTemporaryDir &dir, QString *path, const ServerLocation *server = nullptr);
    // Types `text` into the form's field `column` (not applied).
    void typeIntoForm(const QString &column, const QString &text);
    QString formText(const QString &column) const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LeaderboardView> m_view;
    std::unique_ptr<DataEditor> m_editor;
    QStringList m_questions;
    bool m_confirmAnswer = false;
};

void TestDataEditor::init()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    openWorkspace(std::move(db));
}

void TestDataEditor::openWorkspace(std::unique_ptr<Database> db)
{
    m_editor.reset();
    m_view.reset();
    m_workspace.reset();
    m_state = std::make_unique<ExplorerState>();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setEditorName(QStringLiteral("Tester"));
    QVERIFY(m_workspace->setDatabase(std::move(db)));
    m_view = std::make_unique<LeaderboardView>(m_workspace->leaderboardModel(), m_state.get());
    m_view->resize(1000, 600);
    m_view->show();
    m_editor = std::make_unique<DataEditor>(m_workspace->editController());
    m_editor->setConfirm([this](const QString &question) {
        m_questions.append(question);
        return m_confirmAnswer;
    });
    m_editor->resize(1400, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestDataEditor::cleanup()
{
    m_editor.reset();
    m_view.reset();
    m_workspace.reset();
    m_state.reset();
    m_questions.clear();
}

QVariant TestDataEditor::scalar(const QString &sql) const
{
    QSqlQuery q(m_workspace->database()->connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0);
}

qint64 TestDataEditor::value(const QString &sql) const
{
    return scalar(sql).toLongLong();
}

// The chart redraws once per burst of model changes (on the next event-loop pass), so checks
// of what it draws wait for it.
QList<double> TestDataEditor::chartValues() const
{
    QList<double> values;
    QCustomPlot *plot = m_view->chart();
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i)))
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                values.append(it->value);
    std::sort(values.begin(), values.end());
    return values;
}

QModelIndex TestDataEditor::cell(qint64 rowId, const QString &column) const
{
    const QAbstractItemModel *proxy = m_editor->table()->model();
    const int col = m_editor->model()->table().columnIndex(column);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, col);
        QModelIndex source = index;
        while (auto *p = qobject_cast<const QAbstractProxyModel *>(source.model()))
            source = p->mapToSource(source);
        if (m_editor->model()->rowId(source.row()) == rowId)
            return index;
    }
    return {};
}

void TestDataEditor::typeIntoCell(const QModelIndex &index, const QString &text)
{
    QTableView *table = m_editor->table();
    table->setFocus();
    table->setCurrentIndex(index);
    table->scrollTo(index);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(qobject_cast<QLineEdit *>(focus), focus->metaObject()->className());
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    typeText(focus, text);
    QTest::keyClick(focus, Qt::Key_Return);
}

void TestDataEditor::editCellWithKeystrokesUpdatesDatabaseAndChart()
{
    const qint64 entry = value("SELECT e.id FROM leaderboard_entry e JOIN model m ON m.id = "
                               "e.model_id WHERE m.name = 'GLM-4'");
    const double before
        = scalar(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry))
              .toDouble();
    QTRY_VERIFY(chartValues().contains(before));
    QTRY_VERIFY(!chartValues().contains(99.5));

    m_editor->setTable("leaderboard_entry");
    QVERIFY(m_editor->selectRow(entry));
    const QModelIndex index = cell(entry, "score");
    QVERIFY(index.isValid());
    typeIntoCell(index, "99.5");

    QTRY_COMPARE(
        scalar(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble(),
        99.5);
    QCOMPARE(
        scalar(QString("SELECT status FROM leaderboard_entry WHERE id = %1").arg(entry)).toString(),
        "editor");
    QCOMPARE(
        scalar(QString("SELECT author FROM change_log WHERE column_name = 'score'")).toString(),
        "Tester");
    // The chart follows without reopening anything.
    QTRY_VERIFY(chartValues().contains(99.5));
    QTRY_VERIFY(!chartValues().contains(before));
    QTRY_COMPARE(cell(entry, "score").data().toString(), "99.5");

    QAction *undo = m_workspace->editController()->undoAction();
    QCOMPARE(undo->text().remove('&'), "Undo: set score of GLM-4");
    undo->trigger();
    QCOMPARE(
        scalar(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble(),
        before);
    QCOMPARE(
        scalar(QString("SELECT status FROM leaderboard_entry WHERE id = %1").arg(entry)).toString(),
        "stated");
    QTRY_VERIFY(chartValues().contains(before));
    QCOMPARE(m_workspace->editController()->redoAction()->text().remove('&'),
        "Redo: set score of GLM-4");
    m_workspace->editController()->redoAction()->trigger();
    QTRY_VERIFY(chartValues().contains(99.5));
}

void TestDataEditor::invalidCellInputIsRefused()
{
    const QStringList start = dumpTables(*m_workspace->database());
    const qint64 entry = value("SELECT min(id) FROM leaderboard_entry");
    m_editor->setTable("leaderboard_entry");
    QVERIFY(m_editor->selectRow(entry));
    typeIntoCell(cell(entry, "score"), "eighty");
    QTRY_VERIFY(
        m_editor->bannerText().contains("Score: “eighty” is not a number. Allowed: a number"));
    QVERIFY(m_editor->form()->errorText("score").contains("is not a number"));
    QCOMPARE(dumpTables(*m_workspace->database()), start);
    QVERIFY(!m_workspace->editController()->undoAction()->isEnabled());
}

void TestDataEditor::refusalGoesWhenTheUserMovesOn()
{
    const qint64 entry = value("SELECT min(id) FROM leaderboard_entry");
    const qint64 other = value("SELECT max(id) FROM leaderboard_entry");
    m_editor->setTable("leaderboard_entry");
    QVERIFY(m_editor->selectRow(entry));
    typeIntoCell(cell(entry, "score"), "eighty");
    QTRY_VERIFY(m_editor->bannerText().contains("is not a number"));
    QVERIFY(m_editor->selectRow(other));
    QVERIFY2(m_editor->bannerText().isEmpty(), qPrintable(m_editor->bannerText()));
}

void TestDataEditor::formWithoutARowShowsNoValues()
{
    const qint64 entry = value("SELECT min(id) FROM leaderboard_entry");
    m_editor->setTable("leaderboard_entry");
    QVERIFY(m_editor->selectRow(entry));
    FieldEditor *score = m_editor->form()->editor("score");
    QVERIFY(score);
    QString error;
    const auto shown = score->value(&error);
    QVERIFY(shown && !shown->isNull());
    // No row selected: the form asks for one and shows no row's values.
    m_editor->table()->clearSelection();
    m_editor->table()->setCurrentIndex({});
    const auto cleared = score->value(&error);
    QVERIFY2(!cleared || cleared->isNull(), qPrintable(cleared->toString()));
}

void TestDataEditor::bannerFollowsTheDatasetOpening()
{
    // An editor made before any dataset is open says so, and stops saying so once one is.
    cleanup();
    Workspace workspace;
    workspace.setEditorName(QStringLiteral("Tester"));
    DataEditor editor(workspace.editController());
    editor.show();
    QCOMPARE(editor.bannerText(), QStringLiteral("No dataset is open."));
    DatabaseError error;
    QVERIFY(workspace.setDatabase(Database::createInMemory(&error)));
    QTRY_VERIFY2(editor.bannerText().isEmpty(), qPrintable(editor.bannerText()));
}

void TestDataEditor::invalidFormInputIsRefusedWithMessage_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rowSql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("date") << "policy"
                          << "SELECT min(id) FROM policy"
                          << "date"
                          << "2024-13"
                          << "Date: “2024-13” is not a valid date. Allowed: a date as YYYY (year), "
                             "YYYY-MM (month) or YYYY-MM-DD (day)";
    QTest::newRow("percent")
        << "price_cut"
        << "SELECT min(id) FROM price_cut"
        << "max_percent"
        << "120"
        << "Largest cut: 120 is outside 0 to 100. Allowed: a percentage from 0 to 100";
    QTest::newRow("money")
        << "funding_company"
        << "SELECT min(id) FROM funding_company"
        << "amount_yuan"
        << "-3"
        << "Amount: -3 × 100 million yuan (亿元) is negative. Allowed: an amount of 0 or more in "
           "the unit beside it, e.g. 25 × 100 million yuan (亿元) for 2.5 bn yuan.";
    QTest::newRow("money text")
        << "funding_company"
        << "SELECT min(id) FROM funding_company"
        << "amount_yuan"
        << "25亿"
        << "Amount: “25亿” is not a number. Allowed: an amount of 0 or more";
    QTest::newRow("count")
        << "funding_company"
        << "SELECT min(id) FROM funding_company"
        << "list_rank"
        << "1.5"
        << "Rank in list: “1.5” is not a whole number. Allowed: a whole number of 0 or more";
    QTest::newRow("year") << "maturity_position"
                          << "SELECT min(id) FROM maturity_position"
                          << "curve_year"
                          << "1800"
                          << "Curve year: 1800 is not a year in range";
    QTest::newRow("required") << "model"
                              << "SELECT min(id) FROM model"
                              << "name"
                              << ""
                              << "Name: it is required and cannot be left empty";
    QTest::newRow("unique") << "model"
                            << "SELECT min(id) FROM model"
                            << "name"
                            << "@second model"
                            << "another model has";
    QTest::newRow("reference") << "model"
                               << "SELECT min(id) FROM model"
                               << "organization_id"
                               << "不存在的公司"
                               << "Organization: there is no entry named “不存在的公司”. Allowed: "
                                  "an entry picked from the list.";
}

void TestDataEditor::invalidFormInputIsRefusedWithMessage()
{
    QFETCH(QString, table);
    QFETCH(QString, rowSql);
    QFETCH(QString, column);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    if (typed == "@second model")
        typed = scalar("SELECT name FROM model ORDER BY id LIMIT 1 OFFSET 1").toString();

    const QStringList start = dumpTables(*m_workspace->database());
    m_editor->setTable(table);
    QVERIFY(m_editor->selectRow(value(rowSql)));
    typeIntoForm(column, typed);
    auto *apply = m_editor->form()->findChild<QPushButton *>("form-apply");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    QVERIFY2(m_editor->form()->errorText(column).contains(message),
        qPrintable(m_editor->form()->errorText(column) + " / " + m_editor->bannerText()));
    QCOMPARE(dumpTables(*m_workspace->database()), start);
    QVERIFY(!m_workspace->editController()->undoAction()->isEnabled());
    // Typing again clears the message.
    // TRENDSCOPE_SHOT_DIR=/tmp/shots saves what the editor looks like, to look at by hand.
    if (const QString shots = qEnvironmentVariable("TRENDSCOPE_SHOT_DIR"); !shots.isEmpty())
        m_editor->grab().save(
            shots + "/editor-" + QString(QTest::currentDataTag()).replace(' ', '-') + ".png");
    QTest::keyClick(m_editor->form()->editor(column)->findChild<QLineEdit *>(), Qt::Key_1);
    QVERIFY(m_editor->form()->errorText(column).isEmpty());
}

void TestDataEditor::addRowThroughTheForm()
{
    const int before = int(value("SELECT count(*) FROM technology"));
    m_editor->setTable("technology");
    m_editor->addRow();
    QVERIFY(m_editor->form()->isDraft());
    auto *name = m_editor->form()->editor("name")->findChild<QLineEdit *>();
    typeText(name, "量子计算");
    auto *domain = m_editor->form()->editor("domain")->findChild<QComboBox *>();
    domain->setCurrentIndex(domain->findText("通信"));
    QTest::mouseClick(m_editor->form()->findChild<QPushButton *>("form-apply"), Qt::LeftButton);
    QCOMPARE(value("SELECT count(*) FROM technology"), before + 1);
    QCOMPARE(scalar("SELECT domain FROM technology WHERE name = '量子计算'").toString(), "通信");
    QCOMPARE(m_workspace->editController()->undoAction()->text().remove('&'),
        "Undo: add technology 量子计算");
    QCOMPARE(m_editor->selectedRowIds(),
        QList<qint64> {value("SELECT id FROM technology WHERE name = '量子计算'")});
    m_workspace->editController()->undo();
    QCOMPARE(value("SELECT count(*) FROM technology"), before);
}

void TestDataEditor::multiRowEditIsOneUndoStep()
{
    const QStringList start = dumpTables(*m_workspace->database(), {"change_log"});
    m_editor->setTable("leaderboard_entry");
    QTableView *table = m_editor->table();
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_editor->selectedRowIds().size(), 3);
    auto *note = m_editor->form()->editor("note")->findChild<QPlainTextEdit *>();
    QVERIFY(note);
    note->setFocus();
    QTest::keyClicks(note, "checked against the PDF");
    auto *apply = m_editor->form()->findChild<QPushButton *>("form-apply");
    QCOMPARE(apply->text().remove('&'), "Apply to 3 Rows");
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(
        value("SELECT count(*) FROM leaderboard_entry WHERE note LIKE '%checked against the PDF'"),
        3);
    QCOMPARE(m_workspace->editController()->stack()->count(), 1);
    QCOMPARE(m_workspace->editController()->undoAction()->text().remove('&'),
        "Undo: set note of 3 rows");
    m_workspace->editController()->undo();
    QCOMPARE(dumpTables(*m_workspace->database(), {"change_log"}), start);
}

void TestDataEditor::deleteSaysWhatDependsAndAsks()
{
    const QStringList start = dumpTables(*m_workspace->database(), {"change_log"});
    const int bars = int(chartValues().size());
    const qint64 model = value("SELECT id FROM model WHERE name = 'GLM-4'");
    m_editor->setTable("model");
    QVERIFY(m_editor->selectRow(model));

    m_confirmAnswer = false;
    QTest::mouseClick(m_editor->findChild<QPushButton *>("editor-delete"), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains("refer to model GLM-4"), qPrintable(m_questions.first()));
    QVERIFY(m_questions.first().contains("• leaderboard entry GLM-4"));
    QCOMPARE(dumpTables(*m_workspace->database(), {"change_log"}), start);

    m_confirmAnswer = true;
    QTest::mouseClick(m_editor->findChild<QPushButton *>("editor-delete"), Qt::LeftButton);
    QCOMPARE(value(QString("SELECT count(*) FROM model WHERE id = %1").arg(model)), 0);
    QTRY_COMPARE(int(chartValues().size()), bars - 1);
    QCOMPARE(m_workspace->editController()->undoAction()->text().remove('&'),
        "Undo: delete model GLM-4");
    m_workspace->editController()->undo();
    QCOMPARE(dumpTables(*m_workspace->database(), {"change_log"}), start);
    QTRY_COMPARE(int(chartValues().size()), bars);
}

void TestDataEditor::newSnapshotGrowsTheLeaderboard()
{
    const int rows = m_workspace->leaderboardModel()->rowCount();
    m_editor->setTable("leaderboard");
    QVERIFY(m_editor->selectRow(value("SELECT id FROM leaderboard WHERE snapshot = '2024-04'")));
    QVERIFY(!m_editor->newSnapshotWithValue("2024-4"));
    QVERIFY(m_editor->bannerText().contains("not a valid date"));
    QVERIFY(m_editor->newSnapshotWithValue("2024-06"));
    QCOMPARE(m_workspace->leaderboardModel()->rowCount(), 2 * rows);
    m_workspace->editController()->undo();
    QCOMPARE(m_workspace->leaderboardModel()->rowCount(), rows);
}

void TestDataEditor::historyRevertsOneChange()
{
    const qint64 model = value("SELECT id FROM model WHERE name = 'GLM-4'");
    const QVariant oldEn = scalar(QString("SELECT name_en FROM model WHERE id = %1").arg(model));
    m_editor->setTable("model");
    QVERIFY(m_editor->selectRow(model));
    auto *line = m_editor->form()->editor("name_en")->findChild<QLineEdit *>();
    line->setFocus();
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(line, "GLM Four");
    auto *reason = m_editor->form()->findChild<QLineEdit *>("form-reason");
    QTest::keyClicks(reason, "as the vendor writes it");
    QTest::keyClick(line, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(scalar(QString("SELECT name_en FROM model WHERE id = %1").arg(model)).toString(),
        "GLM Four");
    QCOMPARE(scalar("SELECT reason FROM change_log WHERE column_name = 'name_en'").toString(),
        "as the vendor writes it");

    HistoryPanel *history = m_editor->history();
    QTRY_COMPARE(history->entryCount(), 2); // name_en and status
    const QTreeWidget *list = history->list();
    QStringList changes;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        changes.append(list->topLevelItem(i)->text(2));
    QVERIFY2(changes.contains(
                 QString("English name: %1 → “GLM Four”")
                     .arg(oldEn.isNull() ? QString("not stated") : "“" + oldEn.toString() + "”")),
        qPrintable(changes.join(" | ")));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(2).startsWith("English name"))
            history->list()->setCurrentItem(list->topLevelItem(i));
    QTest::mouseClick(history->findChild<QPushButton *>("history-revert"), Qt::LeftButton);
    QCOMPARE(scalar(QString("SELECT name_en FROM model WHERE id = %1").arg(model)), oldEn);
    QCOMPARE(m_workspace->editController()->undoAction()->text().remove('&'),
        "Undo: revert english name of GLM-4");
}

void TestDataEditor::lockedFileKeepsTheEditAndRetries()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message()));
    openWorkspace(std::move(db));

    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    const qint64 entry = value("SELECT min(id) FROM leaderboard_entry");
    m_editor->setTable("leaderboard_entry");
    QVERIFY(m_editor->selectRow(entry));
    typeIntoCell(cell(entry, "score"), "42");
    QTRY_VERIFY(
        m_editor->bannerText().contains("is locked by another connection inside this program"));
    QVERIFY(m_editor->bannerText().contains("data.sqlite"));
    QVERIFY(m_editor->retryButton()->isVisible());
    QVERIFY(m_workspace->editController()->hasPending());
    QVERIFY(
        scalar(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble()
        != 42);

    // Still locked: retrying says so again and keeps the edit.
    QTest::mouseClick(m_editor->retryButton(), Qt::LeftButton);
    QVERIFY(m_workspace->editController()->hasPending());

    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QTest::mouseClick(m_editor->retryButton(), Qt::LeftButton);
    QVERIFY(!m_workspace->editController()->hasPending());
    QCOMPARE(
        scalar(QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry)).toDouble(),
        42.0);
    QVERIFY(m_editor->bannerText().isEmpty());
    QTRY_VERIFY(chartValues().contains(42.0));
    QVERIFY(m_workspace->editController()->undoAction()->isEnabled());
}

void TestDataEditor::readOnlyFileDisablesEditingWithReason()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    QVERIFY(db);
    openWorkspace(std::move(db));
    QVERIFY2(m_editor->bannerText().contains(
                 "is read-only (it was opened read-only): editing is disabled"),
        qPrintable(m_editor->bannerText()));
    m_editor->setTable("model");
    QVERIFY(!(m_editor->model()->flags(m_editor->model()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!m_editor->findChild<QPushButton *>("editor-add")->isEnabled());
    QVERIFY(!m_editor->findChild<QPushButton *>("editor-delete")->isEnabled());
    QVERIFY(!m_editor->form()->findChild<QPushButton *>("form-apply")->isEnabled());
}

void TestDataEditor::changeByAnotherProgramIsShown()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(path, &error);
    QVERIFY(db);
    openWorkspace(std::move(db));
    QSignalSpy spy(m_workspace.get(), &Workspace::changedElsewhere);
    const qint64 entry = value("SELECT min(id) FROM leaderboard_entry");

    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    const QByteArray sql
        = QString("UPDATE leaderboard_entry SET score = 12.25 WHERE id = %1").arg(entry).toUtf8();
    QCOMPARE(sqlite3_exec(other, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);

    // The watcher polls on a timer; poll() is what the timer calls.
    QVERIFY(m_workspace->changeWatcher()->poll());
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY(chartValues().contains(12.25));
}

qint64 TestDataEditor::openFileAtSuperClueScore(
    QTemporaryDir &dir, QString *path, const ServerLocation *server)
{
    *path = TestUtil::makeDatasetFile(dir);
    DatabaseError error;
    auto db = Database::open(*path, &error);
    if (db && server) {
        if (ServerDataset::publish(*db, *server, false))
            return 0;
        db = Database::openServer(*server, &error);
    }
    if (!db)
        return 0;
    openWorkspace(std::move(db));
    const qint64 entry = value("SELECT min(e.id) FROM leaderboard_entry e JOIN leaderboard l "
                               "ON l.id = e.leaderboard_id WHERE l.benchmark = 'SuperClue'");
    m_editor->setTable("leaderboard_entry");
    return m_editor->selectRow(entry) ? entry : 0;
}

void TestDataEditor::typeIntoForm(const QString &column, const QString &text)
{
    QVERIFY(EditorFormUtil::typeIntoForm(*m_editor, column, text));
}

QString TestDataEditor::formText(const QString &column) const
{
    return EditorFormUtil::formText(*m_editor, column);
}

// Another editor (another connection, another author) sets the score from `original`: in the
// file at `path`, or on `server` (where the author is the database user).
static bool commitElsewhere(const QString &path, qint64 entry, double original, double score,
    const ServerLocation *server = nullptr)
{
    DatabaseError error;
    const auto db = server ? Database::openServer(*server, &error) : Database::open(path, &error);
    if (!db)
        return false;
    EditSession other(*db);
    other.setAuthor("Alice");
    Edit edit;
    EditOp op = EditOp::update("leaderboard_entry", entry, {{"score", score}});
    op.expected.insert("score", original);
    edit.ops.append(op);
    return other.apply(edit).ok();
}

void TestDataEditor::formConflictAsksWhatToKeep_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<double>("written"); // the score in the file afterwards
    QTest::addColumn<QString>("shown"); // the score in the form afterwards
    QTest::addColumn<bool>("server"); // two editors of one PostgreSQL dataset, not a file

    for (const bool server : {false, true}) {
        const char *where = server ? " on a server" : "";
        QTest::addRow("keep mine%s", where) << "conflict-keep-mine" << 81.5 << "81.5" << server;
        QTest::addRow("take theirs%s", where)
            << "conflict-take-theirs" << 77.25 << "77.25" << server;
        // Nothing written, my value still in the form to apply later.
        QTest::addRow("cancel%s", where) << "conflict-cancel" << 77.25 << "81.5" << server;
    }
}

void TestDataEditor::formConflictAsksWhatToKeep()
{
    QFETCH(QString, button);
    QFETCH(double, written);
    QFETCH(QString, shown);
    QFETCH(bool, server);

    std::unique_ptr<TestUtil::ScratchServerDatabase> scratch;
    std::optional<ServerLocation> location;
    if (server) {
        REQUIRE_TEST_SERVER();
        scratch = std::make_unique<TestUtil::ScratchServerDatabase>(QStringLiteral("dataeditor"));
        location = scratch->editor();
    }
    const ServerLocation *shared = location ? &*location : nullptr;
    QTemporaryDir dir;
    QString path;
    const qint64 entry = openFileAtSuperClueScore(dir, &path, shared);
    QVERIFY(entry > 0);
    QCOMPARE(m_workspace->database()->isServer(), server);
    const QString scoreSql
        = QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry);
    const double original = scalar(scoreSql).toDouble();
    QVERIFY(original != 81.5 && original != 77.25);

    typeIntoForm("score", "81.5");
    // Meanwhile another editor commits a different value to that score, and the editor
    // reloads as the main window does when the file changed elsewhere: my typed value stays.
    QVERIFY(commitElsewhere(path, entry, original, 77.25, shared));
    m_editor->reload();
    QCOMPARE(formText("score"), QStringLiteral("81.5"));

    auto *apply = m_editor->form()->findChild<QPushButton *>("form-apply");
    QVERIFY(apply->isEnabled());
    const QStringList seen = EditorFormUtil::applyFormAnswering(*m_editor, qPrintable(button));

    QCOMPARE(seen.size(), 4);
    QVERIFY2(seen.at(0).contains(server ? location->user : QStringLiteral("Alice")),
        qPrintable(seen.at(0)));
    QCOMPARE(seen.mid(1), (QStringList {FieldValidator::toText(original), "77.25", "81.5"}));
    QCOMPARE(scalar(scoreSql).toDouble(), written);
    QTRY_COMPARE(formText("score"), shown);
    if (button == "conflict-cancel") {
        QVERIFY(apply->isEnabled());
        QVERIFY2(m_editor->bannerText().contains("your values are still in the form"),
            qPrintable(m_editor->bannerText()));
        QCOMPARE(m_workspace->editController()->stack()->count(), 0);
    } else if (button == "conflict-keep-mine") {
        QCOMPARE(m_workspace->editController()->stack()->count(), 1);
        // Undo gives back what was there before: their value.
        QVERIFY(!m_workspace->editController()->undo());
        QCOMPARE(scalar(scoreSql).toDouble(), 77.25);
    }
    cleanup(); // before the server database is dropped
}

void TestDataEditor::undoConflictSaysWhoChangedTheRow()
{
    QTemporaryDir dir;
    QString path;
    const qint64 entry = openFileAtSuperClueScore(dir, &path);
    QVERIFY(entry > 0);
    const QString scoreSql
        = QString("SELECT score FROM leaderboard_entry WHERE id = %1").arg(entry);
    typeIntoForm("score", "81.5");
    QTest::mouseClick(m_editor->form()->findChild<QPushButton *>("form-apply"), Qt::LeftButton);
    QCOMPARE(scalar(scoreSql).toDouble(), 81.5);
    QVERIFY(commitElsewhere(path, entry, 81.5, 77.25));

    // An undo is refused, never asked about: no dialog opens.
    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            modal->close();
        }
    });
    watch.start(10);
    const auto refused = m_workspace->editController()->undo();
    QTest::qWait(50);
    watch.stop();
    QVERIFY(!asked);
    QVERIFY(refused);
    QCOMPARE(refused->kind, EditError::Kind::Conflict);
    QCOMPARE(scalar(scoreSql).toDouble(), 77.25);
    const QString banner = m_editor->bannerText();
    QVERIFY2(banner.startsWith("Score of leaderboard entry ")
            && banner.contains(" was changed by Alice at ")
            && banner.endsWith(" since; undo refused, nothing was overwritten."),
        qPrintable(banner));
}

void TestDataEditor::mainWindowEditMenuNamesTheChange()
{
    MainWindow window(m_workspace.get(), m_state.get(), {});
    QMenu *edit = window.menuBar()->findChild<QMenu *>("edit-menu");
    QVERIFY(edit);
    QAction *undo = m_workspace->editController()->undoAction();
    QVERIFY(edit->actions().contains(undo));
    QVERIFY(!undo->isEnabled());
    Edit change;
    change.text = "set English name of GLM-4";
    change.ops.append(EditOp::update(
        "model", value("SELECT id FROM model WHERE name = 'GLM-4'"), {{"name_en", "GLM Four"}}));
    QVERIFY(!m_workspace->editController()->submit(change));
    QCOMPARE(undo->text().remove('&'), "Undo: set English name of GLM-4");
    QVERIFY(window.dataEditor());
}

// The search box folds width and case as the explorer's search does: full-width ＧＰＴ, typed
// as an input method commits it, finds the GPT rows.
void TestDataEditor::searchFindsFullWidthText()
{
    m_editor->setTable("model");
    auto *search = m_editor->findChild<QLineEdit *>(QStringLiteral("editor-search"));
    QVERIFY(search);
    const QAbstractItemModel *rows = m_editor->table()->model();
    const int all = rows->rowCount();
    search->setFocus();
    typeText(search, QStringLiteral("ＧＰＴ"));
    QCOMPARE(search->text(), QStringLiteral("ＧＰＴ"));
    const int name = m_editor->model()->table().columnIndex("name");
    QStringList found;
    for (int row = 0; row < rows->rowCount(); ++row)
        found.append(rows->index(row, name).data().toString());
    QVERIFY2(
        found.contains("GPT-3 175B") && found.contains("COSMO-GPT"), qPrintable(found.join('|')));
    QVERIFY(found.size() < all);
    search->clear();
    typeText(search, QStringLiteral("gpt"));
    QCOMPARE(rows->rowCount(), found.size());
}

// A click on a column header orders the rows as the explorer's tables are ordered: Chinese
// names by pinyin under Chinese, not by code point.
void TestDataEditor::clickingAHeaderSortsByTheLanguagesCollation()
{
    const QLocale before;
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(chinese);
    m_editor->setTable("model");
    QTableView *table = m_editor->table();
    const int name = m_editor->model()->table().columnIndex("name");
    QHeaderView *header = table->horizontalHeader();
    table->scrollTo(table->model()->index(0, name));
    const QPoint middle(header->sectionViewportPosition(name) + header->sectionSize(name) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(header->sortIndicatorSection(), name);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(table->model()->index(row, name).data().toString());
    QLocale::setDefault(before);
    QStringList expected = shown;
    sortTexts(expected, chinese);
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QStringList byCodePoint = shown;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    if (order == Qt::DescendingOrder)
        std::reverse(byCodePoint.begin(), byCodePoint.end());
    QVERIFY(shown != byCodePoint); // the test tells the two apart
}

// The editor shows the schema's table and column names in the interface language (context
// TrendScope::EditSchema), and a language change reaches them at once.
void TestDataEditor::tableAndColumnNamesFollowTheLanguage()
{
    m_editor->setTable("model");
    const int name = m_editor->model()->table().columnIndex("name");
    auto *filterColumns = m_editor->findChild<QComboBox *>(QStringLiteral("editor-filter-column"));
    QVERIFY(filterColumns);
    auto shown = [&] {
        QStringList texts {m_editor->tableBox()->currentText(),
            m_editor->table()->model()->headerData(name, Qt::Horizontal).toString()};
        for (int i = 1; i < filterColumns->count(); ++i)
            texts.append(filterColumns->itemText(i));
        return texts;
    };
    QCOMPARE(shown().mid(0, 2), QStringList({"Models", "Name"}));

    MarkingTranslator translator("TrendScope::EditSchema");
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(shown().mid(0, 2), QStringList({"[Models]", "[Name]"}));
    for (const QString &text : shown())
        QVERIFY2(text.startsWith(u'['), qPrintable(text));
    m_editor->setTable("leaderboard_entry"); // a table chosen afterwards, too
    QCOMPARE(m_editor->tableBox()->currentText(), QStringLiteral("[Leaderboard entries]"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(m_editor->tableBox()->currentText(), QStringLiteral("Leaderboard entries"));
}

// Switched to Chinese, the form reads in Chinese at once, on the row it shows: its fields'
// labels, a flag's box, the title naming the row's kind; switched back, in English.
void TestDataEditor::formFollowsTheLanguageAtOnce()
{
    m_editor->setTable("maturity_position");
    auto *form = m_editor->findChild<RecordForm *>();
    auto *fields = form->findChild<QFormLayout *>();
    auto *title = form->findChild<QLabel *>(QStringLiteral("form-title"));
    QVERIFY(fields && title);
    auto shown = [&] {
        QStringList texts {title->text()};
        for (int row = 0; row < fields->rowCount(); ++row)
            texts << qobject_cast<QLabel *>(fields->itemAt(row, QFormLayout::LabelRole)->widget())
                         ->text();
        texts << form->findChild<QCheckBox *>(QStringLiteral("field-is_new"))->text();
        return texts;
    };
    const QStringList english = shown();
    QVERIFY2(english.join(u'|').contains(QStringLiteral("|New on this curve")),
        qPrintable(english.join(u'|')));
    auto isChinese = [](const QString &text) {
        return std::any_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00; });
    };
    auto allChinese = [&] {
        const QStringList texts = shown();
        return std::all_of(texts.cbegin(), texts.cend(), isChinese);
    };

    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    QTRY_VERIFY2(allChinese(), qPrintable(shown().join(u'|')));
    QVERIFY(Language::install(QLatin1String(Language::English)));
    QTRY_COMPARE(shown(), english);
}

// The English editor showed "25 亿元" in the table and offered 元/万元/亿元 as units: amounts
// read as the views write them, and the units by their size with the report's word.
void TestDataEditor::amountsInTheInterfaceLanguage()
{
    auto names = [] {
        QStringList list;
        for (const MoneyUnit &unit : moneyUnits())
            list << unit.name;
        return list;
    };
    QCOMPARE(formatMoney(2.5e9), QStringLiteral("2.5 bn yuan"));
    QCOMPARE(formatMoney(350000), QStringLiteral("350,000 yuan"));
    QCOMPARE(names(), QStringList({"yuan", "× 10,000 yuan (万元)", "× 100 million yuan (亿元)"}));
    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    const QStringList chinese {formatMoney(2.5e9), formatMoney(350000)};
    const QStringList chineseNames = names();
    QVERIFY(Language::install(QLatin1String(Language::English)));
    QCOMPARE(chinese, QStringList({"25 亿元", "35 万元"}));
    QCOMPARE(chineseNames, QStringList({"元", "万元", "亿元"}));
}

QTEST_MAIN(TestDataEditor)
#include "tst_dataeditor.moc"
