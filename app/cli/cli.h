#pragma once

#include <QStringList>

namespace TrendScope {

class ViewRegistry;

// The command line's verbs. The GUI is the verb-less default.
enum class Verb
{
    Gui,
    ExportData,
    ExportChart,
    ExportReport,
    Screenshot,
    Check,
    Editions,
    Diff,
    Import,
    History,
    SavedViews,
    Publish,
    Pull,
    Version,
    Help,
    Unknown
};

// Which verb the raw arguments ask for. Decided before any Qt application object exists,
// because it chooses between QCoreApplication, QApplication and the offscreen platform.
Verb detectVerb(int argc, char **argv);
bool verbNeedsWidgets(Verb verb);
bool verbIsHeadless(Verb verb);

// Installs the interface language: --lang LANGUAGE among the raw `arguments` (before or after
// the verb), else `fallback` (a language or locale name, Language::fromName; the window passes
// View > Language's choice), else the environment's. Read before anything is parsed, so that
// every message, a parsing error too, is in that language. When --lang names a language
// TrendScope does not ship, installs the next choice and returns why ("--lang takes zh_CN or
// en, not "fr"") in it; else returns an empty string.
QString installLanguage(const QStringList &arguments, const QString &fallback = QString());

// Runs one verb with the application's arguments (program name first). Prints results on
// stdout and each failure as one line on stderr; returns the exit code: 0 ok, 1 usage or
// file error, 2 invalid data.
int runCommand(const QStringList &arguments, const ViewRegistry &views);

// The command synopses, one line each without indent ("trendscope check [--db FILE] ..."),
// from the verbs' declarations: --help prints them, and the README lists the same lines.
QStringList commandLines();

// The --help text: "Usage:", the command lines indented, a blank line, then the notes (the
// views, filter keys, output rules, exit codes; VIEW lists the registry's views). The manual
// page (manpage.h) prints the same two parts.
QString usageText(const ViewRegistry &views);
QString usageNotes(const ViewRegistry &views);

} // namespace TrendScope
