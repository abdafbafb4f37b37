#include "clisession.h"

#include "atomicfile.h"
#include "chartexporter.h"
#include "chartstyle.h"
#include "chartview.h"
#include "printable.h"
#include "savedview.h"
#include "serverlocation.h"
#include "viewregistry.h"

#include <cstdio>

namespace TrendScope::Cli {

void printError(const QString &line)
{
    const QByteArray bytes
        = (QStringLiteral("trendscope: ") + printable(line) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString requiredValue(const Args &args, const QString &name, const QString &usage)
{
    const QString value = args.value(name);
    if (value.isEmpty())
        printError(usage);
    return value;
}

bool writeStdout(const QByteArray &bytes)
{
    const bool ok
        = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

std::unique_ptr<Database> openDataset(const Args &args, Database::Access access, int *exitCode)
{
    DatabaseError error;
    const QString given = args.value(QStringLiteral("db"));
    std::unique_ptr<Database> db;
    if (ServerLocation::isUri(given)) {
        QString uriError;
        const auto location = ServerLocation::parse(given, &uriError);
        if (!location) {
            printError(uriError);
            *exitCode = ExitUsage;
            return db;
        }
        db = Database::openServer(*location, &error, access);
    } else {
        db = args.has(QStringLiteral("db")) ? Database::open(given, &error, access)
                                            : Database::openDefault(&error, access);
    }
    if (!db) {
        printError(error.message());
        *exitCode = error.exitCode();
        return db;
    }
    // A hostile file cannot keep a command running for ever (TRENDSCOPE_TIME_LIMIT).
    db->setTimeLimit(Database::defaultTimeLimitSeconds());
    return db;
}

QString datasetPath(const Args &args)
{
    return args.has(QStringLiteral("db")) ? args.value(QStringLiteral("db"))
                                          : Database::defaultPath();
}

bool outputsAreSafe(const QStringList &paths, const QString &dataset)
{
    for (const QString &path : paths) {
        if (path != QLatin1String("-") && isDatasetFile(path, dataset)) {
            printError(tr("refusing to overwrite the open dataset: %1 is the dataset file or "
                          "its journal (-wal, -shm, -journal); choose another file")
                           .arg(path));
            return false;
        }
    }
    return true;
}

int writeOutput(const QByteArray &bytes, const QString &out, const Database &db)
{
    if (!outputsAreSafe({out}, db.path()))
        return ExitUsage;
    QString error;
    if (!writeOutputFile(out.isEmpty() ? QStringLiteral("-") : out, bytes, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

Session::~Session()
{
    for (const QPointer<ChartView> &view : std::as_const(views))
        if (view && !view->parent())
            delete view.data();
}

QList<ChartView *> Session::viewList() const
{
    QList<ChartView *> list;
    for (const QPointer<ChartView> &view : views)
        list.append(view.data());
    return list;
}

const EditionInfo *resolveEdition(
    const QList<SourceInfo> &sources, const QString &option, const QString &text)
{
    // An id first; a label ("2024") when no edition has that id.
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (const EditionInfo *byId = isNumber ? findEdition(sources, id) : nullptr)
        return byId;
    const QList<EditionInfo> editions = allEditions(sources);
    const EditionInfo *found = nullptr;
    int matches = 0;
    for (const EditionInfo &edition : editions) {
        if (edition.label == text) {
            found = findEdition(sources, edition.id);
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    QStringList known;
    for (const EditionInfo &edition : editions)
        known.append(QString::number(edition.id) + QLatin1Char('=') + edition.label);
    printError(
        tr("--%1 %2 %3. Editions: %4 (trendscope editions lists them)")
            .arg(option, quoted(text),
                matches ? tr("names several editions; give its id") : tr("is not an edition"),
                known.join(QStringLiteral(", "))));
    return nullptr;
}

namespace {

// --compare A:B into the shared state; false after printing why not.
bool applyComparison(const Args &args, Session *session)
{
    if (!args.has(QStringLiteral("compare")))
        return true;
    const QString text = args.value(QStringLiteral("compare"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        printError(tr("--compare needs two editions as A:B, e.g. --compare 2:4 "
                      "(trendscope editions lists them), not %1")
                       .arg(quoted(text)));
        return false;
    }
    const QList<SourceInfo> &sources = session->workspace.sources();
    const EditionInfo *a = resolveEdition(sources, QStringLiteral("compare"), text.left(colon));
    const EditionInfo *b
        = a ? resolveEdition(sources, QStringLiteral("compare"), text.mid(colon + 1)) : nullptr;
    if (!a || !b)
        return false;
    if (a->id == b->id) {
        printError(tr("--compare needs two different editions"));
        return false;
    }
    session->state.setComparison({a->id, b->id, a->label, b->label});
    session->workspace.followComparison(&session->state);
    return true;
}

// The editions a saved view compares, when the dataset still has both; says so when not.
void applySavedComparison(const SavedView &saved, Session *session)
{
    if (saved.editionA <= 0 || saved.editionB <= 0)
        return;
    const QList<SourceInfo> &sources = session->workspace.sources();
    const EditionInfo *a = findEdition(sources, saved.editionA);
    const EditionInfo *b = findEdition(sources, saved.editionB);
    if (!a || !b || a->id == b->id) {
        printError(tr("warning: saved view %1 compares editions %2 and %3, which the "
                      "dataset no longer has both of; compare is off")
                       .arg(quoted(saved.name))
                       .arg(saved.editionA)
                       .arg(saved.editionB));
        return;
    }
    session->state.setComparison({a->id, b->id, a->label, b->label});
    session->workspace.followComparison(&session->state);
}

} // namespace

std::optional<QList<SavedView>> savedViewsNamed(
    const Args &args, const Database &db, const ViewRegistry &registry, int *exitCode)
{
    QList<SavedView> found;
    const QStringList names
        = args.value(QStringLiteral("saved")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        printError(tr("--saved needs the name of a saved view (trendscope saved-views "
                      "lists them)"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    for (const QString &name : names) {
        QString error;
        const auto view = SavedViews::find(db, name.trimmed(), &error);
        if (!view) {
            printError(tr("%1 (trendscope saved-views lists them)").arg(error));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
        if (!registry.names().contains(view->view)) {
            printError(tr("saved view %1 shows the view %2, which this build does not "
                          "have (one of: %3)")
                           .arg(quoted(view->name), quoted(view->view),
                               registry.names().join(QStringLiteral(", "))));
            *exitCode = ExitInvalid;
            return std::nullopt;
        }
        found.append(*view);
    }
    return found;
}

std::unique_ptr<Session> openSession(
    const Args &args, const ViewRegistry &registry, const QStringList &views, int *exitCode)
{
    // The filters are checked before the dataset is opened: a typo costs no quick_check.
    ExplorerState check;
    QString error;
    if (!applyFilters(args, &check, &error)) {
        printError(error);
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto db = openDataset(args, Database::Access::ReadOnly, exitCode);
    if (!db)
        return nullptr;
    return startSession(args, registry, views, std::move(db), nullptr, exitCode);
}

std::unique_ptr<Session> startSession(const Args &args, const ViewRegistry &registry,
    const QStringList &views, std::unique_ptr<Database> db, const SavedView *saved, int *exitCode)
{
    auto session = std::make_unique<Session>();
    QString error;
    if (saved) {
        session->state.setFilter(saved->filter);
        session->state.setFocus(saved->focus);
    }
    if (!applyFilters(args, &session->state, &error)) {
        printError(error);
        *exitCode = ExitUsage;
        return nullptr;
    }
    // Only what the views asked for is read: one chart of a large file needs one query.
    QStringList sources;
    for (const ViewEntry &entry : registry.entries()) {
        if (views.contains(entry.name))
            sources += entry.sources;
    }
    session->workspace.setLoadedSources(sources);
    if (!session->workspace.setDatabase(std::move(db), &error)) {
        printError(tr("reading the dataset failed: %1").arg(error));
        *exitCode = ExitInvalid;
        return nullptr;
    }
    if (saved && !args.has(QStringLiteral("compare")))
        applySavedComparison(*saved, session.get());
    if (!applyComparison(args, session.get())) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    for (const QString &name : views)
        session->views.append(registry.create(name, &session->workspace, &session->state));
    return session;
}

bool parseChartOptions(const Args &args, ChartExportOptions *options, QString *error)
{
    if (args.has(QStringLiteral("size"))) {
        const auto size = parseSize(args.value(QStringLiteral("size")));
        if (!size) {
            *error = tr("--size needs WIDTHxHEIGHT, e.g. 1920x1080");
            return false;
        }
        options->size = *size;
    }
    if (args.has(QStringLiteral("scale"))) {
        bool ok = false;
        options->scale = args.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok) {
            *error
                = tr("--scale needs a whole number from 1 to %1").arg(ChartExportOptions::MaxScale);
            return false;
        }
    }
    if (args.has(QStringLiteral("theme"))) {
        options->theme = args.value(QStringLiteral("theme"));
        if (!ChartTheme::byName(options->theme)) {
            *error
                = tr("--theme needs one of %1").arg(ChartTheme::names().join(QStringLiteral(", ")));
            return false;
        }
    }
    // A flag changes what it names; the rest stays as given (a saved view's settings).
    if (args.has(QStringLiteral("transparent")))
        options->transparent = true;
    if (args.has(QStringLiteral("no-title")))
        options->showTitle = false;
    if (args.has(QStringLiteral("no-subtitle")))
        options->showSubtitle = false;
    if (args.has(QStringLiteral("no-source")))
        options->showSource = false;
    *error = options->validate();
    return error->isEmpty();
}

QStringList chartValued()
{
    return {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
        QStringLiteral("out-dir"), QStringLiteral("size"), QStringLiteral("scale"),
        QStringLiteral("theme"), QStringLiteral("year"), QStringLiteral("filter"),
        QStringLiteral("compare"), QStringLiteral("saved"), QStringLiteral("names")};
}

QStringList chartFlags()
{
    return {QStringLiteral("all"), QStringLiteral("transparent"), QStringLiteral("no-title"),
        QStringLiteral("no-subtitle"), QStringLiteral("no-source")};
}

} // namespace TrendScope::Cli
