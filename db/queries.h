#pragma once

#include "types.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace TrendScope {

class Database;

// A table or view as rows of values, for export and inspection.
struct Table
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

// Every read the application makes. Returns value types; user values are bound, never pasted.
class Queries
{
public:
    explicit Queries(const Database &database);

    LeaderboardRows leaderboard(QString *error = nullptr) const;
    // The statement leaderboard() runs, for the benchmark's raw-SQL comparison.
    static QString leaderboardSql();
    QList<SourceInfo> sources() const;

    // The facts about one entity with provenance and its related entities; nullopt if no
    // such row exists.
    std::optional<EntityDetails> details(EntityRef entity) const;

    // The tables and readable views (v_*) a user may export, tables first.
    QStringList exportableNames() const;
    // All rows of one exportable table or view; nullopt with `error` for an unknown name.
    std::optional<Table> table(const QString &name, QString *error) const;

private:
    void addRelated(EntityDetails &details) const;

    const Database &m_db;
};

} // namespace TrendScope
