#pragma once

#include "cliparse.h"
#include "database.h"
#include "explorerstate.h"
#include "workspace.h"

#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

namespace TrendScope {

class ChartView;
class ViewRegistry;
struct ChartExportOptions;
struct SavedView;

// What every verb of the command line shares: exit codes, the one-line error, opening the
// dataset and its views, the guard on every output, the chart options.
namespace Cli {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitInvalid = 2;

// "trendscope: LINE" on stderr, made printable (one line, no terminal escapes).
void printError(const QString &line);
bool writeStdout(const QByteArray &bytes);
// The value of the required option `name`; empty after printing `usage` when it is missing.
QString requiredValue(const Args &args, const QString &name, const QString &usage);

// The dataset named by --db, or the user's own (created from the embedded one on first run).
std::unique_ptr<Database> openDataset(const Args &args, Database::Access access, int *exitCode);
// The dataset file a verb reads: --db, or the user's own copy.
QString datasetPath(const Args &args);

// The one check of every verb that writes, made for all of its outputs before it writes any:
// never onto the dataset, nor onto its journals (a -wal can hold committed edits).
bool outputsAreSafe(const QStringList &paths, const QString &dataset);
// Output goes to a file (atomically, never onto the open dataset), a device or pipe, or
// stdout (no --out, or "-"). Returns the exit code.
int writeOutput(const QByteArray &bytes, const QString &out, const Database &db);

// --OPTION TEXT naming an edition: its id, or its label when one edition has it. Prints why
// not and returns nullptr otherwise.
const EditionInfo *resolveEdition(
    const QList<SourceInfo> &sources, const QString &option, const QString &text);

// A dataset opened for one command, with the shared state, the models and the views.
// A window given the views takes them over; the session deletes only those still its own.
struct Session
{
    ExplorerState state;
    Workspace workspace;
    QList<QPointer<ChartView>> views;

    ~Session();
    QList<ChartView *> viewList() const;
};

// Opens --db read-only (or the user's own dataset), applies --year and --filter, and creates
// the named views. Prints the failure and returns nullptr with its exit code.
std::unique_ptr<Session> openSession(
    const Args &args, const ViewRegistry &registry, const QStringList &views, int *exitCode);
// The same on a dataset already open. `saved` (may be null) sets the filters, the focus and
// the editions compared first; --year, --filter and --compare then change what they name.
std::unique_ptr<Session> startSession(const Args &args, const ViewRegistry &registry,
    const QStringList &views, std::unique_ptr<Database> db, const SavedView *saved, int *exitCode);

// The saved views --saved names (NAME, or NAME,NAME,... in that order) in the open dataset.
// Prints what is missing, or shows a view this build does not have, and returns nullopt.
std::optional<QList<SavedView>> savedViewsNamed(
    const Args &args, const Database &db, const ViewRegistry &registry, int *exitCode);

// The chart options every export verb shares: --size, --scale, --theme and the text flags.
bool parseChartOptions(const Args &args, ChartExportOptions *options, QString *error);
// The options export-chart takes (also --all and the text flags).
QStringList chartValued();
QStringList chartFlags();

} // namespace Cli

} // namespace TrendScope
