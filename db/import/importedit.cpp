#include "importplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace TrendScope {

QString ImportRow::kindText(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QCoreApplication::translate("TrendScope::ImportPlan", "new");
    case Kind::Changed:
        return QCoreApplication::translate("TrendScope::ImportPlan", "changed");
    case Kind::Unchanged:
        return QCoreApplication::translate("TrendScope::ImportPlan", "unchanged");
    case Kind::Refused:
        return QCoreApplication::translate("TrendScope::ImportPlan", "refused");
    }
    return {};
}

int ImportPlan::count(ImportRow::Kind kind) const
{
    int n = 0;
    for (const ImportRow &row : rows)
        n += row.kind == kind ? 1 : 0;
    return n;
}

QString ImportPlan::summary() const
{
    // In the interface language: the import dialog's preview and the command line show it.
    QString text = QCoreApplication::translate(
        "TrendScope::ImportPlan", "%1 new, %2 changed, %3 unchanged, %4 refused")
                       .arg(count(ImportRow::Kind::New))
                       .arg(count(ImportRow::Kind::Changed))
                       .arg(count(ImportRow::Kind::Unchanged))
                       .arg(count(ImportRow::Kind::Refused));
    QMap<QString, int> made;
    for (const ImportCreation &c : creations)
        ++made[c.singular];
    QStringList parts;
    if (options.editionId == 0)
        parts.append(QCoreApplication::translate("TrendScope::ImportPlan", "new edition “%1”")
                         .arg(editionLabel));
    for (auto it = made.cbegin(); it != made.cend(); ++it)
        // The kind stays singular ("technology: 2 new"): a plural built from it would not be
        // English ("technologys"), and Chinese has none.
        parts.append(QCoreApplication::translate("TrendScope::ImportPlan", "%1: %n new",
            "how many rows of one kind the import makes; %1 is the kind (“model”)", it.value())
                         .arg(EditSchema::translated(it.key())));
    if (!parts.isEmpty())
        text += QCoreApplication::translate("TrendScope::ImportPlan", "; makes %1")
                    .arg(parts.join(QStringLiteral(", ")));
    return text;
}

Edit ImportPlan::toEdit() const
{
    Edit edit;
    edit.byEditor = false; // the plan typed and checked every value; status stays 'stated'
    const int writes = count(ImportRow::Kind::New) + count(ImportRow::Kind::Changed);
    edit.text = QCoreApplication::translate(
        "TrendScope::ImportPlan", "import %n row(s) from %1", nullptr, writes)
                    .arg(fileName);
    edit.reason = QStringLiteral("Imported from %1 (SHA-256 %2)")
                      .arg(fileName, QString::fromLatin1(sha256));
    if (writes == 0)
        return edit;

    const QString editionColumn = QStringLiteral("edition_id");
    int editionOp = -1;
    if (options.editionId == 0) {
        edit.ops.append(EditOp::insert(QStringLiteral("edition"),
            {{QStringLiteral("source_id"), sourceId}, {QStringLiteral("label"), editionLabel},
                {QStringLiteral("note"),
                    QStringLiteral("Made by importing %1 (SHA-256 %2).")
                        .arg(fileName, QString::fromLatin1(sha256))}}));
        editionOp = 0;
    }
    auto withProvenance = [&](QVariantMap values) {
        values.insert(QStringLiteral("source_id"), sourceId);
        values.insert(QStringLiteral("section"), options.section);
        values.insert(QStringLiteral("status"), QStringLiteral("stated"));
        if (editionOp < 0)
            values.insert(editionColumn, options.editionId);
        return values;
    };
    auto insertOp = [&](const QString &table, const QVariantMap &values) {
        EditOp op = EditOp::insert(table, withProvenance(values));
        if (editionOp >= 0)
            op.rowIdOf.insert(editionColumn, editionOp);
        return op;
    };
    QList<int> creationOps;
    for (const ImportCreation &c : creations) {
        creationOps.append(int(edit.ops.size()));
        edit.ops.append(insertOp(c.table, c.values));
    }
    for (const ImportRow &row : rows) {
        if (row.kind == ImportRow::Kind::New) {
            EditOp op = insertOp(table, row.values);
            for (auto it = row.creations.cbegin(); it != row.creations.cend(); ++it)
                op.rowIdOf.insert(it.key(), creationOps.at(it.value()));
            edit.ops.append(op);
        } else if (row.kind == ImportRow::Kind::Changed) {
            QVariantMap set;
            for (auto it = row.before.cbegin(); it != row.before.cend(); ++it)
                set.insert(it.key(), row.values.value(it.key()));
            EditOp op = EditOp::update(table, row.rowId, set);
            op.expected = row.before; // refused if someone changed the row since the preview
            edit.ops.append(op);
        }
    }
    return edit;
}

std::optional<QString> ImportPlan::fileChanged() const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 cannot be read any more (%2); nothing was imported.")
            .arg(fileName, f.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    if (hash.result().toHex() != sha256)
        return QCoreApplication::translate("TrendScope::ImportPlan",
            "%1 changed since it was previewed; nothing was imported. "
            "Preview it again.")
            .arg(fileName);
    return std::nullopt;
}

} // namespace TrendScope
