#pragma once

#include "chartpage.h"

class QComboBox;
class QTabWidget;
class QTableView;

namespace TrendScope {

class LeaderboardChart;
class RankBumpChart;
class SurveyChart;

// The model leaderboard: a sortable table and a bar chart of the same filtered rows, side by
// side, with an organization filter (free-text search lives in the shared filter bar), and a
// bump chart of the ranks across snapshots in a tab of its own. In compare mode a compare
// table (rank and score in both editions, change, delta) shows under the scores. With
// the training-run and survey models, two more tabs: the training runs (with their derived
// compute) and survey bars for a chosen question.
class LeaderboardView : public ChartPage
{
    Q_OBJECT
public:
    LeaderboardView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);
    LeaderboardView(QAbstractItemModel *source, QAbstractItemModel *trainingRuns,
        QAbstractItemModel *surveys, ExplorerState *state, QWidget *parent = nullptr);

    LeaderboardChart *chart() const { return m_chart; }
    QComboBox *organizationBox() const { return m_organization; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *trainingRunTable() const { return m_trainingTable; }
    SurveyChart *surveyChart() const { return m_surveyChart; }
    RankBumpChart *rankChart() const { return m_rankChart; }
    // The compare table under the scores: shown while compare is on.
    QTableView *compareTable() const { return m_compareTable; }
    QComboBox *questionBox() const { return m_question; }

private:
    void refreshOrganizations();
    void refreshQuestions();
    void showFilter();

    QComboBox *m_organization;
    LeaderboardChart *m_chart;
    QTabWidget *m_tabs;
    RankBumpChart *m_rankChart;
    QTableView *m_compareTable;
    QTableView *m_trainingTable = nullptr;
    SurveyChart *m_surveyChart = nullptr;
    QComboBox *m_question = nullptr;
};

} // namespace TrendScope
