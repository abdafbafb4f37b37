#pragma once

#include "chartstyle.h"

#include "chartplot.h"

#include <memory>

namespace TrendScope {

class ChartFrame;

// Horizontal bars of the percent per answer for one survey question. Reads any model whose
// rows answer GroupRole (the question), LabelRole (the answer), ValueRole (the percent),
// ContextRole and CitationRole; answers without a percent are not drawn.
class SurveyChart : public ChartPlot
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
    void setTheme(const ChartTheme &theme);
    const ChartFrame &frame() const { return *m_frame; }

    int barCount() const { return int(m_rows.size()); }
    // Bar labels (answers) top to bottom, and the model row of each bar.
    QStringList answers() const;
    QList<double> values() const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();

    QAbstractItemModel *m_model;
    std::unique_ptr<ChartFrame> m_frame;
    ChartTheme m_theme;
    QString m_question;
    QCPBars *m_bars = nullptr;
    QList<int> m_rows; // bar index -> model row
};

} // namespace TrendScope
