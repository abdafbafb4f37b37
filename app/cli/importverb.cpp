// The command line's import: a CSV, TSV or JSON file into one table of one edition, with
// the same preview, typed checks and single undoable change as File → Import… (issue 15).

#include "verbs.h"

#include "clisession.h"
#include "editsession.h"
#include "editwording.h"
#include "fieldvalidator.h"
#include "importplan.h"
#include "printable.h"
#include "queries.h"

namespace TrendScope::Cli {

namespace {

QString valueText(const QVariant &value)
{
    return value.isNull() ? tr("not stated") : printable(FieldValidator::toText(value));
}

// The preview as people read it: the mapping, then one line per record that does something
// or is refused, then the counts.
QString previewText(const ImportPlan &plan, const EditSchema &schema, const ImportFile &file,
    const ImportMapping &mapping)
{
    const TableInfo &table = *schema.table(plan.table);
    QString text
        = tr("%1: %2 %3, %4 row(s) into %5, edition “%6”\n")
              .arg(printable(plan.fileName), ImportFile::formatName(file.format), plan.encoding)
              .arg(file.records.size())
              .arg(EditWording::tableLabel(table), printable(plan.editionLabel));
    for (int i = 0; i < file.headers.size(); ++i)
        text += tr("  column %1 → %2\n")
                    .arg(printable(file.headers.at(i)),
                        mapping.targets.at(i).isEmpty()
                            ? tr("(not imported)")
                            : ImportMapping::targetText(schema, table, mapping.targets.at(i)));
    for (const ImportCreation &c : plan.creations)
        text += tr("line %1: makes %2 “%3”\n")
                    .arg(c.firstLine)
                    .arg(EditWording::singular(*schema.table(c.table)), printable(c.label));
    for (const ImportRow &row : plan.rows) {
        if (row.kind == ImportRow::Kind::Unchanged)
            continue;
        QString line = tr("line %1: %2  %3")
                           .arg(row.line)
                           .arg(ImportRow::kindText(row.kind), printable(row.label));
        if (row.kind == ImportRow::Kind::Refused)
            line = tr("%1: %2", "a refused line of the import preview, and why")
                       .arg(line, printable(row.reason));
        for (auto it = row.before.cbegin(); it != row.before.cend(); ++it)
            line += QStringLiteral("  %1 %2 → %3")
                        .arg(table.column(it.key())
                                ? EditWording::columnLabel(*table.column(it.key()))
                                : it.key(),
                            valueText(it.value()), valueText(row.values.value(it.key())));
        text += line + QLatin1Char('\n');
    }
    return text + plan.summary() + QLatin1Char('\n');
}

} // namespace

int importFile(const Args &args, const ViewRegistry & /*views*/)
{
    const QString usage = tr("import needs FILE --table NAME and --edition EDITION (or "
                             "--new-edition LABEL --source ID)");
    if (args.positional.size() != 1) {
        printError(usage);
        return ExitUsage;
    }
    const QString tableName = requiredValue(args, QStringLiteral("table"), usage);
    if (tableName.isEmpty())
        return ExitUsage;
    ImportOptions options;
    options.createMissing = args.has(QStringLiteral("create-missing"));
    options.section = args.value(QStringLiteral("section"));
    options.newEditionLabel = args.value(QStringLiteral("new-edition"));
    bool numberOk = true;
    if (args.has(QStringLiteral("source")))
        options.sourceId = args.value(QStringLiteral("source")).toLongLong(&numberOk);
    if (!numberOk) {
        printError(tr("--source takes a source's id (a number), not %1")
                       .arg(quoted(args.value(QStringLiteral("source")))));
        return ExitUsage;
    }
    const bool dryRun = args.has(QStringLiteral("dry-run"));

    QString error;
    const auto file = ImportReader::read(args.positional.constFirst(), &error);
    if (!file) {
        printError(tr("import: %1").arg(error));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto db = openDataset(
        args, dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite, &exitCode);
    if (!db)
        return exitCode;
    if (args.has(QStringLiteral("edition"))) {
        const QList<SourceInfo> sources = Queries(*db).sources();
        const EditionInfo *edition = resolveEdition(
            sources, QStringLiteral("edition"), args.value(QStringLiteral("edition")));
        if (!edition)
            return ExitUsage;
        options.editionId = edition->id;
    }
    EditSession session(*db);
    const EditSchema &schema = session.schema();
    const TableInfo *table = schema.table(tableName);
    if (!table || !ImportPlanner::importableTables(schema).contains(tableName)) {
        printError(tr("import: %1 is not a table rows can be imported into; these "
                      "are: %2")
                       .arg(quoted(tableName),
                           ImportPlanner::importableTables(schema).join(QStringLiteral(", "))));
        return ExitUsage;
    }
    ImportMapping mapping = ImportMapping::guess(schema, *table, file->headers);
    for (const QString &pair : args.values.value(QStringLiteral("map"))) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0
            || !mapping.set(
                schema, *table, file->headers, pair.left(eq), pair.mid(eq + 1), &error)) {
            printError(eq <= 0 ? tr("--map takes HEADER=FIELD (an empty FIELD "
                                    "leaves the column out), not %1")
                                     .arg(quoted(pair))
                               : tr("import: %1").arg(error));
            return ExitUsage;
        }
    }
    const auto plan = ImportPlanner::build(*db, schema, *file, mapping, options, &error);
    if (!plan) {
        printError(tr("import: %1").arg(error));
        return ExitUsage;
    }
    if (!writeStdout(previewText(*plan, schema, *file, mapping).toUtf8()))
        return ExitUsage;
    const int refused = plan->count(ImportRow::Kind::Refused);
    if (refused > 0 && !args.has(QStringLiteral("skip-invalid"))) {
        printError(tr("import: nothing was written: %1 row(s) refused (listed "
                      "above); fix them, or import the rest with --skip-invalid")
                       .arg(refused));
        return ExitInvalid;
    }
    if (dryRun)
        return refused > 0 ? ExitInvalid : ExitOk;
    const Edit edit = plan->toEdit();
    if (edit.isEmpty()) {
        writeStdout(
            tr("nothing to write: the edition already holds every row of the file\n").toUtf8());
        return refused > 0 ? ExitInvalid : ExitOk;
    }
    if (auto changed = plan->fileChanged()) {
        printError(tr("import: %1").arg(*changed));
        return ExitUsage;
    }
    session.setAuthor(qEnvironmentVariable("USER", QStringLiteral("trendscope import")));
    const EditResult result = session.apply(edit);
    if (!result.ok()) {
        printError(tr("import: nothing was written: %1").arg(result.error->message));
        return result.error->kind == EditError::Kind::Invalid
                || result.error->kind == EditError::Kind::Conflict
            ? ExitInvalid
            : ExitUsage;
    }
    writeStdout(tr("imported: %1 (%2 change_log entries, one undo step in the "
                   "data editor's history)\n")
                    .arg(plan->summary())
                    .arg(result.changeLogIds.size())
                    .toUtf8());
    return refused > 0 ? ExitInvalid : ExitOk;
}

} // namespace TrendScope::Cli
