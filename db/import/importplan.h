#pragma once

#include "edit.h"
#include "editschema.h"
#include "importfile.h"
#include "importmapping.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace TrendScope {

class Database;

// Where the imported rows go and what may be made on the way.
struct ImportOptions
{
    qint64 editionId = 0; // an existing edition; its source is the rows' source
    // Or a new edition of `sourceId`, made by the same change.
    QString newEditionLabel;
    qint64 sourceId = 0;
    // The rows' section; empty: "Imported from FILE".
    QString section;
    // Rows the file names but the dataset lacks (a model, a leaderboard snapshot) are made
    // when true; when false, such a row is refused and says so.
    bool createMissing = false;
};

// A row the file names in a reference column that the dataset does not have yet, made
// before the rows that point at it.
struct ImportCreation
{
    QString table;
    QString singular; // "model", as the data editor names one row of the table
    QString label; // "合成模型-2", "SuperClue 2024-06"
    QVariantMap values; // without provenance (filled by toEdit)
    int firstLine = 0;
};

// What becomes of one record of the file.
struct ImportRow
{
    enum class Kind
    {
        New, // no row of the edition is about the same thing: inserted
        Changed, // the edition has it with other values: updated
        Unchanged, // the edition has it with these values: nothing to do
        Refused, // a value, reference or duplicate is wrong: `reason` says what
    };

    Kind kind = Kind::Refused;
    int line = 0;
    QString label; // what the row is about: "SuperClue 2024-05 · GLM-4"
    QString reason;
    QVariantMap values; // the typed values from the file (references resolved)
    QMap<QString, int> creations; // column → index into ImportPlan::creations
    qint64 rowId = 0; // Changed/Unchanged: the edition's row
    QVariantMap before; // Changed: the old values of the columns that change

    // "new", "refused", ... in the interface language (the preview and the command line).
    static QString kindText(Kind kind);
};

// The preview of an import: every record of the file with what will happen to it, and the
// rows that will be made. Nothing is written until toEdit()'s Edit is applied (one
// transaction, one undo step, every op in change_log with the file's name and SHA-256).
struct ImportPlan
{
    QString table;
    QString tableLabel;
    QString fileName;
    QString path; // the file read, to tell whether it changed before the plan is applied
    QByteArray sha256;
    QString encoding;
    QStringList ignoredHeaders; // file columns not imported
    ImportOptions options;
    qint64 sourceId = 0; // the edition's source
    QString editionLabel;
    QList<ImportRow> rows;
    QList<ImportCreation> creations;

    int count(ImportRow::Kind kind) const;
    bool hasRefused() const { return count(ImportRow::Kind::Refused) > 0; }
    // "11 new, 0 changed, 0 unchanged, 1 refused; makes 1 leaderboard, 1 model".
    QString summary() const;

    // The change that applies the plan: a new edition, the rows to make, the new rows and
    // the updates. Refused rows are left out (the caller decides whether a plan with refused
    // rows may be applied). Empty when there is nothing to write.
    Edit toEdit() const;
    // Why the plan no longer describes the file (it was changed, moved or deleted since the
    // preview), or nullopt. Apply only a plan whose file is unchanged.
    std::optional<QString> fileChanged() const;
};

namespace ImportPlanner {

// Reports progress (records done of all); returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Types, checks and matches every record of `file` against the dataset. nullopt with a
// message when the import cannot be planned at all (no such table or edition, a mapping
// that fills a field twice, cancelled); a bad record only refuses that record.
std::optional<ImportPlan> build(const Database &database, const EditSchema &schema,
    const ImportFile &file, const ImportMapping &mapping, const ImportOptions &options,
    QString *error, const Progress &progress = {});

// The tables an import may fill: the fact tables (rows with provenance in an edition).
QStringList importableTables(const EditSchema &schema);

} // namespace ImportPlanner

} // namespace TrendScope
