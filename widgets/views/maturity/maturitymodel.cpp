#include "maturitymodel.h"

#include <QSet>

#include "roles.h"

namespace TrendScope {

MaturityModel::MaturityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MaturityModel::setRows(const MaturityStages &stages, const MaturityPositions &rows)
{
    beginResetModel();
    m_stages = stages;
    m_rows = rows;
    endResetModel();
}

QList<int> MaturityModel::curveYears() const
{
    QSet<int> unique;
    for (const MaturityPosition &row : m_rows)
        unique.insert(row.curveYear);
    QList<int> years(unique.cbegin(), unique.cend());
    std::sort(years.begin(), years.end());
    return years;
}

int MaturityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaturityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaturityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaturityPosition &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TechnologyColumn:
            return row.technology;
        case DomainColumn:
            return row.domain.isEmpty() ? tr("not stated") : row.domain;
        case YearColumn:
            return row.curveYear;
        case StageColumn:
            return row.stage;
        case NewColumn:
            return row.isNew ? tr("new") : QString();
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        switch (index.column()) {
        case YearColumn:
            return row.curveYear;
        case StageColumn:
            return row.stageOrdinal;
        case NewColumn:
            return row.isNew;
        default:
            return data(index, Qt::DisplayRole);
        }
    case EntityRole:
        return QVariant::fromValue(EntityRef {EntityKind::Technology, row.technologyId});
    case SourceCodeRole:
        return row.provenance.sourceCode;
    case DateRole:
        return QString::number(row.curveYear);
    case SearchTextRole:
        return QStringList {row.technology, row.technologyEn, row.domain, row.stage, row.stageEn}
            .join(QLatin1Char('\n'));
    case ValueRole:
    case StageOrdinalRole:
        return row.stageOrdinal;
    case LabelRole:
        return row.technology;
    case ProvenanceRole:
        return row.provenance.summary();
    case CitationRole:
        return QString(row.provenance.source + QStringLiteral(" · ") + row.provenance.section);
    case DomainRole:
        return row.domain;
    case DerivedRole:
        return row.provenance.status == QLatin1String("derived");
    case CurveYearRole:
        return row.curveYear;
    case IsNewRole:
        return row.isNew;
    }
    return {};
}

QVariant MaturityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TechnologyColumn:
        return tr("Technology");
    case DomainColumn:
        return tr("Domain");
    case YearColumn:
        return tr("Year");
    case StageColumn:
        return tr("Stage");
    case NewColumn:
        return tr("New?");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString MaturityModel::toolTip(const MaturityPosition &row) const
{
    QString text = row.technology;
    if (!row.technologyEn.isEmpty() && row.technologyEn != row.technology)
        text += QStringLiteral(" (") + row.technologyEn + QLatin1Char(')');
    text += QLatin1Char('\n') + tr("%1 curve: %2").arg(row.curveYear).arg(row.stage);
    if (!row.stageEn.isEmpty())
        text += QStringLiteral(" (") + row.stageEn + QLatin1Char(')');
    if (row.isNew)
        text += tr(", new on this curve");
    text += QLatin1Char('\n')
        + tr("Domain: %1").arg(row.domain.isEmpty() ? tr("not stated") : row.domain);
    text += QLatin1Char('\n') + tr("Source: %1").arg(row.provenance.summary());
    if (!row.provenance.quote.isEmpty())
        text += QLatin1Char('\n') + tr("“%1”").arg(row.provenance.quote);
    return text;
}

} // namespace TrendScope
