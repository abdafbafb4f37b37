#pragma once

#include "editiondiff.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace TrendScope {

class EditSchema;

// One change as the audit trail (change_log) holds it: the entries one edit, undo or import
// wrote together (consecutive entries with the same time, author and reason).
struct HistoryPoint
{
    qint64 firstId = 0;
    qint64 lastId = 0;
    QString at; // ISO time, UTC
    QString author;
    QString reason;
    int entries = 0;
    // What it changed, as stored (SQL names; EditWording::historySummary words it). One row:
    // its action ("insert", "update" or "delete"), table and id, and the fields an update
    // set. Several rows: `tables` counts the entries per table, and the one-row fields are
    // empty.
    QString action;
    QString table;
    qint64 rowId = 0;
    QStringList fields;
    QMap<QString, int> tables;

    bool isOneRow() const { return tables.isEmpty(); }
};

// "What changed" within one file (issue 15): the net difference the audit trail records
// between two points of its history, as the same FactChange entries the edition comparison
// gives. A field changed several times shows its first old and last new value; a row added
// and removed again in between is not listed; a row added shows as added, with the values
// it has at the end.
namespace HistoryDiff {

// Every change in the file's audit trail, oldest first.
QList<HistoryPoint> points(const Database &database, QString *error = nullptr);

// The net changes of the entries after `since` up to `until` (0: up to the newest), grouped
// by table, then by what each row is about.
FactChanges between(const Database &database, const EditSchema &schema, qint64 since,
    qint64 until = 0, QString *error = nullptr);

} // namespace HistoryDiff

} // namespace TrendScope
