#pragma once

#include "types.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace TrendScope {

class ChangeWatcher;
class Database;
class EditController;
class EditSession;
class FundingShareModel;
class LeaderboardModel;
class MaturityModel;
class PriceCutModel;
class SurveyModel;
class TimelineModel;
class TrainingRunModel;
class Queries;

// One query that fills one source model. reload() runs them all; the benchmark times each
// beside the same statement run raw (tests/bench).
struct SourceQuery
{
    QString name;                                 // e.g. "leaderboard"
    QString sql;                                  // the model's main statement, from Queries::...Sql()
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
    // Edits of the open dataset: every change goes through it, and each reloads the models.
    EditController *editController() const { return m_editController; }
    // The name change_log records for edits (from the settings).
    void setEditorName(const QString &name);
    QString editorName() const { return m_editorName; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    LeaderboardModel *leaderboardModel() const { return m_leaderboard; }
    const QList<SourceInfo> &sources() const { return m_sources; }
    std::optional<EntityDetails> details(EntityRef entity) const;
    const QList<SourceQuery> &sourceQueries() const { return m_queries; }
    MaturityModel *maturityModel() const { return m_maturity; }
    FundingShareModel *fundingModel() const { return m_funding; }
    PriceCutModel *priceCutModel() const { return m_priceCuts; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TrainingRunModel *trainingRunModel() const { return m_trainingRuns; }
    SurveyModel *surveyModel() const { return m_surveys; }

signals:
    void datasetChanged();
    // Another program committed to the open file; the models were reloaded.
    void changedElsewhere();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EditSession> m_session; // after m_database: destroyed before it
    EditController *m_editController;
    ChangeWatcher *m_watcher;
    QString m_editorName;
    LeaderboardModel *m_leaderboard;
    QList<SourceInfo> m_sources;
    MaturityModel *m_maturity;
    FundingShareModel *m_funding;
    PriceCutModel *m_priceCuts;
    TimelineModel *m_timeline;
    TrainingRunModel *m_trainingRuns;
    SurveyModel *m_surveys;
    QList<SourceQuery> m_queries;
};

} // namespace TrendScope
