#include "editsession.h"

#include "changehistory.h"
#include "changenotice.h"
#include "database.h"
#include "editrules.h"
#include "fieldvalidator.h"
#include "lockholder.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <unordered_map>

namespace TrendScope {

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteConstraint = 19;

using Action = EditOp::Action;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// How the open dataset names rows and takes a write lock: a file locks itself whole at BEGIN
// IMMEDIATE and names rows by rowid; a server locks each row read for an update or delete
// (FOR UPDATE, so that a second editor's transaction waits and then sees the first one's
// values) and names rows by id.
struct Dialect
{
    bool server = false;
    QString rowKey;
    QString begin() const
    {
        return server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    }
    QString lockRow() const { return server ? QStringLiteral(" FOR UPDATE") : QString(); }
    // Appended to an INSERT: the new row's key comes back as its one column.
    QString returningKey() const { return server ? QStringLiteral(" RETURNING id") : QString(); }
};

// The key of the row the last INSERT of `q` made.
qint64 insertedKey(QSqlQuery &q, const Dialect &dialect)
{
    if (!dialect.server)
        return q.lastInsertId().toLongLong();
    const qint64 key = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return key;
}

// A server's refusal by its SQLSTATE class: 23 a constraint, 40 a serialization failure or
// deadlock (retry), 08 and 57 a connection that is gone or a server shutting down.
enum class ServerRefusal
{
    Constraint,
    Retry,
    Gone,
    NotAllowed,
    Other
};

ServerRefusal serverRefusal(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("23")))
        return ServerRefusal::Constraint;
    if (state.startsWith(QLatin1String("40")) || state == QLatin1String("55P03"))
        return ServerRefusal::Retry;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57"))
        || (state.isEmpty() && error.type() == QSqlError::ConnectionError))
        return ServerRefusal::Gone;
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return ServerRefusal::NotAllowed;
    return ServerRefusal::Other;
}

// A whole row for change_log: JSON keeps numbers, text and NULL apart.
QString rowJson(const QVariantMap &row)
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.isNull() || !v.isValid())
            object.insert(it.key(), QJsonValue(QJsonValue::Null));
        else if (v.typeId() == QMetaType::QString)
            object.insert(it.key(), v.toString());
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            object.insert(it.key(), v.toLongLong());
        else
            object.insert(it.key(), v.toDouble());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The statements of one apply(), each prepared once: an import writes 100,000 rows through
// the same few INSERTs, and preparing each again would cost more than running it.
class Statements
{
public:
    explicit Statements(const QSqlDatabase &db)
        : m_db(db)
    { }

    // The statement `sql`, prepared, with `values` bound in order; nullptr when it cannot be
    // prepared (the error in *error).
    QSqlQuery *bound(const QString &sql, const QVariantList &values, QSqlError *error)
    {
        std::unique_ptr<QSqlQuery> &q = m_cache[sql];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_db);
            q->setForwardOnly(true);
            if (!q->prepare(sql)) {
                *error = q->lastError();
                q.reset();
                return nullptr;
            }
        }
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values.at(i));
        return q.get();
    }

    // Runs `sql` with `values`; false with the error.
    bool run(const QString &sql, const QVariantList &values, QSqlError *error)
    {
        QSqlQuery *q = bound(sql, values, error);
        if (q && q->exec())
            return true;
        if (q)
            *error = q->lastError();
        return false;
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
};

// The row's columns by name, without the rowid; nullopt if there is no such row. On a server
// the row stays locked until the transaction ends when `lock` is set.
std::optional<QVariantMap> readRow(Statements &statements, const Dialect &dialect,
    const TableInfo &table, qint64 rowId, QSqlError *error, bool lock = false)
{
    QSqlQuery *q = statements.bound(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?%3")
                                        .arg(EditSchema::quoted(table.name), dialect.rowKey,
                                            lock ? dialect.lockRow() : QString()),
        {rowId}, error);
    if (!q)
        return std::nullopt;
    if (!q->exec()) {
        *error = q->lastError();
        return std::nullopt;
    }
    if (!q->next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q->value(i));
    q->finish();
    return row;
}

// The values an Insert must write to recreate `row` (the integer key is the rowid).
QVariantMap withoutRowidKey(const TableInfo &table, QVariantMap row)
{
    for (const ColumnInfo &c : table.columns)
        if (c.key && c.kind == ColumnKind::Integer)
            row.remove(c.name);
    return row;
}

// The Conflict error when `current` no longer holds what `op` expects: every field, not just
// the first (the person resolves them all at once), each with its three values and who changed
// it last. nullopt when the row holds them all.
std::optional<EditError> conflictError(const Database &db, const EditSchema &schema,
    const EditOp &op, int index, const TableInfo &table, const QVariantMap &current)
{
    QList<FieldConflict> conflicts;
    QStringList parts;
    for (auto it = op.expected.cbegin(); it != op.expected.cend(); ++it) {
        const QVariant theirs = current.value(it.key());
        if (FieldValidator::sameValue(theirs, it.value()))
            continue;
        FieldConflict conflict;
        conflict.column = it.key();
        conflict.original = it.value();
        conflict.theirs = theirs;
        conflict.mine = op.values.value(it.key());
        // The newest entry names who wrote `theirs` only if it wrote that value: a program
        // that changed the file without an entry left an older entry there.
        const auto entry = ChangeHistory(db, schema).latestChange(op.table, op.rowId, it.key());
        if (entry && entry->newValue.toString() == FieldValidator::toText(theirs)) {
            conflict.author = entry->author;
            conflict.at = entry->at;
        }
        conflicts.append(conflict);
        const ColumnInfo *c = table.column(it.key());
        parts.append(EditSession::tr("%1 of this %2 is now “%3”, not “%4”")
                         .arg(c ? EditSchema::translated(c->label) : it.key(),
                             EditSchema::translated(table.singular), FieldValidator::toText(theirs),
                             FieldValidator::toText(it.value())));
    }
    if (conflicts.isEmpty())
        return std::nullopt;
    EditError error = editError(EditError::Kind::Conflict, op, index,
        (conflicts.size() == 1
                ? EditSession::tr("%1: it was changed elsewhere since. Nothing was overwritten.")
                : EditSession::tr("%1: they were changed elsewhere since. Nothing was "
                                  "overwritten."))
            //: Between the fields of a conflict: "；" in Chinese
            .arg(parts.join(EditSession::tr("; "))),
        conflicts.first().column);
    error.conflicts = conflicts;
    return error;
}

} // namespace

EditSession::EditSession(const Database &database)
    : m_db(database)
    , m_schema(EditSchema::read(database))
{ }

QString EditSession::lockHolder() const
{
    if (m_db.isServer() || m_db.path() == QLatin1String(":memory:"))
        return {};
    return LockHolder::describe(m_db.path());
}

std::optional<EditError> EditSession::checkStatic(const Edit &edit) const
{
    return EditRules(m_schema).checkEdit(edit);
}

std::optional<EditError> EditSession::check(const Edit &edit) const
{
    return checkStatic(edit);
}

EditResult EditSession::apply(const Edit &edit)
{
    EditResult result;
    if (m_db.isReadOnly()) {
        EditError e;
        e.kind = EditError::Kind::ReadOnly;
        e.message = m_db.readOnlyReason().isEmpty()
            ? tr("%1 is open read-only, so it cannot be changed.")
                  .arg(QDir::toNativeSeparators(m_db.path()))
            : tr("%1 is open read-only (%2), so it cannot be changed.")
                  .arg(m_db.path(), m_db.readOnlyReason());
        result.error = e;
        return result;
    }
    if (auto problem = checkStatic(edit)) {
        result.error = problem;
        return result;
    }

    // A server connection lost since the last edit (a restart, an outage) is made again here,
    // so that retrying a kept change works once the server is back; while it is not, the edit
    // is refused as a lock is, and kept for the retry.
    if (!m_db.reconnect()) {
        result.error = editError(EditError::Kind::Locked, edit.ops.value(0), -1,
            tr("The server %1 cannot be reached. Nothing was written; your change is kept, "
               "retry when it is back.")
                .arg(m_db.path()));
        return result;
    }
    const QSqlDatabase db = m_db.connection();
    const Dialect dialect {m_db.isServer(), m_schema.rowKey()};
    // The audit trail names who changed a row: on a server the database user, whom the server
    // vouches for; in a file the name from the settings.
    const QString author = m_db.isServer() ? m_db.serverRole() : m_author;
    auto sqlError = [&](const EditOp &op, int index, const QSqlError &error) {
        if (dialect.server) {
            const QString words = error.databaseText().section(QLatin1Char('\n'), 0, 0);
            switch (serverRefusal(error)) {
            case ServerRefusal::Constraint:
                return editError(EditError::Kind::Invalid, op, index,
                    tr("The dataset's rules refuse this change (%1).").arg(words));
            case ServerRefusal::Retry:
                return editError(EditError::Kind::Locked, op, index,
                    tr("The server %1 was busy with another editor's change. Nothing was "
                       "written; your change is kept, retry it.")
                        .arg(m_db.path()));
            case ServerRefusal::Gone:
                return editError(EditError::Kind::Locked, op, index,
                    tr("The server %1 cannot be reached (%2). Nothing was written; your change "
                       "is kept, retry when it is back.")
                        .arg(m_db.path(), words.isEmpty() ? error.text() : words));
            case ServerRefusal::NotAllowed:
                return editError(EditError::Kind::ReadOnly, op, index,
                    tr("The role %1 may not change %2 (%3).").arg(author, m_db.path(), words));
            case ServerRefusal::Other:
                break;
            }
            return editError(EditError::Kind::Failed, op, index,
                tr("The change could not be written: %1")
                    .arg(words.isEmpty() ? error.text() : words));
        }
        const int code = primaryCode(error);
        if (code == SqliteBusy || code == SqliteLocked) {
            const QString holder = lockHolder();
            return editError(EditError::Kind::Locked, op, index,
                tr("The dataset file %1 is locked by %2. Nothing was written; your change is "
                   "kept, retry when the other program has finished.")
                    .arg(QDir::toNativeSeparators(m_db.path()),
                        holder.isEmpty() ? tr("another program") : holder));
        }
        if (code == SqliteConstraint)
            return editError(EditError::Kind::Invalid, op, index,
                tr("The dataset's rules refuse this change (%1).").arg(error.databaseText()));
        return editError(EditError::Kind::Failed, op, index,
            tr("The change could not be written: %1").arg(error.databaseText()));
    };

    {
        QSqlQuery begin(db);
        if (!begin.exec(dialect.begin())) {
            result.error = sqlError(edit.ops.value(0), -1, begin.lastError());
            return result;
        }
    }
    auto rollback = [&](const EditError &error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result.error = error;
        result.applied = {};
        result.inverse = {};
        result.changeLogIds.clear();
        return result;
    };

    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statements statements(db);
    auto log = [&](const EditOp &op, const char *action, qint64 rowId, const QString &column,
                   const QVariant &oldValue, const QVariant &newValue, QSqlError *error) {
        auto text = [](const QVariant &v) {
            return v.isNull() || !v.isValid() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(FieldValidator::toText(v));
        };
        auto orNull = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
        };
        QSqlQuery *q = statements.bound(
            QStringLiteral("INSERT INTO change_log (at, author, action, table_name, row_id, "
                           "column_name, old_value, new_value, reason) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                + dialect.returningKey(),
            {at, orNull(author), QString::fromLatin1(action), op.table, rowId, orNull(column),
                text(oldValue), text(newValue), orNull(edit.reason)},
            error);
        if (!q)
            return false;
        if (!q->exec()) {
            *error = q->lastError();
            return false;
        }
        result.changeLogIds.append(insertedKey(*q, dialect));
        return true;
    };

    result.applied.text = edit.text;
    result.applied.reason = edit.reason;
    result.applied.byEditor = false;
    result.inverse.text = edit.text;
    result.inverse.byEditor = false;
    QList<EditOp> inverseOps;
    QList<qint64> newRowIds(edit.ops.size(), 0);

    for (int i = 0; i < edit.ops.size(); ++i) {
        EditOp op = edit.ops.at(i);
        const TableInfo &table = *m_schema.table(op.table);
        for (auto it = op.rowIdOf.cbegin(); it != op.rowIdOf.cend(); ++it)
            op.values.insert(it.key(), newRowIds.at(it.value()));
        op.rowIdOf.clear();
        if (edit.byEditor) {
            for (auto it = op.values.begin(); it != op.values.end(); ++it)
                it.value()
                    = *FieldValidator::normalize(*table.column(it.key()), it.value(), nullptr);
        }
        QSqlError error;

        std::optional<QVariantMap> current;
        if (op.action != Action::Insert) {
            current = readRow(statements, dialect, table, op.rowId, &error, true);
            if (!current) {
                if (error.isValid())
                    return rollback(sqlError(op, i, error));
                return rollback(editError(EditError::Kind::Conflict, op, i,
                    tr("This %1 no longer exists (row %2); it was deleted since the change was "
                       "made.")
                        .arg(EditSchema::translated(table.singular))
                        .arg(op.rowId)));
            }
            if (auto conflict = conflictError(m_db, m_schema, op, i, table, *current))
                return rollback(*conflict);
        }

        // Rules that need the database, for a person's edits.
        auto checkAgainstData
            = [&](const QVariantMap &row, const QStringList &touched, qint64 selfRowId) {
                  return EditRules(m_schema).checkAgainstData(db, table, op, i, row, touched,
                      selfRowId, [&](const QSqlError &e) { return sqlError(op, i, e); });
              };

        if (op.action == Action::Update) {
            QVariantMap set;
            for (auto it = op.values.cbegin(); it != op.values.cend(); ++it)
                if (!FieldValidator::sameValue(current->value(it.key()), it.value()))
                    set.insert(it.key(), it.value());
            if (edit.byEditor && table.hasProvenance && !set.isEmpty()
                && current->value(QStringLiteral("status")).toString() != QLatin1String("editor"))
                set.insert(QStringLiteral("status"), QStringLiteral("editor"));
            if (set.isEmpty())
                continue;
            if (edit.byEditor) {
                QVariantMap merged = *current;
                for (auto it = set.cbegin(); it != set.cend(); ++it)
                    merged.insert(it.key(), it.value());
                if (auto problem = checkAgainstData(merged, set.keys(), op.rowId))
                    return rollback(*problem);
            }
            QStringList assignments;
            for (auto it = set.cbegin(); it != set.cend(); ++it)
                assignments.append(EditSchema::quoted(it.key()) + QStringLiteral(" = ?"));
            QVariantList bound = set.values();
            bound.append(op.rowId);
            if (!statements.run(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                    .arg(EditSchema::quoted(table.name),
                                        assignments.join(QStringLiteral(", ")), dialect.rowKey),
                    bound, &error))
                return rollback(sqlError(op, i, error));
            QVariantMap old;
            for (auto it = set.cbegin(); it != set.cend(); ++it) {
                old.insert(it.key(), current->value(it.key()));
                if (!log(op, "update", op.rowId, it.key(), current->value(it.key()), it.value(),
                        &error))
                    return rollback(sqlError(op, i, error));
            }
            EditOp done = EditOp::update(table.name, op.rowId, set);
            done.expected = old;
            result.applied.ops.append(done);
            EditOp undo = EditOp::update(table.name, op.rowId, old);
            undo.expected = set;
            inverseOps.prepend(undo);
        } else if (op.action == Action::Insert) {
            QVariantMap values = op.values;
            if (edit.byEditor && table.hasProvenance)
                values.insert(QStringLiteral("status"), QStringLiteral("editor"));
            if (edit.byEditor) {
                if (auto problem = EditRules(m_schema).fillEdition(db, table, op, i, &values,
                        [&](const QSqlError &e) { return sqlError(op, i, e); }))
                    return rollback(*problem);
                if (auto problem = checkAgainstData(values, values.keys(), op.rowId))
                    return rollback(*problem);
            }
            if (op.rowId > 0) {
                if (readRow(statements, dialect, table, op.rowId, &error))
                    return rollback(editError(EditError::Kind::Conflict, op, i,
                        tr("A %1 with row number %2 exists again; it was added elsewhere since.")
                            .arg(EditSchema::translated(table.singular))
                            .arg(op.rowId)));
            }
            QStringList columns;
            QStringList marks;
            if (op.rowId > 0) {
                columns.append(dialect.rowKey);
                marks.append(QStringLiteral("?"));
            }
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                columns.append(EditSchema::quoted(it.key()));
                marks.append(QStringLiteral("?"));
            }
            QVariantList bound = values.values();
            if (op.rowId > 0)
                bound.prepend(op.rowId);
            QSqlQuery *q = statements.bound(
                (columns.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES")
                                         .arg(EditSchema::quoted(table.name))
                                   : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(EditSchema::quoted(table.name),
                                             columns.join(QStringLiteral(", ")),
                                             marks.join(QStringLiteral(", "))))
                    + dialect.returningKey(),
                bound, &error);
            if (!q)
                return rollback(sqlError(op, i, error));
            if (!q->exec())
                return rollback(sqlError(op, i, q->lastError()));
            const qint64 inserted = insertedKey(*q, dialect);
            const qint64 rowId = op.rowId > 0 ? op.rowId : inserted;
            newRowIds[i] = rowId;
            const auto row = readRow(statements, dialect, table, rowId, &error);
            if (!row)
                return rollback(sqlError(op, i, error));
            if (!log(op, "insert", rowId, {}, {}, rowJson(*row), &error))
                return rollback(sqlError(op, i, error));
            EditOp done = EditOp::insert(table.name, withoutRowidKey(table, *row));
            done.rowId = rowId;
            result.applied.ops.append(done);
            EditOp undo = EditOp::remove(table.name, rowId);
            undo.expected = *row;
            inverseOps.prepend(undo);
        } else {
            // Rows that refer to this one are deleted by earlier ops of the same edit (so that
            // undo brings them back); a reference left over means the edit is incomplete.
            for (const auto &[child, column] : m_schema.referencesTo(table.name)) {
                const ColumnInfo *c = m_schema.table(child)->column(column);
                QSqlQuery *q = statements.bound(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                        .arg(EditSchema::quoted(child), EditSchema::quoted(column)),
                    {c->refColumn == QLatin1String("id") ? QVariant(op.rowId)
                                                         : current->value(c->refColumn)},
                    &error);
                if (!q)
                    return rollback(sqlError(op, i, error));
                if (!q->exec() || !q->next())
                    return rollback(sqlError(op, i, q->lastError()));
                const int n = q->value(0).toInt();
                q->finish();
                if (n > 0)
                    return rollback(editError(EditError::Kind::Invalid, op, i,
                        QStringLiteral("%1 %2 still refer to this %3; delete them "
                                       "with it or point them elsewhere first.")
                            .arg(n)
                            .arg(m_schema.table(child)->label.toLower(), table.singular)));
            }
            if (!statements.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                    .arg(EditSchema::quoted(table.name), dialect.rowKey),
                    {op.rowId}, &error))
                return rollback(sqlError(op, i, error));
            if (!log(op, "delete", op.rowId, {}, rowJson(*current), {}, &error))
                return rollback(sqlError(op, i, error));
            EditOp done = EditOp::remove(table.name, op.rowId);
            done.expected = *current;
            result.applied.ops.append(done);
            EditOp undo = EditOp::insert(table.name, withoutRowidKey(table, *current));
            undo.rowId = op.rowId;
            inverseOps.prepend(undo);
        }
    }

    // Other editors of a server dataset hear of the change when it commits (LISTEN).
    if (dialect.server && !result.applied.isEmpty()) {
        QSqlError error;
        if (!statements.run(QStringLiteral("SELECT pg_notify(?, ?)"),
                {QString::fromLatin1(Database::ServerChangeChannel),
                    ChangeNotice::of(author, result.applied).toPayload()},
                &error))
            return rollback(sqlError(edit.ops.value(0), -1, error));
    }
    {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return rollback(sqlError(edit.ops.value(0), -1, commit.lastError()));
    }
    result.inverse.ops = inverseOps;
    return result;
}

} // namespace TrendScope
