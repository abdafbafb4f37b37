#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// Survey answers as a table: question, answer, percent, respondents, rank, source. GroupRole
// is the question, ValueRole the percent, LabelRole the answer.
class SurveyModel : public QAbstractTableModel
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

    void setRows(const SurveyStatRows &rows);
    const SurveyStatRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const SurveyStatRow &row) const;

    SurveyStatRows m_rows;
};

} // namespace TrendScope
