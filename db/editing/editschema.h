#pragma once

#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace TrendScope {

class Database;

// What a column holds, which decides its editor and its validation.
enum class ColumnKind
{
    Text, // one line
    LongText, // summary, quote, note
    Integer, // a whole number, may be negative
    Count, // a whole number >= 0
    Year, // a calendar year as an integer (curve_year)
    Number, // any finite number (scores, parameters, key figures)
    Percent, // 0-100
    Money, // yuan >= 0; edited with a unit (元 / 万元 / 亿元)
    Date, // ISO text whose length is its precision: YYYY, YYYY-MM, YYYY-MM-DD
    Choice, // one of a fixed list
    Reference, // the id of a row in another table, picked by name
    Flag, // 0 or 1
};

struct ColumnInfo
{
    QString name;
    QString label; // for people: "English name", "Score"
    ColumnKind kind = ColumnKind::Text;
    bool required = false; // NOT NULL without a default the editor could use
    bool key = false; // the primary key: shown, never edited
    bool editable = true; // false for keys and the provenance status the editor sets
    QStringList choices; // Choice: allowed values
    QString refTable; // Reference: the table pointed to
    QString refColumn; // Reference: its key column ("id", or "name" for stages)
    QVariant defaultValue; // for new rows
    // Number: the scale the value lives on (a leaderboard score is out of 100); unset for
    // numbers without one.
    std::optional<std::pair<double, double>> range;
};

// How a table grows by whole snapshots (a new leaderboard, a new curve year).
struct SnapshotSpec
{
    enum class Kind
    {
        None,
        // Copy one row with `column` set to the new value, and all rows that belong to it
        // (tables whose reference to it deletes on cascade) pointed at the copy.
        RowWithChildren,
        // Copy every row whose `column` equals the selected row's value, with the new value.
        Group,
    };
    Kind kind = Kind::None;
    QString column;
};

struct TableInfo
{
    QString name;
    QString label; // "Models", "Leaderboard entries"
    QString singular; // "model", "leaderboard entry"
    QList<ColumnInfo> columns;
    QStringList labelColumns; // make up a row's name ("GLM-4", "SuperClue 2024-04")
    QList<QStringList> uniqueKeys;
    EntityKind entityKind = EntityKind::None;
    SnapshotSpec snapshot;
    bool hasProvenance = false; // has a status column the editor sets to 'editor'

    const ColumnInfo *column(const QString &name) const;
    int columnIndex(const QString &name) const;
};

// Every table an editor may change, with typed columns. Read from the open database's own
// schema (so every name used in SQL is one SQLite reported), with kinds, labels and fixed
// lists from one small descriptor table in editschema.cpp. change_log is not editable.
class EditSchema
{
public:
    EditSchema() = default;
    // Reads the schema of `database`; tables the descriptor does not name are left out.
    static EditSchema read(const Database &database, QString *error = nullptr);

    const QList<TableInfo> &tables() const { return m_tables; }
    const TableInfo *table(const QString &name) const;
    const TableInfo *tableFor(EntityKind kind) const;
    bool isEmpty() const { return m_tables.isEmpty(); }

    // Tables whose columns reference `table`: (table, column) pairs.
    QList<QPair<QString, QString>> referencesTo(const QString &table) const;
    // Whether rows of `child` are deleted with the `table` row they reference.
    bool cascades(const QString &child, const QString &column) const;

    // An identifier quoted for SQL. Only call with names that passed table()/column().
    static QString quoted(const QString &identifier);
    // One of the schema's labels (a table's, a column's) in the interface language: the
    // labels are kept in English and marked for translation (context TrendScope::EditSchema).
    static QString translated(const QString &label);
    // A column's label in English as translated() takes it, without reading a schema: for
    // columns named elsewhere (EditionDiff's changed fields).
    static QString columnLabel(const QString &table, const QString &column);
    // A table's label in English as translated() takes it ("Models"), without reading a
    // schema: for tables named elsewhere (the audit trail's points).
    static QString tableLabel(const QString &table);

    // The column that names a row in SQL, the one EditOp::rowId holds: a file's rowid, or on a
    // server dataset (which has no rowid) each table's id.
    QString rowKey() const { return m_rowKey; }

private:
    // Reference columns to tables left out become plain values.
    void unlinkMissingTables();

    QList<TableInfo> m_tables;
    QString m_rowKey = QStringLiteral("rowid");
    QList<std::tuple<QString, QString, QString, bool>>
        m_references; // child, column, parent, cascade
};

QString columnKindName(ColumnKind kind);

} // namespace TrendScope
