#pragma once

#include "chartpage.h"

#include <optional>
#include <utility>

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

    // The rows of the tab on show: the scores', the training runs' or the surveys'.
    int visibleRowCount() const override;
    int totalRowCount() const override;

private:
    std::optional<std::pair<int, int>> extraTabRows() const;
    void refreshOrganizations();
    void refreshQuestions();
    void showFilter();

    QComboBox *m_organization;
    LeaderboardChart *m_chart;
    QTabWidget *m_tabs;
    RankBumpChart *m_rankChart;
    QTableView *m_compareTable;
    QTableView *m_trainingTable = nullptr;
    QAbstractItemModel *m_trainingRuns = nullptr;
    QAbstractItemModel *m_surveys = nullptr;
    SurveyChart *m_surveyChart = nullptr;
    QComboBox *m_question = nullptr;
};

} // namespace TrendScope
