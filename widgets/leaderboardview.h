#pragma once

#include "chartview.h"

class QAbstractItemModel;
class QComboBox;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class LeaderboardChart;

// The model leaderboard: a sortable table and a bar chart of the same filtered rows, side by
// side, with an organization filter (free-text search lives in the shared filter bar).
class LeaderboardView : public ChartView
{
    Q_OBJECT
public:
    LeaderboardView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent = nullptr);

    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }
    LeaderboardChart *chart() const { return m_chart; }
    QComboBox *organizationBox() const { return m_organization; }

private:
    void refreshOrganizations();
    void showFilter();

    QAbstractItemModel *m_source;
    ExplorerFilterProxy *m_proxy;
    QComboBox *m_organization;
    QTableView *m_table;
    LeaderboardChart *m_chart;
};

} // namespace TrendScope
