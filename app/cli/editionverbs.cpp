// The command line's verbs about editions: list them, and what changed between two.

#include "verbs.h"

#include "clisession.h"
#include "dataexport.h"
#include "editiondiff.h"
#include "printable.h"
#include "queries.h"

namespace TrendScope::Cli {

namespace {

QString editionName(const EditionInfo &edition)
{
    return QStringLiteral("%1 %2 (edition %3)")
        .arg(edition.sourceCode, edition.label)
        .arg(edition.id);
}

QString valueText(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("not stated") : printable(value.toString());
}

QString kindWord(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Added:
        return QStringLiteral("added  ");
    case FactChange::Kind::Removed:
        return QStringLiteral("removed");
    case FactChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

// The readable listing: a heading, then each table's changes under its name.
QString listing(const EditionInfo &a, const EditionInfo &b, const FactChanges &changes,
    const QStringList &notCompared)
{
    QString text = QStringLiteral("What changed from %1 to %2: %3 change(s)\n")
                       .arg(printable(editionName(a)), printable(editionName(b)))
                       .arg(changes.size());
    QString table;
    for (const FactChange &c : changes) {
        if (c.table != table) {
            table = c.table;
            text += table + QLatin1Char('\n');
        }
        QString line = QStringLiteral("  %1  %2  %3%4: ")
                           .arg(kindWord(c.kind), printable(c.key), c.field,
                               c.derivedField ? QStringLiteral(" (derived)") : QString());
        if (c.kind == FactChange::Kind::Changed)
            line += valueText(c.before) + QStringLiteral(" → ") + valueText(c.after);
        else
            line += valueText(c.kind == FactChange::Kind::Added ? c.after : c.before);
        if (c.kind == FactChange::Kind::Changed && c.placeA != c.placeB)
            line += QStringLiteral("  (%1 → %2)").arg(printable(c.placeA), printable(c.placeB));
        text += line + QLatin1Char('\n');
    }
    if (!notCompared.isEmpty())
        text += QStringLiteral("not compared (rows in one edition only): %1\n")
                    .arg(notCompared.join(QStringLiteral(", ")));
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
            period = QStringLiteral("  covers %1–%2").arg(e.periodStart, e.periodEnd);
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(e.id)
                    .arg(printable(e.sourceCode), printable(e.label),
                        e.title.isEmpty() ? QStringLiteral("(title not stated)")
                                          : printable(e.title),
                        period);
    }
    return writeStdout(text.toUtf8()) ? ExitOk : ExitUsage;
}

int diff(const Args &args, const ViewRegistry & /*views*/)
{
    const QString usage = QStringLiteral("diff needs --from EDITION --to EDITION");
    const QString from = requiredValue(args, QStringLiteral("from"), usage);
    if (from.isEmpty())
        return ExitUsage;
    const QString to = requiredValue(args, QStringLiteral("to"), usage);
    if (to.isEmpty())
        return ExitUsage;
    const QString format = args.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("csv")
        && format != QLatin1String("json")) {
        printError(
            QStringLiteral("diff --format is text, csv or json, not %1").arg(quoted(format)));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto db = openDataset(args, Database::Access::ReadOnly, &exitCode);
    if (!db)
        return exitCode;
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
        printError(QStringLiteral("diff: %1").arg(error));
        return ExitUsage;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = toCsv(EditionDiff::toTable(changes), CsvOptions {args.has(QStringLiteral("bom"))});
    else if (format == QLatin1String("json"))
        bytes = toJson({EditionDiff::toTable(changes)});
    else
        bytes = listing(*a, *b, changes, notCompared).toUtf8();
    return writeOutput(bytes, args.value(QStringLiteral("out")), *db);
}

} // namespace TrendScope::Cli
