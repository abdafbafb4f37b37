#pragma once

#include "types.h"

#include <QStringList>
#include <QVariantList>

#include <functional>
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

    // The dataset read (for reads outside this class in the same connection and snapshot).
    const Database &database() const { return m_db; }

    LeaderboardRows leaderboard(QString *error = nullptr) const;
    // The statement leaderboard() runs, for the benchmark's raw-SQL comparison.
    static QString leaderboardSql();
    static QString maturityStagesSql();
    static QString maturityPositionsSql();
    static QString fundingTotalsSql();
    static QString fundingCompaniesSql();
    static QString priceCutsSql();
    static QString timelineSql();
    static QString trainingRunsSql();
    static QString surveyStatsSql();
    QList<SourceInfo> sources() const;

    // The facts about one entity with provenance and its related entities; nullopt if no
    // such row exists.
    std::optional<EntityDetails> details(EntityRef entity) const;
    // All stages of the maturity curve in curve order, with or without technologies.
    MaturityStages maturityStages(QString *error = nullptr) const;
    // Every technology's position on every curve year, by year, stage, technology.
    MaturityPositions maturityPositions(QString *error = nullptr) const;
    FundingTotalRows fundingTotals(QString *error = nullptr) const;
    // Companies by period and list rank.
    FundingCompanyRows fundingCompanies(QString *error = nullptr) const;
    // Price cuts, oldest announcement first (undated ones last).
    PriceCutRows priceCuts(QString *error = nullptr) const;
    // Policies and events together, by date (undated ones last).
    TimelineRows timeline(QString *error = nullptr) const;
    TrainingRunRows trainingRuns(QString *error = nullptr) const;
    // Survey answers grouped by question, highest percent first within a question.
    SurveyStatRows surveyStats(QString *error = nullptr) const;

    // The tables and readable views (v_*) a user may export, tables first: the schema's own
    // list for the file's version, not what the file holds.
    QStringList exportableNames() const;
    // All rows of one exportable table or view; nullopt with `error` for an unknown name.
    std::optional<Table> table(const QString &name, QString *error) const;
    // Several, read in one snapshot (ReadSnapshot): another program's commit shows in all of
    // them or in none. `afterEach` runs after each table is read (tests use it to commit).
    std::optional<QList<Table>> tables(const QStringList &names, QString *error,
        const std::function<void(const QString &)> &afterEach = {}) const;

private:
    void addRelated(EntityDetails &details) const;
    // The ORDER BY that makes a server give a table's or view's rows in a file's order.
    QString serverOrder(const QString &name) const;

    const Database &m_db;
};

} // namespace TrendScope
