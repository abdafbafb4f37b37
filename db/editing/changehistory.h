#pragma once

#include <QCoreApplication>

#include "edit.h"
#include "editqueries.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace TrendScope {

class Database;
class EditSchema;
struct ColumnInfo;

// One change_log entry, for the history panel.
struct ChangeEntry
{
    qint64 id = 0;
    QString at;
    QString author;
    QString action; // insert | update | delete
    QString table;
    qint64 rowId = 0;
    QString column;
    QVariant oldValue;
    QVariant newValue;
    QString reason;
};

// The audit trail of edits (change_log) as the history panel reads it, and the edit that
// takes one entry back.
class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)

public:
    ChangeHistory(const Database &database, const EditSchema &schema);

    // The entries of one row (rowId 0: of the whole table), newest first.
    QList<ChangeEntry> entries(const QString &table, qint64 rowId) const;
    // The newest entry that changed one field of one row: who changed it and when.
    std::optional<ChangeEntry> latestChange(
        const QString &table, qint64 rowId, const QString &column) const;
    // The edit that takes back one change_log entry, expecting the row as the entry left it.
    std::optional<Edit> revert(qint64 changeLogId, QString *error) const;

private:
    QVariant typedValue(const ColumnInfo &column, const QVariant &text) const;

    const Database &m_db;
    const EditSchema &m_schema;
    EditQueries m_queries;
};

} // namespace TrendScope
