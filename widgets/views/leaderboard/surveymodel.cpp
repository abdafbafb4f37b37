#include "surveymodel.h"

#include "roles.h"

#include <QLocale>

namespace TrendScope {

namespace {

QString percentText(const std::optional<double> &percent)
{
    return percent ? QLocale().toString(*percent, 'g', 4) + QLatin1Char('%')
                   : SurveyModel::tr("not stated");
}

} // namespace

SurveyModel::SurveyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SurveyModel::setRows(const SurveyStatRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SurveyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurveyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SurveyStatRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return row.question;
        case AnswerColumn:
            return row.answer;
        case PercentColumn:
            return percentText(row.percent);
        case RespondentsColumn:
            return row.respondents ? QLocale().toString(*row.respondents) : tr("not stated");
        case RankColumn:
            return row.rank ? QVariant(*row.rank) : QVariant(tr("not stated"));
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PercentColumn && index.column() <= RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        switch (index.column()) {
        case PercentColumn:
            return row.percent.value_or(-1.0);
        case RespondentsColumn:
            return row.respondents ? double(*row.respondents) : -1.0;
        case RankColumn:
            return row.rank ? *row.rank : std::numeric_limits<int>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    case OrganizationNameRole:
        return QString();
    case SourceCodeRole:
        return row.provenance.sourceCode;
    case SearchTextRole:
        return QStringList {row.survey, row.question, row.answer}.join(QLatin1Char('\n'));
    case GroupRole:
        return row.question;
    case ContextRole:
        return QString(row.survey
            + (row.respondents ? QStringLiteral(", N = ") + QLocale().toString(*row.respondents)
                               : QString()));
    case ValueRole:
        return row.percent ? QVariant(*row.percent) : QVariant();
    case LabelRole:
        return row.answer;
    case ProvenanceRole:
        return row.provenance.summary();
    case CitationRole:
        return QString(row.provenance.source + QStringLiteral(" · ") + row.provenance.section);
    }
    return {};
}

QVariant SurveyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case PercentColumn:
        return tr("Percent");
    case RespondentsColumn:
        return tr("Respondents");
    case RankColumn:
        return tr("Rank");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString SurveyModel::toolTip(const SurveyStatRow &row) const
{
    QStringList lines;
    lines << row.answer + QStringLiteral(": ") + percentText(row.percent)
            + (row.rank ? tr(" (rank %1)").arg(*row.rank) : QString());
    lines << row.question;
    lines << row.survey
            + (row.respondents ? QStringLiteral(", N = ") + QLocale().toString(*row.respondents)
                               : QString());
    if (!row.note.isEmpty())
        lines << row.note;
    lines << tr("Source: %1").arg(row.provenance.summary());
    if (!row.provenance.quote.isEmpty())
        lines << QStringLiteral("“") + row.provenance.quote + QStringLiteral("”");
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
