#pragma once

#include "modelchart.h"

namespace TrendScope {

// Horizontal bars of leaderboard scores, one colour per organization. Reads any model that
// answers the roles in roles.h (normally the view's filter proxy) and the shared state:
// hovering a bar shows its value and provenance, clicking it focuses the model everywhere,
// and the focused model (or all models of a focused organization) is highlighted.
// At most MaxBars bars are drawn: the first rows in the model's (the table's) order; the
// subtitle says so when rows are left out. More bars would not be readable, and drawing a
// large dataset's every row made each filter change take seconds (PERFORMANCE.md).
// Names and values keep a readable size at every chart size: when fewer rows fit than there
// are bars, the first ones are drawn and the last row says how many more the table lists.
class LeaderboardChart : public ModelChart
{
    Q_OBJECT
public:
    static constexpr int MaxBars = 40;

    LeaderboardChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~LeaderboardChart() override;

    int barCount() const
    {
        flushRebuild();
        return int(m_bars.size());
    }
    // Centre of the bar for model row `row`, in widget coordinates.
    QPointF barCenter(int row) const;
    // Model rows drawn highlighted.
    QList<int> highlightedRows() const;
    int rowAt(const QPointF &pos) const override;
    // Bars drawn at the current size (the rest are "+N more").
    int shownBarCount() const { return m_shown; }

protected:
    void updateLayout() override;
    void rebuild() override;
    // Model signals come in bursts (a filter change removes and inserts rows range by
    // range): they schedule one rebuild; whatever reads the bars runs a pending one first.
    void modelChanged() override;
    void updateHighlight() override;
    void updateSubtitle() override;

private:
    struct Bar
    {
        QCPBars *series = nullptr;
        int dataIndex = 0;
        double key = 0;
        double value = 0;
        EntityRef entity;
        EntityRef organization;
        QString name;
        QCPItemText *label = nullptr; // the value
    };

    void flushRebuild() const;
    // Draws the first `shown` bars; the last row tells how many are left out.
    void showBars(int shown);

    QList<Bar> m_bars; // index = model row; rows without a score are skipped
    QList<int> m_rowOfBar; // bar index -> model row
    QString m_shownNote; // "the first 40 of 2,011 rows ..." when rows are left out
    bool m_rebuildPending = false;
    int m_shown = 0;
    QCPItemText *m_moreNote = nullptr;
};

} // namespace TrendScope
