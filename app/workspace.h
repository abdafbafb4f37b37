#pragma once

#include <QObject>

#include <memory>

namespace TrendScope {

class Database;
class FundingShareModel;
class LeaderboardModel;
class MaturityModel;

// The open dataset and the source models filled from it. Views read the models; a new
// file or an edit reloads them in one place.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Takes the database, re-queries every model; false (and `error`) if a query failed.
    bool setDatabase(std::unique_ptr<Database> database, QString *error = nullptr);
    bool reload(QString *error = nullptr);

    Database *database() const { return m_database.get(); }
    LeaderboardModel *leaderboardModel() const { return m_leaderboard; }
    MaturityModel *maturityModel() const { return m_maturity; }
    FundingShareModel *fundingModel() const { return m_funding; }

signals:
    void datasetChanged();

private:
    std::unique_ptr<Database> m_database;
    LeaderboardModel *m_leaderboard;
    MaturityModel *m_maturity;
    FundingShareModel *m_funding;
};

} // namespace TrendScope
