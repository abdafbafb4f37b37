#pragma once

#include <QCoreApplication>

#include "edit.h"
#include "editschema.h"

#include <QString>

namespace TrendScope {

class Database;

// Applies edits to an open dataset. Each apply() is one short write transaction
// (BEGIN IMMEDIATE … COMMIT) that checks every value, writes the rows and their change_log
// entries, and commits before returning: nothing stays open while a person thinks, and a
// confirmed edit is on disk (WAL, synchronous=FULL) when apply() returns.
//
// Table and column names are accepted only when the schema read from the file lists them
// (EditSchema); values are always bound.
class EditSession
{
    Q_DECLARE_TR_FUNCTIONS(EditSession)

public:
    explicit EditSession(const Database &database);

    const EditSchema &schema() const { return m_schema; }
    const Database &database() const { return m_db; }

    // The name written to change_log.author (from the settings).
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    // Checks `edit` without writing: the same checks apply() makes first.
    std::optional<EditError> check(const Edit &edit) const;
    // Validates, writes and commits `edit`, or writes nothing and returns the error.
    EditResult apply(const Edit &edit);

    // Who holds the file locked, for messages: "sqlite3 (process 4242)", or empty.
    QString lockHolder() const;

private:
    std::optional<EditError> checkStatic(const Edit &edit) const;

    const Database &m_db;
    EditSchema m_schema;
    QString m_author;
};

} // namespace TrendScope
