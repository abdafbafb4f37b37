#include "chartstyle.h"
#include "chartview.h"
#include "cli.h"
#include "explorerstate.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <csignal>
#include <cstdio>

using namespace TrendScope;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrendScope"));
    QCoreApplication::setApplicationName(QStringLiteral("TrendScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRENDSCOPE_VERSION));
}

int runGui(QApplication &app)
{
    // --lang for this run, else the language chosen in View > Language, else the system's;
    // installed before the parser is built so that --help and its errors read in it.
    const QString languageError = installLanguage(QCoreApplication::arguments(),
        QSettings().value(SettingsKey::InterfaceLanguage).toString());
    if (!languageError.isEmpty()) {
        std::fprintf(stderr, "trendscope: %s\n", qPrintable(languageError));
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TrendScope::Gui", "Explorer for China's technology trends 2023-2024"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("TrendScope::Gui", "Open this dataset file."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("TrendScope::Gui",
            "The interface language: zh_CN or en (else View > Language's choice, "
            "else the system's)."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(langOption);
    parser.process(app);

    // The desktop entry's name, so a Wayland compositor matches the window to its menu entry
    // and icon; the icon from the installed theme, else the copy built into the binary.
    QGuiApplication::setDesktopFileName(QStringLiteral(TRENDSCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TRENDSCOPE_APP_ID),
        QIcon(QStringLiteral(":/icons/" TRENDSCOPE_APP_ID ".svg"))));
    QApplication::setFont(chartFont(QApplication::font().pointSizeF()));
    ExplorerState state;
    Workspace workspace;
    MainWindow window(&workspace, &state, ViewRegistry::builtIn().createAll(&workspace, &state));
    window.restoreSession();
    window.show();
    // The window paints first; the dataset is checked and loaded behind it (MainWindow).
    window.openStartupDataset(parser.value(dbOption));
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
        return runCommand(QCoreApplication::arguments(), ViewRegistry::builtIn());
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    return runCommand(QCoreApplication::arguments(), ViewRegistry::builtIn());
}
