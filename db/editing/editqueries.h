#pragma once

#include <QCoreApplication>

#include "edit.h"
#include "editschema.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace TrendScope {

class Database;

// All rows of one editable table, columns in TableInfo order.
struct EditableRows
{
    QString table;
    QList<qint64> rowIds;
    QList<QVariantList> values;
};

// One entry of a picker: the stored key (an id, or a stage name) and what people read.
struct PickerChoice
{
    QVariant key;
    QString label;
};

// A row that depends on another (refers to it, directly or through others).
struct DependentRow
{
    QString table;
    qint64 rowId = 0;
    QString label;
};

// The reads the data editor needs, and the builders of structural edits (delete with
// dependents, new snapshot, revert). Builders only describe an Edit; EditSession applies it.
class EditQueries
{
    Q_DECLARE_TR_FUNCTIONS(EditQueries)

public:
    EditQueries(const Database &database, const EditSchema &schema);

    std::optional<EditableRows> rows(const QString &table, QString *error = nullptr) const;
    // A row's readable name: "GLM-4", "SuperClue 2024-04", "6G 2024".
    QString rowLabel(const QString &table, qint64 rowId) const;
    // Readable names of every row of `table`, keyed by the key references use.
    QHash<QString, QString> labels(const QString &table) const;
    // What a reference column may point to, sorted by label.
    QList<PickerChoice> choices(const ColumnInfo &column) const;
    // The choices of each reference column of `table`, by column name: what its form offers.
    QHash<QString, QList<PickerChoice>> referenceChoices(const TableInfo &table) const;
    // labels() of every table that a column of `table` refers to, by table name.
    QHash<QString, QHash<QString, QString>> referenceLabels(const TableInfo &table) const;

    // Every row that refers to the row, directly or through other rows, children first.
    QList<DependentRow> dependents(const QString &table, qint64 rowId) const;
    // Deletes the rows and everything that depends on them, as one edit.
    Edit deleteRows(const QString &table, const QList<qint64> &rowIds) const;
    // The values of a row as a new row would take them: no key, for a duplicate.
    QVariantMap rowValues(const QString &table, qint64 rowId) const;
    // Distinct values of `column` (for a snapshot's "copy from").
    QVariantList distinctValues(const QString &table, const QString &column) const;

    // A new snapshot like the one `rowId` belongs to, with `column` = `newValue`: a new
    // leaderboard with copies of all its entries, or every position of a curve year copied
    // to a new year. nullopt with `error` if the table has no snapshots or the value exists.
    std::optional<Edit> newSnapshot(
        const QString &table, qint64 rowId, const QVariant &newValue, QString *error) const;

    // change_log entries of one row (or of a whole table for rowId 0), newest first.

private:
    // The rowids of `table` whose `column` equals `value`, in rowid order; nothing when the
    // statement fails (its error in *error).
    std::optional<QList<qint64>> rowIdsWhere(const QString &table, const QString &column,
        const QVariant &value, QString *error = nullptr) const;

    const Database &m_db;
    const EditSchema &m_schema;
};

} // namespace TrendScope
