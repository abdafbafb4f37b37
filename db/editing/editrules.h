#pragma once

#include "edit.h"
#include "editschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

class QSqlError;

namespace TrendScope {

// The error of op `index` of an edit, worded for people.
EditError editError(EditError::Kind kind, const EditOp &op, int index, const QString &message,
    const QString &column = {});

// The rules an edit must keep before EditSession writes it: those that need only the edit
// and the schema (tables and columns exist, keys are not set, values are valid, required
// values are given), and those that need the data (references point at a row, unique keys
// stay unique). Their messages are in the interface language: the editor shows them.
class EditRules
{
    Q_DECLARE_TR_FUNCTIONS(EditRules)
public:
    explicit EditRules(const EditSchema &schema)
        : m_schema(schema)
    { }

    // The first rule the edit breaks without looking at the data.
    std::optional<EditError> checkEdit(const Edit &edit) const;

    // How a statement that failed is reported (locks, constraints, the rest).
    using SqlError = std::function<EditError(const QSqlError &error)>;
    // The first data rule that op `index` breaks by giving `row` (the whole row as it would
    // be) the `touched` columns' values; `selfRowId` is the row itself (0 for a new row).
    std::optional<EditError> checkAgainstData(const QSqlDatabase &db, const TableInfo &table,
        const EditOp &op, int index, const QVariantMap &row, const QStringList &touched,
        qint64 selfRowId, const SqlError &sqlError) const;

    // A new fact row without an edition joins its source's edition when the source has
    // exactly one; with several (or none) the editor must say which, and this is the error.
    std::optional<EditError> fillEdition(const QSqlDatabase &db, const TableInfo &table,
        const EditOp &op, int index, QVariantMap *row, const SqlError &sqlError) const;

private:
    // A row's edition must be an edition of the row's own source.
    std::optional<EditError> checkEditionSource(const QSqlDatabase &db, const TableInfo &table,
        const EditOp &op, int index, const QVariantMap &row, const QStringList &touched,
        const SqlError &sqlError) const;
    std::optional<EditError> checkReferences(const QSqlDatabase &db, const TableInfo &table,
        const EditOp &op, int index, const QVariantMap &row, const QStringList &touched,
        const SqlError &sqlError) const;

    const EditSchema &m_schema;
};

} // namespace TrendScope
