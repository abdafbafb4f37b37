#include "chartexporter.h"
#include "chartview.h"
#include "database.h"
#include "dataeditor.h"
#include "detailspanel.h"
#include "explorerstate.h"
#include "filterbar.h"
#include "format.h"
#include "language.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "mainwindow.h"
#include "pricecuttimeline.h"
#include "pricecutview.h"
#include "settingskeys.h"
#include "textlayout.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace TrendScope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusShowsFileAndRows();
    void restoresGeometryAndView();
    void shortcuts();
    void menuAcceleratorsAreUnique();
    void filtersSurviveRestart();
    void focusReachesEveryView();
    void startupLoadsBehindTheWindow();
    void cancelFromTheStatusBar();
    void switchesLanguageLive();
    void namesSettingAppliesAndSurvives();
    void chartsHoldWithTheDocksOpen();
    void editFocusedScoreOpensItsRow();

private:
    std::unique_ptr<MainWindow> makeWindow();
    Workspace m_workspace;
    ExplorerState m_state;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    DatabaseError error;
    QVERIFY(m_workspace.setDatabase(Database::createInMemory(&error)));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(
        &m_workspace, &m_state, ViewRegistry::builtIn().createAll(&m_workspace, &m_state));
}

void TestMainWindow::statusShowsFileAndRows()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // The row counts are the current view's; the leaderboard is no longer the first tab.
    window->showView(QStringLiteral("leaderboard"));
    auto *rows = window->findChild<QLabel *>(QStringLiteral("status-rows"));
    auto *file = window->findChild<QLabel *>(QStringLiteral("status-file"));
    QVERIFY(rows && file);
    QCOMPARE(rows->text(), QStringLiteral("11 of 11 rows"));
    QCOMPARE(file->text(), QStringLiteral(":memory:"));
    m_state.setOrganization(QStringLiteral("OpenAI"));
    QCOMPARE(rows->text(), QStringLiteral("4 of 11 rows"));
    m_state.clearFilters();
}

void TestMainWindow::restoresGeometryAndView()
{
    const QString last = ViewRegistry::builtIn().names().constLast();
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1000, 700);
        window->showView(last);
        window->close(); // saves
    }
    auto window = makeWindow();
    window->restoreSession();
    QCOMPARE(window->size(), QSize(1000, 700));
    QCOMPARE(window->currentView()->viewName(), last);
}

void TestMainWindow::shortcuts()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    m_state.setFocus(EntityRef {EntityKind::Model, 1});
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!m_state.focus().isValid());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentView()->viewName(), ViewRegistry::builtIn().names().constFirst());
    // Ctrl+I opens File > Import… (closed again from inside its own event loop).
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = modal->objectName();
            modal->close();
        }
    });
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(opened, QStringLiteral("import-dialog"));
}

// Within each menu, in each language, every accelerator letter opens one entry: two entries
// on one letter only cycle the highlight (File had 导入(&I) and 保存的视图(&I)).
void TestMainWindow::menuAcceleratorsAreUnique()
{
    auto window = makeWindow();
    const auto letterOf = [](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return QChar();
    };
    std::function<void(QMenu *, QStringList *)> check = [&](QMenu *menu, QStringList *problems) {
        QHash<QChar, QString> taken;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QChar letter = letterOf(action->text());
            if (!letter.isNull() && taken.contains(letter))
                problems->append(QStringLiteral("%1: %2 and %3")
                                     .arg(menu->title(), taken.value(letter), action->text()));
            taken.insert(letter, action->text());
            if (action->menu())
                check(action->menu(), problems);
        }
    };
    for (const char *language : {Language::English, Language::Chinese}) {
        QVERIFY(Language::install(QLatin1String(language)));
        QStringList problems;
        for (QAction *top : window->menuBar()->actions())
            if (top->menu())
                check(top->menu(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    QVERIFY(Language::install(QLatin1String(Language::English)));
}

void TestMainWindow::filtersSurviveRestart()
{
    {
        auto window = makeWindow();
        window->show();
        m_state.setOrganization("百度");
        m_state.setYearRange(2023, 2024);
        window->close();
    }
    // A window the command line drives (screenshot) keeps the filters it was given.
    m_state.clearFilters();
    m_state.setSearch(QStringLiteral("GLM"));
    auto window = makeWindow();
    QCOMPARE(m_state.filter().search, QStringLiteral("GLM"));
    QVERIFY(m_state.filter().organization.isEmpty());
    // The GUI's window takes the last session's.
    window->restoreSession();
    QVERIFY(m_state.filter().search.isEmpty());
    QCOMPARE(m_state.filter().organization, QStringLiteral("百度"));
    QCOMPARE(m_state.filter().yearFrom, 2023);
    QCOMPARE(m_state.filter().yearTo, 2024);
    m_state.clearFilters();
    window->close();
}

// One organization, focused anywhere, lights up wherever it appears: Zhipu's GLM-4 on the
// leaderboard (written 清华&智谱AI there), its slice among the TOP10 companies, Alibaba's
// cloud price cut (阿里云 belongs to 阿里巴巴).
void TestMainWindow::focusReachesEveryView()
{
    auto window = makeWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto idOf = [this](const QString &name) {
        QSqlQuery q(m_workspace.database()->connection());
        q.prepare("SELECT id FROM organization WHERE name = ?");
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    auto *leaderboard = window->findChild<LeaderboardView *>("leaderboard");
    auto *priceCuts = window->findChild<PriceCutView *>("price-cuts");
    QVERIFY(leaderboard && priceCuts);

    m_state.setFocus({EntityKind::Organization, idOf("智谱AI")});
    const QList<int> rows = leaderboard->chart()->highlightedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(leaderboard->tableModel()->index(rows.first(), 0).data().toString(),
        QStringLiteral("GLM-4"));
    QVERIFY(window->detailsPanel()->plainText().contains("Model: GLM-4"));

    m_state.setFocus({EntityKind::Organization, idOf("阿里巴巴")});
    QCOMPARE(priceCuts->chart()->highlightedLanes(), QStringList {"阿里云"});
    QCOMPARE(leaderboard->chart()->highlightedRows().size(), 1); // 通义千问2.1
    m_state.clearFocus();
    QVERIFY(priceCuts->chart()->highlightedLanes().isEmpty());
}

// The window shows before the dataset is in: a file that cannot be opened is reported and the
// user's own copy opens instead; a good one loads behind the window with progress shown.
void TestMainWindow::startupLoadsBehindTheWindow()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a dataset\n");
    }
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    DatabaseError error;
    QVERIFY(Database::createFromEmbedded(good, &error));

    ExplorerState state;
    Workspace workspace;
    MainWindow window(&workspace, &state, ViewRegistry::builtIn().createAll(&workspace, &state));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *indicator = window.findChild<QWidget *>(QStringLiteral("load-indicator"));
    auto *file = window.findChild<QLabel *>(QStringLiteral("status-file"));
    QVERIFY(indicator && file);
    QVERIFY(!indicator->isVisible());

    // Answers the warning as a person would, keeping its text.
    QStringList warnings;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&warnings] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warnings.append(box->text());
            box->accept();
        }
    });
    answer.start(20);

    window.openStartupDataset(bad);
    QVERIFY(indicator->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return workspace.database() && !workspace.isLoading(); }, 20000));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(bad)
            && warnings.first().contains(QStringLiteral("not an SQLite database")),
        qPrintable(warnings.first()));
    QCOMPARE(workspace.database()->path(), QFileInfo(Database::defaultPath()).absoluteFilePath());
    QVERIFY(!indicator->isVisible());

    window.openStartupDataset(good);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !workspace.isLoading()
                && workspace.database()->path() == QFileInfo(good).absoluteFilePath();
        },
        20000));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(!indicator->isVisible());
    QCOMPARE(file->text(), QDir::toNativeSeparators(QFileInfo(good).absoluteFilePath()));
    window.showView(QStringLiteral("leaderboard"));
    QCOMPARE(window.currentView()->visibleRowCount(), 11);
}

void TestMainWindow::cancelFromTheStatusBar()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    DatabaseError error;
    QVERIFY(Database::createFromEmbedded(path, &error));
    ExplorerState state;
    Workspace workspace;
    MainWindow window(&workspace, &state, ViewRegistry::builtIn().createAll(&workspace, &state));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *cancel = window.findChild<QToolButton *>(QStringLiteral("load-cancel"));
    QVERIFY(cancel);

    window.openStartupDataset(path);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!workspace.isLoading());
    QVERIFY(!cancel->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Loading cancelled")));
    QTest::qWait(200); // the stopped worker's answer is dropped
    QVERIFY(!workspace.database());

    window.openStartupDataset(path);
    QVERIFY(QTest::qWaitFor([&] { return workspace.database() && !workspace.isLoading(); }, 20000));
    QCOMPARE(workspace.database()->path(), QFileInfo(path).absoluteFilePath());
}

// View > Language installs the other translator at once: menus, tabs, the filter bar, table
// headers and chart titles read in that language without a restart, and the choice is kept.
void TestMainWindow::switchesLanguageLive()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showView(QStringLiteral("leaderboard"));
    auto *leaderboard = qobject_cast<LeaderboardView *>(window->currentView());
    QVERIFY(leaderboard);
    QMenu *fileMenu = window->menuBar()->actions().constFirst()->menu();
    auto *chinese = window->findChild<QAction *>(QStringLiteral("language-zh_CN"));
    auto *english = window->findChild<QAction *>(QStringLiteral("language-en"));
    QVERIFY(fileMenu && chinese && english);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(leaderboard->title(), QStringLiteral("AI model leaderboard"));
    auto headers = [leaderboard] {
        QStringList texts;
        const QAbstractItemModel *model = leaderboard->table()->model();
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
        return texts;
    };
    QVERIFY(headers().contains(QStringLiteral("Model")));
    QAction *undo = nullptr;
    for (QAction *action : window->findChild<QMenu *>(QStringLiteral("edit-menu"))->actions())
        if (action->objectName() == QStringLiteral("edit-undo"))
            undo = action;
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));

    chinese->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
    QTRY_COMPARE(undo->text(), QStringLiteral("撤销(&U)"));
    QTRY_COMPARE(leaderboard->title(), QStringLiteral("AI 大模型榜单"));
    QTRY_COMPARE(
        window->findChild<QTabWidget *>(QStringLiteral("views"))
            ->tabText(
                window->findChild<QTabWidget *>(QStringLiteral("views"))->indexOf(leaderboard)),
        QStringLiteral("AI 大模型榜单"));
    QTRY_VERIFY(headers().contains(QStringLiteral("模型")));
    QCOMPARE(window->filterBar()->searchField()->placeholderText(),
        QStringLiteral("搜索全部（Ctrl+F）"));
    QVERIFY(chinese->isChecked());
    QCOMPARE(QSettings().value(SettingsKey::InterfaceLanguage).toString(), QStringLiteral("zh_CN"));

    english->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo"));
    QTRY_COMPARE(leaderboard->title(), QStringLiteral("AI model leaderboard"));
    QTRY_VERIFY(headers().contains(QStringLiteral("Model")));
    QCOMPARE(window->filterBar()->searchField()->placeholderText(),
        QStringLiteral("Search everything (Ctrl+F)"));
    QCOMPARE(QSettings().value(SettingsKey::InterfaceLanguage).toString(), QStringLiteral("en"));
    QSettings().remove(SettingsKey::InterfaceLanguage);
}

// Issue 17: View > Names > English Name First shows the English names at once (tables and
// details panel), leaves names without an English one as they are, is remembered across a
// restart and survives a language switch.
void TestMainWindow::namesSettingAppliesAndSurvives()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showView(QStringLiteral("leaderboard"));
    auto *leaderboard = qobject_cast<LeaderboardView *>(window->currentView());
    QVERIFY(leaderboard);
    auto organizations = [leaderboard] {
        QSet<QString> names;
        const QAbstractItemModel *model = leaderboard->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.insert(model->index(row, LeaderboardModel::OrganizationColumn).data().toString());
        return names;
    };
    QVERIFY(organizations().contains(QStringLiteral("百度")));
    QVERIFY(organizations().contains(QStringLiteral("OpenAI")));
    auto *reportFirst = window->findChild<QAction *>(QStringLiteral("names-report"));
    auto *englishFirst = window->findChild<QAction *>(QStringLiteral("names-english"));
    QVERIFY(reportFirst && englishFirst);
    QVERIFY(reportFirst->isChecked());

    englishFirst->trigger();
    QCOMPARE(m_state.nameOrder(), NameOrder::EnglishFirst);
    QVERIFY(organizations().contains(QStringLiteral("Baidu")));
    QVERIFY(!organizations().contains(QStringLiteral("百度")));
    QVERIFY(organizations().contains(QStringLiteral("OpenAI")));
    QCOMPARE(QSettings().value(SettingsKey::NameOrder).toString(), QStringLiteral("english"));
    // The details panel heads Baidu by its English name, marked as the dataset's own.
    QSqlQuery q(m_workspace.database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM organization WHERE name = '百度'")) && q.next());
    m_state.setFocus({EntityKind::Organization, q.value(0).toLongLong()});
    auto *details = window->findChild<DetailsPanel *>();
    QVERIFY(details);
    QVERIFY2(details->plainText().contains(QStringLiteral("Baidu (the dataset's English name)")),
        qPrintable(details->plainText()));

    // A language switch keeps the choice.
    window->findChild<QAction *>(QStringLiteral("language-zh_CN"))->trigger();
    QTRY_COMPARE(leaderboard->title(), QStringLiteral("AI 大模型榜单"));
    QCOMPARE(m_state.nameOrder(), NameOrder::EnglishFirst);
    QVERIFY(englishFirst->isChecked());
    QVERIFY(organizations().contains(QStringLiteral("Baidu")));
    window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
    QTRY_COMPARE(leaderboard->title(), QStringLiteral("AI model leaderboard"));
    m_state.clearFocus();
    window->close();
    window.reset();

    // A new session (the state starts over) takes the choice from the settings.
    m_state.setNameOrder(NameOrder::ReportFirst);
    window = makeWindow();
    QCOMPARE(m_state.nameOrder(), NameOrder::EnglishFirst);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("names-english"))->isChecked());
    window->findChild<QAction *>(QStringLiteral("names-report"))->trigger();
    QCOMPARE(m_state.nameOrder(), NameOrder::ReportFirst);
    QCOMPARE(QSettings().value(SettingsKey::NameOrder).toString(), QStringLiteral("report"));
    QSettings().remove(SettingsKey::InterfaceLanguage);
    QSettings().remove(SettingsKey::NameOrder);
}

// A 1024×700 window with the details dock and the data editor open leaves each chart a
// small part of the screen: laid out at that size, no text overlaps, is cut or runs off.
void TestMainWindow::chartsHoldWithTheDocksOpen()
{
    auto window = makeWindow();
    window->resize(1024, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    for (const char *dock : {"details-dock", "data-editor-dock"}) {
        auto *widget = window->findChild<QDockWidget *>(QLatin1String(dock));
        QVERIFY(widget);
        widget->show();
    }
    QStringList problems;
    for (ChartView *view : window->views()) {
        window->showView(view->viewName());
        QCoreApplication::processEvents();
        const QSize size = view->plot()->size();
        QVERIFY2(size.width() >= ChartExportOptions::MinSide
                && size.height() >= ChartExportOptions::MinSide,
            qPrintable(view->viewName()));
        ChartExportOptions options;
        options.format = ChartFormat::Svg;
        options.size = size;
        for (const QString &problem : legibilityProblems(viewText(view, options), size))
            problems << QStringLiteral("%1 at %2×%3: %4")
                            .arg(view->viewName())
                            .arg(size.width())
                            .arg(size.height())
                            .arg(problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
}

// A click on a score bar focuses that score, not its model: the details are the entry's
// (its model reachable under Related) and Edit Focused Entity opens exactly its row.
void TestMainWindow::editFocusedScoreOpensItsRow()
{
    auto window = makeWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showView(QStringLiteral("leaderboard"));
    auto *leaderboard = window->findChild<LeaderboardView *>("leaderboard");
    QVERIFY(leaderboard);
    const QAbstractItemModel *rows = leaderboard->table()->model();
    int glm = -1;
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->index(row, 0).data().toString() == QStringLiteral("GLM-4"))
            glm = row;
    QVERIFY(glm >= 0);
    QTest::mouseClick(
        leaderboard->chart(), Qt::LeftButton, {}, leaderboard->chart()->barCenter(glm).toPoint());
    const EntityRef focus = m_state.focus();
    QCOMPARE(focus.kind, EntityKind::LeaderboardEntry);
    const QString details = window->detailsPanel()->plainText();
    // Headed by its model, its board and the board's snapshot as the language writes a month.
    QVERIFY2(details.contains(QStringLiteral("GLM-4 · SuperClue · ") + Format::date("2024-04")),
        qPrintable(details));
    // Its parent and the maker are a click away (Related).
    QVERIFY2(details.contains(QStringLiteral("Model: GLM-4")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Organization: 智谱AI")), qPrintable(details));

    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->dataEditor()->currentTable(), QStringLiteral("leaderboard_entry"));
    QCOMPARE(window->dataEditor()->selectedRowIds(), QList<qint64> {focus.id});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
