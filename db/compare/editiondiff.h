#pragma once

#include "queries.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace TrendScope {

class Database;

// One difference between two editions: a fact only B has (added), only A has (removed), or
// one field whose value differs (changed; a row with two changed fields gives two).
struct FactChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
    };

    Kind kind = Kind::Changed;
    QString table; // "leaderboard_entry"
    QString tableLabel; // "Leaderboard entries", as the data editor names the table
    // What the fact is about, in the dataset's own names: "SuperClue · GLM-4".
    QString key;
    // The field compared: changed, or for an added or removed fact its main value's field.
    QString field;
    bool derivedField = false; // a value TrendScope derives (a leaderboard rank), not stored
    QVariant before; // A's value; null for an added fact
    QVariant after; // B's value; null for a removed fact
    qint64 rowA = 0; // the rows on each side (0: none)
    qint64 rowB = 0;
    // Where each row sits inside its edition: a snapshot, curve year or period.
    QString placeA;
    QString placeB;
    Provenance provenanceA; // A's row; empty for an added fact
    // Where the fact stands now: B's row, or A's for a removed fact (every row model reads a
    // row's `provenance`).
    Provenance provenance;
};

using FactChanges = QList<FactChange>;

// "What changed" between two editions (issue 15): every fact table's rows of edition A
// matched to edition B's by what they are about (a leaderboard entry by benchmark and model,
// a funded company by organization, a curve position by technology, …), not by row id.
// Models and leaderboards themselves are not listed: a model an edition does not rank is
// not removed, and a leaderboard's entries say what changed in it.
// When an edition holds several places of one fact (the 2024 blue book states the 2022 and
// the 2024 curve), its latest place is compared.
namespace EditionDiff {

// The tables compared, in the order results are listed.
QStringList tables();
// The fields compared for `table` (derived ones included, e.g. "rank").
QStringList fields(const QString &table);
// How people name `table` ("Leaderboard entries"), as the data editor does.
QString tableLabel(const QString &table);
// Whether `field` of `table` is derived by TrendScope rather than stored.
bool isDerived(const QString &table, const QString &field);

// The changes from edition `a` to edition `b`, grouped by table, then by key. A table only
// one of the two editions has rows in is not compared (an edition that brings a new
// leaderboard does not remove every event of the last one): such tables are listed in
// `notCompared`. On a read error returns what it has and sets `error`.
FactChanges between(const Database &database, qint64 a, qint64 b,
    QStringList *notCompared = nullptr, QString *error = nullptr);

// The changes as one table for the data exports (CSV / JSON): kind, table, key, field,
// before, after, places, and both sides' provenance.
Table toTable(const FactChanges &changes);

} // namespace EditionDiff

} // namespace TrendScope
