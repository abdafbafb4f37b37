#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

// Value types of an edit: what to change, and what went wrong. Plain data; EditSession
// applies an Edit in one short transaction and returns the Edit that undoes it.

namespace TrendScope {

struct EditOp
{
    enum class Action
    {
        Insert,
        Update,
        Delete
    };

    Action action = Action::Update;
    QString table;
    // Update/Delete: the row. Insert: 0 lets SQLite choose; a rowid restores a deleted row.
    qint64 rowId = 0;
    // Insert: the new row's values; Update: the columns to set.
    QVariantMap values;
    // Values the row must still hold before this op runs (undo, redo, revert, and a form's
    // edit: the fields it changes as the form loaded them): if another program changed them
    // since, the op is refused instead of overwriting that change.
    QVariantMap expected;
    // column -> index of an earlier Insert in the same Edit: takes that new row's id (copying
    // a leaderboard with its entries).
    QHash<QString, int> rowIdOf;

    static EditOp update(const QString &table, qint64 rowId, const QVariantMap &values)
    {
        EditOp op;
        op.action = Action::Update;
        op.table = table;
        op.rowId = rowId;
        op.values = values;
        return op;
    }
    static EditOp insert(const QString &table, const QVariantMap &values)
    {
        EditOp op;
        op.action = Action::Insert;
        op.table = table;
        op.values = values;
        return op;
    }
    static EditOp remove(const QString &table, qint64 rowId)
    {
        EditOp op;
        op.action = Action::Delete;
        op.table = table;
        op.rowId = rowId;
        return op;
    }
};

struct Edit
{
    QString text; // names the change for menus: "set score of GLM-4"
    QString reason; // optional, the editor's words, kept in change_log
    QList<EditOp> ops;
    // A person's edit: values are validated and the rows' provenance status becomes
    // 'editor'. Undo and redo restore exactly what was there and are not re-validated.
    bool byEditor = true;

    bool isEmpty() const { return ops.isEmpty(); }
};

// One field an op expected to find unchanged and did not: the value the op expected (what
// the editor saw), the row's value now (theirs), the value the op would write (mine; none
// for a delete), and the newest change_log entry of that field (empty when the other
// program wrote without one).
struct FieldConflict
{
    QString column;
    QVariant original;
    QVariant theirs;
    QVariant mine;
    QString author;
    QString at; // ISO 8601, UTC
};

struct EditError
{
    enum class Kind
    {
        Invalid, // a value breaks a rule; `column` names the field
        Conflict, // the row changed or vanished since the edit was prepared
        Locked, // another program holds the file locked; retry later
        ReadOnly, // the file is open read-only
        Failed, // anything else SQLite refused
    };
    Kind kind = Kind::Failed;
    QString table;
    QString column;
    qint64 rowId = 0;
    int op = -1; // index of the op in the Edit
    QString message; // for people: what is wrong and what is allowed
    // Conflict: every field of the op that changed since (empty when the row is gone).
    QList<FieldConflict> conflicts;
};

struct EditResult
{
    std::optional<EditError> error;
    Edit applied; // the edit as it ran: new rows' ids filled in, expected old values set
    Edit inverse; // applying it undoes `applied`
    QList<qint64> changeLogIds;

    bool ok() const { return !error.has_value(); }
};

} // namespace TrendScope
