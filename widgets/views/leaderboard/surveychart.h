#pragma once

#include "modelchart.h"

namespace TrendScope {

// Horizontal bars of the percent per answer for one survey question. Reads any model whose
// rows answer GroupRole (the question), LabelRole (the answer), ValueRole (the percent),
// ContextRole and CitationRole; answers without a percent are not drawn. Survey answers are
// no entities and follow no filter: the chart has no state, and hovering shows the tooltip.
class SurveyChart : public ModelChart
{
    Q_OBJECT
public:
    explicit SurveyChart(QAbstractItemModel *model, QWidget *parent = nullptr);
    ~SurveyChart() override;

    // The questions present in the model, in model order.
    QStringList questions() const;
    // The same, each with the number of bars it draws (answers with a percent).
    QList<std::pair<QString, int>> questionBars() const;
    void setQuestion(const QString &question);
    QString question() const { return m_question; }

    int barCount() const { return int(m_rows.size()); }
    // Bar labels (answers) top to bottom, and the model row of each bar.
    QStringList answers() const;
    QList<double> values() const;
    int rowAt(const QPointF &pos) const override;

protected:
    void retranslate() override;
    void rebuild() override;
    void applyChartTheme(const ChartTheme &theme) override;

private:
    QString m_question;
    QCPBars *m_bars = nullptr;
    QList<int> m_rows; // bar index -> model row
};

} // namespace TrendScope
