#include "surveymodel.h"

#include "annotation.h"
#include "format.h"

#include <QLocale>

namespace TrendScope {

SurveyModel::SurveyModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QVariant SurveyModel::cell(const SurveyStatRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case QuestionColumn:
            return row.question;
        case AnswerColumn:
            return row.answer;
        case PercentColumn:
            return Format::percent(row.percent);
        case RespondentsColumn:
            return row.respondents ? QLocale().toString(*row.respondents) : Format::notStated();
        case RankColumn:
            return row.rank ? QVariant(*row.rank) : QVariant(Format::notStated());
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= PercentColumn && column <= RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case PercentColumn:
            return row.percent.value_or(-1.0);
        case RespondentsColumn:
            return row.respondents ? double(*row.respondents) : -1.0;
        case RankColumn:
            return row.rank ? *row.rank : std::numeric_limits<int>::max();
        }
        break;
    case OrganizationNameRole:
        return QString();
    case SearchTextRole:
        return QStringList {row.survey, row.question, row.answer}.join(QLatin1Char('\n'));
    case GroupRole:
        return row.question;
    case ContextRole:
        return QString(row.survey
            + (row.respondents ? tr(", N = %1").arg(QLocale().toString(*row.respondents))
                               : QString()));
    case ValueRole:
        return row.percent ? QVariant(*row.percent) : QVariant();
    case LabelRole:
        return row.answer;
    }
    return {};
}

QString SurveyModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Question"), QT_TR_NOOP("Answer"), QT_TR_NOOP("Percent"),
            QT_TR_NOOP("Respondents"), QT_TR_NOOP("Rank"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString SurveyModel::toolTip(const SurveyStatRow &row, int /*column*/) const
{
    QStringList lines;
    //: A survey answer and its share: "GitHub Copilot: 64.5%"
    lines << tr("%1: %2").arg(row.answer, Format::percent(row.percent))
            + (row.rank ? tr(" (rank %1)").arg(*row.rank) : QString());
    lines << row.question;
    lines << row.survey
            + (row.respondents ? tr(", N = %1").arg(QLocale().toString(*row.respondents))
                               : QString());
    if (!row.note.isEmpty())
        lines << Annotation::shown(row.note);
    lines << Format::sourceLines(row.provenance);
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
