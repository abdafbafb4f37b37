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
// In compare mode (ExplorerState::comparison) each model of the compared snapshots gets a row
// with two bars, edition A's and edition B's score in the editions' colours, its rank change
// by its name ("▲2", "new", "gone") and the score delta by the bars.
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
    // The names by the rows drawn (with their rank change in compare mode), top down.
    QStringList shownNames() const;
    // The value labels drawn, top down.
    QStringList shownValues() const;

protected:
    void updateLayout() override;
    void retranslate() override;
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
        double key = 0; // the row the bar is drawn in (1 = top)
        double offset = 0; // from the row's centre: compare mode draws two bars a row
        double value = 0;
        EntityRef entity; // the score entry
        EntityRef parent; // its model
        EntityRef organization;
        QString name; // the row's tick label; empty for a row's second bar
        QCPItemText *label = nullptr; // the value; one a row
    };

    // Draws the first `shown` bars; the last row tells how many are left out.
    void showBars(int shown);
    // Compare mode's rows: A against B; false when one edition has no rows (the chart then
    // says so).
    bool buildComparison(QSet<QString> *sources);
    QCPBars *makeSeries(const QString &name, const QColor &color, double width);
    QCPItemText *makeLabel(double key, double value, const QString &text);
    int rowCount() const { return m_bars.isEmpty() ? 0 : int(m_bars.constLast().key); }

    QList<Bar> m_bars; // index = model row; rows without a score are skipped
    QList<int> m_rowOfBar; // bar index -> model row
    QString m_shownNote; // "the first 40 of 2,011 rows ..." when rows are left out
    int m_shown = 0;
    QCPItemText *m_moreNote = nullptr;
};

} // namespace TrendScope
