#pragma once

#include "types.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace TrendScope {

class Database;
class LeaderboardModel;
class Queries;

// One query that fills one source model. reload() runs them all; the benchmark times each
// beside the same statement run raw (tests/bench).
struct SourceQuery
{
    QString name;                                 // e.g. "leaderboard"
    QString sql;                                  // the statement, from Queries::...Sql()
    std::function<QString(const Queries &)> load; // fills the model; returns an error or ""
    std::function<void()> clear;                  // empties the model (no dataset open)
};

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
    const QList<SourceInfo> &sources() const { return m_sources; }
    const QList<SourceQuery> &sourceQueries() const { return m_queries; }
    std::optional<EntityDetails> details(EntityRef entity) const;

signals:
    void datasetChanged();

private:
    std::unique_ptr<Database> m_database;
    LeaderboardModel *m_leaderboard;
    QList<SourceInfo> m_sources;
    QList<SourceQuery> m_queries;
};

} // namespace TrendScope
