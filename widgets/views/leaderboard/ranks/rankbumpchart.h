#pragma once

#include "modelchart.h"

#include <utility>
#include <vector>

namespace TrendScope {

// A bump chart of one benchmark's ranks across all its snapshots, every edition's: the
// snapshots left to right (oldest first), rank 1 on top, one line a model with its name at
// both ends (a name at one end only when the model is in one snapshot). Models of equal rank
// at one end share a label. It reads any model answering the roles in roles.h plus the rank
// as `rankColumn`'s SortRole, and follows the shared state: a click on a line focuses its
// model, the focused model's line is highlighted. In compare mode the snapshots of editions A
// and B are marked "A" and "B" under the axis. With one snapshot it says there is nothing to
// compare yet; when the ranks do not all fit, the first ones are drawn and the subtitle says so.
class RankBumpChart : public ModelChart
{
    Q_OBJECT
public:
    RankBumpChart(
        QAbstractItemModel *model, int rankColumn, ExplorerState *state, QWidget *parent = nullptr);
    ~RankBumpChart() override;

    // The benchmark drawn: the one with the most snapshots.
    QString benchmark() const
    {
        flushRebuild();
        return m_benchmark;
    }
    // The snapshots along the axis, oldest first, as ISO dates (the axis writes them as the
    // interface language writes a month).
    QStringList snapshots() const
    {
        flushRebuild();
        return m_snapshotNames;
    }
    int lineCount() const
    {
        flushRebuild();
        return int(m_lines.size());
    }
    // Lines drawn at most: the models ranked best in the last snapshot (the subtitle says so).
    static constexpr int MaxLines = 20;
    // The end labels drawn at the current size, in drawing order (left ends, then right).
    QStringList shownLabels() const;
    // Ranks drawn at the current size (the rest are below the plot area).
    int shownRanks() const
    {
        flushRebuild();
        return m_shownRanks;
    }
    // Centre of model row `row`'s point, in widget coordinates (null when not drawn).
    QPointF pointCenter(int row) const;
    int rowAt(const QPointF &pos) const override;

protected:
    void retranslate() override;
    void rebuild() override;
    // Off screen (another tab on show) a change of the rows waits until the chart is shown,
    // drawn, exported or read: after a load, rebuilding reads every source row's keys (0.4 s
    // of a million-row load on the UI thread, for a tab seldom opened).
    void modelChanged() override;
    void showEvent(QShowEvent *event) override;
    void updateLayout() override;
    void updateHighlight() override;
    void updateSubtitle() override;

private:
    // Hides the end labels that would overlap one another or leave the plot area; `last` is
    // the last snapshot's key, `height` a label's.
    void hideCrowdedLabels(double last, double height);

    struct Line
    {
        QCPGraph *graph = nullptr;
        EntityRef entity;
        EntityRef organization;
        QList<int> rows; // model row of each point
    };
    struct EndLabel
    {
        QCPItemText *item = nullptr;
        QString text; // before eliding
        double key = 0;
        int rank = 0;
        bool left = false;
    };

    // What rebuild needs of each source row, read once per change of the source rows: a
    // filter change then maps the rows shown to these instead of asking each row five roles
    // and comparing snapshot texts (three quarters of a filter change at 100k rows).
    struct RowKeys
    {
        int benchmark = -1; // an index into m_benchmarkNames; -1: no score, not drawn
        int snapshot = 0; // an index into m_snapshotKeys
        int pair = 0; // the benchmark's snapshot: one id per (benchmark, snapshot)
        int rank = 0;
    };
    void readSourceKeys(const QAbstractItemModel *source);
    // Fits ranks, labels and axis ticks to the plot area; true when something changed.
    bool fit();

    int m_rankColumn;
    QString m_benchmark;
    QStringList m_snapshotNames;
    QStringList m_tickNames; // with the compare marks
    QList<Line> m_lines;
    QList<EndLabel> m_labels;
    int m_maxRank = 0;
    int m_shownRanks = 0;
    int m_modelCount = 0; // models of the benchmark, drawn or not
    std::vector<RowKeys> m_rowKeys; // by source row
    QStringList m_benchmarkNames;
    QList<std::pair<QString, qint64>> m_snapshotKeys; // (date, edition), oldest first
    int m_pairCount = 0;
    bool m_keysRead = false;
    quint64 m_keysGeneration = 0; // the proxy's sourceGeneration() they were read at
};

} // namespace TrendScope
