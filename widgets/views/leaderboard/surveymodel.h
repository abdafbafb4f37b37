#pragma once

#include "rowtablemodel.h"

namespace TrendScope {

// Survey answers as a table: question, answer, percent, respondents, rank, source. GroupRole
// is the question, ValueRole the percent, LabelRole the answer.
class SurveyModel : public RowTableModel<SurveyStatRow>
{
    Q_OBJECT
public:
    enum Column
    {
        QuestionColumn,
        AnswerColumn,
        PercentColumn,
        RespondentsColumn,
        RankColumn,
        SourceColumn,
        ColumnCount
    };

    explicit SurveyModel(QObject *parent = nullptr);

private:
    QString headerText(int column) const override;
    QVariant cell(const SurveyStatRow &row, int column, int role) const override;
    QString toolTip(const SurveyStatRow &row, int column) const override;
};

} // namespace TrendScope
