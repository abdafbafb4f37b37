#pragma once

#include <QList>
#include <QString>

namespace TrendScope {

class Database;

// One thing wrong with a dataset, located by table and row.
struct Problem
{
    QString table;
    qint64 rowId = 0; // 0 when the problem is not about one row
    QString message;

    QString text() const;
};

// Checks a dataset's content beyond what the schema enforces: integrity, references,
// provenance, dates, units and ranges, shares of one whole.
class DatasetChecker
{
public:
    explicit DatasetChecker(const Database &database);

    QList<Problem> run() const;

private:
    void checkIntegrity(QList<Problem> &problems) const;
    void checkForeignKeys(QList<Problem> &problems) const;
    void checkColumns(const QString &table, QList<Problem> &problems) const;
    void checkShares(QList<Problem> &problems) const;

    const Database &m_db;
};

} // namespace TrendScope
