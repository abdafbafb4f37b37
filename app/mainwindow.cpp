#include "mainwindow.h"

#include "chartstyle.h"
#include "chartview.h"
#include "database.h"
#include "dataeditor.h"
#include "detailspanel.h"
#include "editcontroller.h"
#include "explorerstate.h"
#include "exportactions.h"
#include "filterbar.h"
#include "importdialog.h"
#include "language.h"
#include "loadindicator.h"
#include "nameorderactions.h"
#include "presenterwindow.h"
#include "retranslator.h"
#include "rowtablemodel.h"
#include "savedviewactions.h"
#include "serverdialog.h"
#include "settingskeys.h"
#include "workspace.h"

#include <QAbstractProxyModel>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace TrendScope {

namespace {

const char *const Context = "TrendScope::MainWindow";

} // namespace

MainWindow::MainWindow(
    Workspace *workspace, ExplorerState *state, const QList<ChartView *> &views, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_state(state)
    , m_views(views)
    , m_tabs(new QTabWidget(this))
    , m_filterBar(new FilterBar(state, this))
    , m_details(new DetailsPanel(
          state, [workspace](EntityRef entity) { return workspace->details(entity); }, this))
    , m_dataEditor(new DataEditor(workspace->editController(), this))
    , m_fileLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_texts(new Retranslator(this))
{
    setObjectName(QStringLiteral("main-window"));
    m_texts->setTitle(this, Context, QT_TR_NOOP("TrendScope"));
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setDocumentMode(true);
    for (ChartView *view : m_views) {
        keepPlotSharp(view->plot());
        m_tabs->addTab(view, view->tabTitle());
        connect(view, &ChartView::rowCountsChanged, this, &MainWindow::updateStatus);
    }
    setCentralWidget(m_tabs);

    auto *filters = addToolBar(QString());
    m_texts->setTitle(filters, Context, QT_TR_NOOP("Filters"));
    filters->setObjectName(QStringLiteral("filters-toolbar"));
    filters->setMovable(false);
    filters->addWidget(m_filterBar);
    m_filterBar->setSources(m_workspace->sources());

    auto *detailsDock = new QDockWidget(this);
    m_texts->setTitle(detailsDock, Context, QT_TR_NOOP("Details"));
    detailsDock->setObjectName(QStringLiteral("details-dock"));
    detailsDock->setWidget(m_details);
    detailsDock->setMinimumWidth(200);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    resizeDocks({detailsDock}, {230}, Qt::Horizontal);

    auto *editorDock = new QDockWidget(this);
    m_texts->setTitle(editorDock, Context, QT_TR_NOOP("Data Editor"));
    editorDock->setObjectName(QStringLiteral("data-editor-dock"));
    editorDock->setWidget(m_dataEditor);
    addDockWidget(Qt::BottomDockWidgetArea, editorDock);
    editorDock->hide();
    connect(m_dataEditor, &DataEditor::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_workspace, &Workspace::changedElsewhere, this,
        [this](const QString &by, const QString &what) {
            m_dataEditor->reload();
            statusBar()->showMessage(by.isEmpty()
                    ? tr("The dataset file was changed by another program; reloaded.")
                    //: %1 is another editor's database user, %2 their edit ("set score of GLM-4")
                    : tr("%1 changed the dataset (%2); reloaded.").arg(by, what),
                8000);
        });

    m_fileLabel->setObjectName(QStringLiteral("status-file"));
    m_rowsLabel->setObjectName(QStringLiteral("status-rows"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(new LoadIndicator(m_workspace, this));
    statusBar()->addPermanentWidget(m_rowsLabel);
    connect(m_workspace, &Workspace::loadFailed, this, &MainWindow::loadFailed);
    connect(m_workspace, &Workspace::loadCancelled, this, [this] {
        m_fallBackToOwnCopy = false;
        statusBar()->showMessage(tr("Loading cancelled: the views show what was loaded before. "
                                    "File > Reload (F5) loads again."));
    });
    connect(m_workspace, &Workspace::loadFinished, this, [this] {
        m_fallBackToOwnCopy = false;
        if (m_rememberFile && m_workspace->database())
            QSettings().setValue(SettingsKey::LastDatasetFile, m_workspace->database()->path());
        m_rememberFile = false;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::datasetChanged, this, [this] {
        m_filterBar->setSources(m_workspace->sources());
        m_details->refresh();
    });

    buildMenus();
    resize(1280, 800);
    updateStatus();
}

ChartView *MainWindow::currentView() const
{
    return qobject_cast<ChartView *>(m_tabs->currentWidget());
}

void MainWindow::showView(const QString &name)
{
    for (ChartView *view : std::as_const(m_views)) {
        if (view->viewName() == name)
            m_tabs->setCurrentWidget(view);
    }
}

void MainWindow::buildMenus()
{
    // Each text is set again on a language change (m_texts); shortcuts stay as they are.
    auto menu = [this](const char *title) {
        QMenu *menu = menuBar()->addMenu(QString());
        m_texts->setText(menu->menuAction(), Context, title);
        return menu;
    };
    auto action = [this](QAction *action, const char *text) {
        m_texts->setText(action, Context, text);
        return action;
    };
    QMenu *file = menu(QT_TR_NOOP("&File"));
    action(file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openFile),
        QT_TR_NOOP("&Open Dataset…"));
    action(file->addAction(
               QString(), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openServerDataset),
        QT_TR_NOOP("Open &Server Dataset…"))
        ->setObjectName(QStringLiteral("open-server"));
    action(file->addAction(
               QString(), QKeySequence::Refresh, m_workspace, &Workspace::reloadInBackground),
        QT_TR_NOOP("&Reload"));
    action(file->addAction(QString(), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importFile),
        QT_TR_NOOP("&Import…"));
    file->addSeparator();
    auto *saved = new SavedViewActions(
        m_workspace, m_state, [this] { return currentView(); },
        [this](const QString &name) { showView(name); }, this);
    saved->addTo(file);
    connect(saved, &SavedViewActions::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    file->addSeparator();
    QMenu *edit = menu(QT_TR_NOOP("&Edit"));
    buildEditMenu(edit);
    edit->addSeparator();
    auto *exports = new ExportActions(
        m_workspace, m_state, m_views, [this] { return currentView(); }, this);
    exports->addTo(file, edit);
    file->addSeparator();
    QAction *quit = action(
        file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menu(QT_TR_NOOP("&View"));
    view->setObjectName(QStringLiteral("view-menu"));
    for (int i = 0; i < m_views.size(); ++i) {
        ChartView *chartView = m_views.at(i);
        m_viewActions.append(view->addAction(chartView->tabTitle(),
            QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this,
            [this, chartView] { m_tabs->setCurrentWidget(chartView); }));
    }
    view->addSeparator();
    action(view->addAction(QString(), QKeySequence::Find, m_filterBar, &FilterBar::activateSearch),
        QT_TR_NOOP("&Find"));
    action(view->addAction(
               QString(), QKeySequence(Qt::Key_Escape), m_state, &ExplorerState::clearFocus),
        QT_TR_NOOP("Clear F&ocus"));
    action(view->addAction(
               QString(), QKeySequence(tr("Ctrl+Shift+L")), m_state, &ExplorerState::clearFilters),
        QT_TR_NOOP("Clear &All Filters"));
    view->addSeparator();
    QAction *details = findChild<QDockWidget *>(QStringLiteral("details-dock"))->toggleViewAction();
    details->setShortcut(QKeySequence(tr("Ctrl+D")));
    view->addAction(details);
    view->addSeparator();
    action(view->addAction(QString(), QKeySequence(Qt::Key_F11), this,
               [this, saved] {
                   auto *presenter = new PresenterWindow(
                       m_workspace, saved, [this] { return currentView(); }, this);
                   presenter->start();
               }),
        QT_TR_NOOP("&Presenter Mode"));
    view->addSeparator();
    buildLanguageMenu(view);
    (new NameOrderActions(m_state, this))->addTo(view);

    QMenu *help = menu(QT_TR_NOOP("&Help"));
    action(help->addAction(QString(), this,
               [this] {
                   QMessageBox::about(this, tr("About TrendScope"),
                       tr("<b>TrendScope %1</b><p>Explores China's technology trends 2023–2024 "
                          "from two reports: InfoQ's China technology trends and the 2024 China "
                          "cloud-ecosystem blue book.</p>")
                           .arg(QApplication::applicationVersion()));
               }),
        QT_TR_NOOP("&About TrendScope"));
}

// View > Language: each language named in itself, so anyone finds their own; the choice
// applies at once and is remembered.
void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("language-menu"));
    //: The menu of interface languages (English, 中文)
    m_texts->setText(languages->menuAction(), Context, QT_TR_NOOP("&Language"));
    auto *group = new QActionGroup(languages);
    for (const QString &language : Language::available()) {
        QAction *choice = languages->addAction(Language::nativeName(language));
        choice->setObjectName(QStringLiteral("language-") + language);
        choice->setCheckable(true);
        choice->setChecked(language == Language::current());
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
}

void MainWindow::switchLanguage(const QString &language)
{
    QSettings().setValue(SettingsKey::InterfaceLanguage, language);
    if (language != Language::current())
        Language::install(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The window hears of the change before its children: the views' titles follow once
    // the event has reached them too.
    QMetaObject::invokeMethod(this, &MainWindow::retranslateViews, Qt::QueuedConnection);
}

void MainWindow::retranslateViews()
{
    // Every page's tables read their models again: headers and cells in the new language.
    QSet<RowTableModelBase *> models;
    for (ChartView *view : std::as_const(m_views)) {
        for (const QTableView *table : view->findChildren<QTableView *>()) {
            QAbstractItemModel *model = table->model();
            while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
                model = proxy->sourceModel();
            if (auto *rows = qobject_cast<RowTableModelBase *>(model))
                models.insert(rows);
        }
    }
    for (RowTableModelBase *model : std::as_const(models))
        model->retranslate();
    for (int i = 0; i < m_views.size(); ++i) {
        m_tabs->setTabText(i, m_views.at(i)->tabTitle());
        m_viewActions.value(i)->setText(m_views.at(i)->tabTitle());
    }
    for (QAction *choice : findChild<QMenu *>(QStringLiteral("language-menu"))->actions())
        choice->setChecked(
            choice->objectName() == QStringLiteral("language-") + Language::current());
    m_details->refresh();
    updateStatus();
    // Texts the queries make (the funding groups' titles, "Other (remainder, derived)") are
    // made again by a reload, as File > Reload would.
    if (m_workspace->database())
        m_workspace->reloadInBackground();
}

void MainWindow::buildEditMenu(QMenu *edit)
{
    QSettings settings;
    QString name = settings.value(SettingsKey::EditorName).toString();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    m_workspace->setEditorName(name);

    EditController *controller = m_workspace->editController();
    edit->setObjectName(QStringLiteral("edit-menu"));
    edit->addAction(controller->undoAction());
    edit->addAction(controller->redoAction());
    m_texts->add([controller] { controller->retranslate(); });
    edit->addSeparator();
    QAction *editor
        = findChild<QDockWidget *>(QStringLiteral("data-editor-dock"))->toggleViewAction();
    // After the dock's title: setting that renames its toggle action too.
    m_texts->setText(editor, Context, QT_TR_NOOP("&Data Editor"));
    editor->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    edit->addAction(editor);
    m_texts->setText(edit->addAction(QString(), QKeySequence(tr("Ctrl+Shift+F")), this,
                         &MainWindow::editFocusedEntity),
        Context, QT_TR_NOOP("Edit &Focused Entity"));
    edit->addSeparator();
    m_texts->setText(edit->addAction(QString(), this, &MainWindow::askEditorName), Context,
        QT_TR_NOOP("Editor &Name…"));
}

void MainWindow::importFile()
{
    QSettings settings;
    settings.beginGroup(SettingsKey::ImportMappings);
    QHash<QString, QString> mappings;
    for (const QString &key : settings.childKeys())
        mappings.insert(key, settings.value(key).toString());
    settings.endGroup();
    ImportDialog dialog(m_workspace->editController(), this);
    dialog.setRememberedMappings(mappings);
    dialog.setStartFolder(settings.value(SettingsKey::ImportFolder).toString());
    connect(&dialog, &ImportDialog::imported, this,
        [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    dialog.exec();
    settings.setValue(SettingsKey::ImportFolder, dialog.fileFolder());
    settings.beginGroup(SettingsKey::ImportMappings);
    const QHash<QString, QString> remembered = dialog.rememberedMappings();
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

void MainWindow::editFocusedEntity()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("data-editor-dock"));
    dock->show();
    dock->raise();
    if (!m_dataEditor->showEntity(m_state->focus()))
        statusBar()->showMessage(
            tr("Click a chart element or table row first; it opens in the editor."), 5000);
}

void MainWindow::askEditorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Editor Name"),
        tr("The name recorded with your changes in the history:"), QLineEdit::Normal,
        m_workspace->editorName(), &ok)
                             .trimmed();
    if (!ok)
        return;
    QSettings().setValue(SettingsKey::EditorName, name);
    m_workspace->setEditorName(name);
}

// A change that could not be written (the file was locked) is still pending: say so before
// closing rather than lose it silently.
bool MainWindow::confirmUnwrittenEdits()
{
    EditController *controller = m_workspace->editController();
    while (controller->hasPending()) {
        const auto answer = QMessageBox::warning(this, tr("Unwritten Change"),
            tr("A change could not be written because the dataset file was locked:\n%1\n\n"
               "Retry writing it, discard it, or keep TrendScope open?")
                .arg(m_dataEditor->bannerText()),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Discard)
            controller->discardPending();
        else
            controller->retryPending();
    }
    return true;
}

void MainWindow::openFile()
{
    if (!confirmUnwrittenEdits())
        return;
    QSettings settings;
    const QString start
        = settings.value(SettingsKey::LastDatasetFolder, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), start, tr("TrendScope datasets (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(SettingsKey::LastDatasetFolder, QFileInfo(path).absolutePath());
    m_fallBackToOwnCopy = false;
    m_rememberFile = true;
    m_workspace->openInBackground(path);
}

void MainWindow::openServerDataset()
{
    if (!confirmUnwrittenEdits())
        return;
    QSettings settings;
    ServerDialog dialog(settings.value(SettingsKey::LastServerUri).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto location = dialog.location();
    if (!location)
        return;
    settings.setValue(SettingsKey::LastServerUri, location->printable()); // never the password
    m_fallBackToOwnCopy = false;
    m_rememberFile = location->password.isEmpty(); // a restart cannot ask for it again
    m_workspace->openServerInBackground(*location);
}

void MainWindow::openStartupDataset(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        const QString last = QSettings().value(SettingsKey::LastDatasetFile).toString();
        if (!last.isEmpty() && (QFileInfo::exists(last) || ServerLocation::isUri(last)))
            path = last;
    }
    if (path.isEmpty())
        path = Database::defaultPath();
    m_fallBackToOwnCopy = path != Database::defaultPath();
    m_rememberFile = false;
    if (path == Database::defaultPath() && !QFileInfo::exists(path)) {
        // First run: the user's own copy is written from the embedded dataset (small).
        DatabaseError error;
        QString queryError;
        std::unique_ptr<Database> database = Database::openDefault(&error);
        if (!database)
            QMessageBox::warning(this, tr("TrendScope"), error.message());
        else if (!m_workspace->setDatabase(std::move(database), &queryError))
            QMessageBox::warning(this, tr("Dataset Problem"), queryError);
        return;
    }
    m_workspace->openInBackground(path);
}

void MainWindow::loadFailed(const QString &message)
{
    m_rememberFile = false;
    QMessageBox::warning(this, tr("Cannot Open Dataset"), message);
    if (m_fallBackToOwnCopy) {
        m_fallBackToOwnCopy = false;
        openStartupDataset(Database::defaultPath());
    }
}

void MainWindow::updateStatus()
{
    if (const Database *db = m_workspace->database()) {
        QString text = QDir::toNativeSeparators(db->path());
        if (db->isReadOnly())
            text += tr(" (read-only)");
        m_fileLabel->setText(text);
    } else {
        m_fileLabel->setText(tr("No dataset open"));
    }
    if (const ChartView *view = currentView())
        m_rowsLabel->setText(
            tr("%1 of %2 rows").arg(view->visibleRowCount()).arg(view->totalRowCount()));
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(SettingsKey::WindowGeometry).toByteArray());
    QMainWindow::restoreState(settings.value(SettingsKey::WindowState).toByteArray());
    showView(settings.value(SettingsKey::CurrentView).toString());
    Filter filter;
    filter.search = settings.value(SettingsKey::FilterSearch).toString();
    filter.organization = settings.value(SettingsKey::FilterOrganization).toString();
    filter.sourceCode = settings.value(SettingsKey::FilterSource).toString();
    filter.yearFrom = settings.value(SettingsKey::FilterYearFrom).toInt();
    filter.yearTo = settings.value(SettingsKey::FilterYearTo).toInt();
    m_state->setFilter(filter);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(SettingsKey::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKey::WindowState, QMainWindow::saveState());
    if (const ChartView *view = currentView())
        settings.setValue(SettingsKey::CurrentView, view->viewName());
    const Filter &filter = m_state->filter();
    settings.setValue(SettingsKey::FilterSearch, filter.search);
    settings.setValue(SettingsKey::FilterOrganization, filter.organization);
    settings.setValue(SettingsKey::FilterSource, filter.sourceCode);
    settings.setValue(SettingsKey::FilterYearFrom, filter.yearFrom);
    settings.setValue(SettingsKey::FilterYearTo, filter.yearTo);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnwrittenEdits()) {
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}

} // namespace TrendScope
