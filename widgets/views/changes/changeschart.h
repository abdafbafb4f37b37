#pragma once

#include "modelchart.h"

namespace TrendScope {

// How much changed between the two editions compared, per table: a bar each for facts
// added, removed and changed. Reads any model whose rows answer GroupRole (the table) and
// ChangeKindRole; the rows themselves are the table beside it. With compare off it says how
// to turn it on; tables the editions could not compare are named under the title.
class ChangesChart : public ModelChart
{
    Q_OBJECT
public:
    ChangesChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~ChangesChart() override;

    // Tables in drawing order (top to bottom) and each one's counts: added, removed, changed.
    QStringList tables() const { return m_tables; }
    QList<std::array<int, 3>> counts() const { return m_counts; }
    // Names the tables compared in only one edition (ChangesModel::notCompared).
    void setNotCompared(const QStringList &tables);

    // A bar is a count of rows, not one row: a click focuses nothing.
    int rowAt(const QPointF &pos) const override;

protected:
    void retranslate() override;
    void rebuild() override;
    void updateSubtitle() override;
    void applyChartTheme(const ChartTheme &theme) override;
    // Counts beside each bar while the bars are tall enough for a line of text; else one
    // line per table ("+1 −1 ~3") beside its longest bar.
    void updateLayout() override;

private:
    QCPItemText *countLabel(double y, int count, const QString &text);

    QList<QCPItemText *> m_barLabels;
    QList<QCPItemText *> m_tableLabels;
    QStringList m_tables;
    QList<std::array<int, 3>> m_counts;
    QStringList m_notCompared;
};

} // namespace TrendScope
