#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace TrendScope {

class Database;

// One thing wrong with a dataset, located by table and row.
struct Problem
{
    QString table;
    qint64 rowId = 0; // 0 when the problem is not about one row
    QString message;
    // A warning is worth a look but may be right (`trendscope check` still passes); anything
    // else makes the dataset invalid.
    bool warning = false;

    QString text() const;
};

// Checks a dataset's content beyond what the schema enforces: integrity, references,
// provenance, dates, units and ranges, shares of one whole, and that every value has the
// storage class, presence and allowed values its column's definition promises.

class DatasetChecker
{
public:
    explicit DatasetChecker(const Database &database);

    // `progress` is told after each step (the integrity check, references, storage classes,
    // each table, shares): steps done of the total, for a progress line on a large file. On a
    // file the integrity check runs on a second connection beside the others and is counted
    // last; its findings, if any, are then all that is returned.
    QList<Problem> run(const std::function<void(int done, int total)> &progress = {}) const;

private:
    void checkForeignKeys(QList<Problem> &problems) const;
    void checkColumns(const QString &table, QList<Problem> &problems) const;
    static void checkInferred(const QStringList &columns, const QString &inferred,
        const std::function<void(const QString &)> &add);
    void checkEditions(const QString &table, QList<Problem> &problems) const;
    void checkStorage(QList<Problem> &problems) const;
    void checkShares(QList<Problem> &problems) const;
    void checkDerived(const QString &table, QList<Problem> &problems) const;
    void checkQualifiers(QList<Problem> &problems) const;

    const Database &m_db;
};

} // namespace TrendScope
