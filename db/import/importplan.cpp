#include "importplan.h"

#include "database.h"
#include "importrecordplanner.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace TrendScope::ImportPlanner {

QStringList importableTables(const EditSchema &schema)
{
    QStringList tables;
    for (const TableInfo &t : schema.tables())
        if (t.hasProvenance && t.column(QStringLiteral("edition_id")))
            tables.append(t.name);
    return tables;
}

std::optional<ImportPlan> build(const Database &database, const EditSchema &schema,
    const ImportFile &file, const ImportMapping &mapping, const ImportOptions &options,
    QString *error, const Progress &progress)
{
    const TableInfo *table = schema.table(mapping.table);
    if (!table || !importableTables(schema).contains(mapping.table)) {
        *error = QCoreApplication::translate("TrendScope::ImportPlan",
            "“%1” is not a table rows can be imported into; these are: %2.")
                     .arg(mapping.table, importableTables(schema).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    ImportPlan plan;
    plan.table = table->name;
    plan.tableLabel = table->label;
    plan.fileName = file.fileName;
    plan.path = file.path;
    plan.sha256 = file.sha256;
    plan.encoding = file.encoding;
    plan.options = options;
    for (int i = 0; i < file.headers.size(); ++i)
        if (mapping.targets.at(i).isEmpty())
            plan.ignoredHeaders.append(file.headers.at(i));
    if (plan.options.section.trimmed().isEmpty())
        plan.options.section = QStringLiteral("Imported from %1").arg(file.fileName);

    QSqlQuery q(database.connection());
    if (options.editionId != 0) {
        q.prepare(QStringLiteral("SELECT source_id, label FROM edition WHERE id = ?"));
        q.addBindValue(options.editionId);
        if (!q.exec() || !q.next()) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "The dataset has no edition %1 (`trendscope editions` lists "
                "them).")
                         .arg(options.editionId);
            return std::nullopt;
        }
        plan.sourceId = q.value(0).toLongLong();
        plan.editionLabel = q.value(1).toString();
        if (options.sourceId != 0 && options.sourceId != plan.sourceId) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "Edition %1 is an edition of source %2, not of source %3.")
                         .arg(options.editionId)
                         .arg(plan.sourceId)
                         .arg(options.sourceId);
            return std::nullopt;
        }
    } else {
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM source WHERE id = ?), "
                                 "(SELECT id FROM edition WHERE source_id = ? AND label = ?)"));
        q.addBindValue(options.sourceId);
        q.addBindValue(options.sourceId);
        q.addBindValue(options.newEditionLabel.trimmed());
        if (options.newEditionLabel.trimmed().isEmpty() || !q.exec() || !q.next()
            || q.value(0).toInt() == 0) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "Say which edition the rows belong to: an existing edition, "
                "or a new edition's label and its source.");
            return std::nullopt;
        }
        if (!q.value(1).isNull()) {
            *error = QCoreApplication::translate("TrendScope::ImportPlan",
                "Source %1 already has an edition “%2” (id %3): import into "
                "that edition, or give the new one another label.")
                         .arg(options.sourceId)
                         .arg(options.newEditionLabel.trimmed())
                         .arg(q.value(1).toLongLong());
            return std::nullopt;
        }
        plan.sourceId = options.sourceId;
        plan.editionLabel = options.newEditionLabel.trimmed();
    }

    if (mapping.targets.size() != file.headers.size()) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "The mapping was made for another layout of columns.");
        return std::nullopt;
    }
    if (auto problem = mapping.problem(schema, *table, file.headers)) {
        *error = *problem;
        return std::nullopt;
    }

    ImportRecordPlanner planner(database, schema, *table, mapping, plan);
    if (!planner.prepare(error))
        return std::nullopt;
    const int total = int(file.records.size());
    plan.rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (progress && i % 512 == 0 && !progress(i, total)) {
            *error = QCoreApplication::translate(
                "TrendScope::ImportPlan", "The preview was cancelled; nothing was imported.");
            return std::nullopt;
        }
        plan.rows.append(planner.planRecord(file.records.at(i)));
    }
    if (progress)
        progress(total, total);
    return plan;
}

} // namespace TrendScope::ImportPlanner
