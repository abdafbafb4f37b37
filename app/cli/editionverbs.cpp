// The command line's verbs about editions: list them, and what changed between two.

#include "verbs.h"

#include "chartframe.h"
#include "clisession.h"
#include "dataexport.h"
#include "editiondiff.h"
#include "editschema.h"
#include "editwording.h"
#include "format.h"
#include "historydiff.h"
#include "printable.h"
#include "queries.h"
#include "savedview.h"

namespace TrendScope::Cli {

namespace {

QString editionName(const EditionInfo &edition)
{
    return tr("%1 %2 (edition %3)").arg(edition.sourceCode, edition.label).arg(edition.id);
}

QString valueText(const QVariant &value)
{
    return value.isNull() ? tr("not stated") : printable(value.toString());
}

QString kindWord(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Added:
        return tr("added  ");
    case FactChange::Kind::Removed:
        return tr("removed");
    case FactChange::Kind::Changed:
        break;
    }
    return tr("changed");
}

// A table or a field as the data editor names it, in the language of --lang ("Events", "事件";
// "score", "得分"): the listing is for people, --format csv|json keeps the SQL names.
QString tableWord(const QString &label)
{
    return EditSchema::translated(label);
}

// The readable listing: a heading, then each table's changes under its name.
QString listing(const QString &heading, const FactChanges &changes, const QStringList &notCompared)
{
    QString text
        = tr("What changed %1: %2 change(s)\n").arg(printable(heading)).arg(changes.size());
    QString table;
    for (const FactChange &c : changes) {
        if (c.table != table) {
            table = c.table;
            text += tableWord(c.tableLabel.isEmpty() ? c.table : c.tableLabel) + QLatin1Char('\n');
        }
        QString line = QStringLiteral("  %1  %2  %3%4: ")
                           .arg(kindWord(c.kind), printable(c.key),
                               EditWording::fieldInSentence(c.table, c.field),
                               c.derivedField ? tr(" (derived)") : QString());
        if (c.kind == FactChange::Kind::Changed)
            line += valueText(c.before) + QStringLiteral(" → ") + valueText(c.after);
        else
            line += valueText(c.kind == FactChange::Kind::Added ? c.after : c.before);
        if (c.kind == FactChange::Kind::Changed && c.placeA != c.placeB)
            line += QStringLiteral("  (%1 → %2)").arg(printable(c.placeA), printable(c.placeB));
        text += line + QLatin1Char('\n');
    }
    if (!notCompared.isEmpty()) {
        QStringList tables;
        for (const QString &t : notCompared)
            tables << tableWord(EditionDiff::tableLabel(t));
        text += tr("not compared (rows in one edition only): %1\n").arg(Format::list(tables));
    }
    return text;
}

} // namespace

int editions(const Args &args, const ViewRegistry & /*views*/)
{
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    QString text;
    for (const EditionInfo &e : allEditions(Queries(*db).sources())) {
        QString period;
        if (!e.periodStart.isEmpty() || !e.periodEnd.isEmpty())
            //: After an edition's title in `trendscope editions`: the years it covers
            period = QStringLiteral("  ") + tr("covers %1–%2").arg(e.periodStart, e.periodEnd);
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(e.id)
                    .arg(printable(e.sourceCode), printable(e.label),
                        e.title.isEmpty() ? tr("(title not stated)") : printable(e.title), period);
    }
    return writeStdout(text.toUtf8()) ? ExitOk : ExitUsage;
}

int savedViews(const Args &args, const ViewRegistry & /*views*/)
{
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const QList<SavedView> views = SavedViews::list(*db, &error);
    if (!error.isEmpty()) {
        printError(tr("reading the saved views failed: %1").arg(error));
        return ExitInvalid;
    }
    QString text;
    for (const SavedView &view : views) {
        const QString filter
            = describeFilter(view.filter, view.nameOrder.value_or(NameOrder::ReportFirst));
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(printable(view.name), printable(view.view), printable(filter),
                        printable(view.saved),
                        view.savedBy.isEmpty() ? QString()
                                               : QStringLiteral(" by ") + printable(view.savedBy));
    }
    return writeStdout(text.toUtf8()) ? ExitOk : ExitUsage;
}

namespace {

// The changes as --format asks: the readable listing under `heading`, or the table as CSV or
// JSON with both sides' provenance.
QByteArray formatted(const Args &args, const QString &heading, const FactChanges &changes,
    const QStringList &notCompared)
{
    const QString format = args.value(QStringLiteral("format"));
    if (format == QLatin1String("csv"))
        return toCsv(EditionDiff::toTable(changes), CsvOptions {args.has(QStringLiteral("bom"))});
    if (format == QLatin1String("json"))
        return toJson({EditionDiff::toTable(changes)});
    return listing(heading, changes, notCompared).toUtf8();
}

// diff --since CHANGE [--until CHANGE]: the net change the file's audit trail records.
int historyDiff(const Args &args, const Database &db)
{
    bool ok = true;
    const qint64 since = args.value(QStringLiteral("since")).toLongLong(&ok);
    qint64 until = 0;
    if (ok && args.has(QStringLiteral("until")))
        until = args.value(QStringLiteral("until")).toLongLong(&ok);
    if (!ok || since < 0 || until < 0 || (until != 0 && until < since)) {
        printError(tr("diff --since and --until take change numbers (see history), "
                      "the first not after the second"));
        return ExitUsage;
    }
    QString error;
    const FactChanges changes
        = HistoryDiff::between(db, EditSchema::read(db), since, until, &error);
    if (!error.isEmpty()) {
        printError(tr("diff: %1").arg(error));
        return ExitUsage;
    }
    const QString heading = until == 0
        ? tr("in this file after change %1").arg(since)
        : tr("in this file after change %1 up to %2").arg(since).arg(until);
    return writeOutput(
        formatted(args, heading, changes, {}), args.value(QStringLiteral("out")), db);
}

} // namespace

int diff(const Args &args, const ViewRegistry & /*views*/)
{
    const bool history = args.has(QStringLiteral("since"));
    if (history && (args.has(QStringLiteral("from")) || args.has(QStringLiteral("to")))) {
        printError(tr("diff compares two editions (--from, --to) or two points of "
                      "the file's history (--since, --until), not both"));
        return ExitUsage;
    }
    const QString usage = tr("diff needs --from EDITION --to EDITION, or --since CHANGE");
    const QString from = history ? QString() : requiredValue(args, QStringLiteral("from"), usage);
    const QString to
        = history || from.isEmpty() ? QString() : requiredValue(args, QStringLiteral("to"), usage);
    if (!history && to.isEmpty())
        return ExitUsage;
    const QString format = args.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("csv")
        && format != QLatin1String("json")) {
        printError(tr("diff --format is text, csv or json, not %1").arg(quoted(format)));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    if (history)
        return historyDiff(args, *db);
    const QList<SourceInfo> sources = Queries(*db).sources();
    const EditionInfo *a = resolveEdition(sources, QStringLiteral("from"), from);
    if (!a)
        return ExitUsage;
    const EditionInfo *b = resolveEdition(sources, QStringLiteral("to"), to);
    if (!b)
        return ExitUsage;
    QStringList notCompared;
    QString error;
    const FactChanges changes = EditionDiff::between(*db, a->id, b->id, &notCompared, &error);
    if (!error.isEmpty()) {
        printError(tr("diff: %1").arg(error));
        return ExitUsage;
    }
    return writeOutput(formatted(args, tr("from %1 to %2").arg(editionName(*a), editionName(*b)),
                           changes, notCompared),
        args.value(QStringLiteral("out")), *db);
}

int history(const Args &args, const ViewRegistry & /*views*/)
{
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const QList<HistoryPoint> points = HistoryDiff::points(*db, &error);
    if (!error.isEmpty()) {
        printError(tr("history: %1").arg(error));
        return ExitUsage;
    }
    QString text;
    for (const HistoryPoint &p : points)
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(p.firstId == p.lastId
                            ? QString::number(p.firstId)
                            : QStringLiteral("%1–%2").arg(p.firstId).arg(p.lastId),
                        p.at, p.author.isEmpty() ? tr("(no name)") : printable(p.author),
                        printable(EditWording::historySummary(p)),
                        p.reason.isEmpty()
                            ? QString()
                            : QStringLiteral("  (") + printable(p.reason) + QLatin1Char(')'));
    if (points.isEmpty())
        text = tr("no changes: the file's audit trail is empty\n");
    return writeStdout(text.toUtf8()) ? ExitOk : ExitUsage;
}

} // namespace TrendScope::Cli
