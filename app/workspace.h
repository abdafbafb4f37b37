#pragma once

#include <QObject>

#include <memory>

namespace TrendScope {

class Database;
class LeaderboardModel;
class PriceCutModel;
class SurveyModel;
class TimelineModel;
class TrainingRunModel;

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
    PriceCutModel *priceCutModel() const { return m_priceCuts; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TrainingRunModel *trainingRunModel() const { return m_trainingRuns; }
    SurveyModel *surveyModel() const { return m_surveys; }

signals:
    void datasetChanged();

private:
    std::unique_ptr<Database> m_database;
    LeaderboardModel *m_leaderboard;
    PriceCutModel *m_priceCuts;
    TimelineModel *m_timeline;
    TrainingRunModel *m_trainingRuns;
    SurveyModel *m_surveys;
};

} // namespace TrendScope
