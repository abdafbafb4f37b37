#include "chartstyle.h"
#include "chartview.h"
#include "cli.h"
#include "database.h"
#include "explorerstate.h"
#include "mainwindow.h"
#include "viewfactory.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <csignal>

using namespace TrendScope;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScope"));
    QCoreApplication::setApplicationName(QStringLiteral("TrendScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRENDSCOPE_VERSION));
}

// The dataset the window opens with: --db, else the last file opened, else the user's own
// copy of the embedded dataset. A file that cannot be opened is reported, and the window
// falls back to the user's own copy rather than not opening at all.
std::unique_ptr<Database> openStartupDataset(const QString &requested, QStringList *warnings)
{
    DatabaseError error;
    QString path = requested;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("dataset/lastFile")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (!path.isEmpty()) {
        if (auto db = Database::open(path, &error))
            return db;
        warnings->append(error.message());
    }
    auto db = Database::openDefault(&error);
    if (!db)
        warnings->append(error.message());
    return db;
}

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explorer for China's technology trends 2023-2024"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open this dataset file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    QApplication::setFont(chartFont(QApplication::font().pointSizeF()));
    QStringList warnings;
    ExplorerState state;
    Workspace workspace;
    QString error;
    if (!workspace.setDatabase(openStartupDataset(parser.value(dbOption), &warnings), &error))
        warnings.append(error);

    QList<ChartView *> views;
    for (const QString &name : viewNames())
        views.append(createView(name, &workspace, &state));
    MainWindow window(&workspace, &state, views);
    window.show();
    for (const QString &warning : std::as_const(warnings))
        QMessageBox::warning(&window, QObject::tr("TrendScope"), warning);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file-size limit, a write must fail with an error we can report (and leave the
    // old file intact), not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    const Verb verb = detectVerb(argc, argv);
    if (verbNeedsWidgets(verb)) {
        // Exports and screenshots never need a display.
        if (verbIsHeadless(verb) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        if (verb == Verb::Gui)
            return runGui(app);
        return runCommand(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    return runCommand(QCoreApplication::arguments());
}
