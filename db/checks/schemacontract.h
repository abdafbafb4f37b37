#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace TrendScope {

// One column of a table as the migrations define it.
struct SchemaColumn
{
    QString name;
    QString type; // the declared type as written: INTEGER, REAL, TEXT, ...
    bool notNull = false;
    bool primaryKey = false;
    QStringList allowed; // the values of a CHECK (column IN (...)) constraint; empty: any
};

// One entry of sqlite_schema.
struct SchemaObject
{
    QString type; // table, view, index, trigger
    QString name;
    QString table;
    QString sql;
};

// The schema a version's migrations create: a file claiming that version must hold exactly
// this, nothing missing and nothing extra. Built by running the embedded migrations up to the
// version into an in-memory database, so it never disagrees with them.
class SchemaContract
{
public:
    // Built on first use and kept; nullptr for a version no migration reaches. Thread-safe.
    static const SchemaContract *forVersion(int version);

    int version() const { return m_version; }
    // Table names, and the readable views (v_*), sorted.
    QStringList tables() const;
    QStringList views() const;
    // The columns of one of tables(), in order; empty for any other name.
    QList<SchemaColumn> columns(const QString &table) const;

    // How the schema of the open connection's main database differs, one item each:
    // `unknown trigger "x"`, `missing table "y"`, `column "c" of table "t" missing`. Empty when
    // it matches; `error` is set when the schema could not be read.
    QStringList differences(sqlite3 *db, QString *error) const;

private:
    explicit SchemaContract(int version);
    bool build(QString *error);

    int m_version = 0;
    QList<SchemaObject> m_objects;
    QList<QPair<QString, QList<SchemaColumn>>> m_columns;
};

} // namespace TrendScope
