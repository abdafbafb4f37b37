#include "maturitymodel.h"

#include "format.h"

#include <QSet>

namespace TrendScope {

MaturityModel::MaturityModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void MaturityModel::setRows(const MaturityStages &stages, const MaturityPositions &rows)
{
    // The stages change in the same reset as the rows: a chart never sees one without the other.
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

QVariant MaturityModel::cell(const MaturityPosition &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TechnologyColumn:
            return shownName(row.technology, row.technologyEn);
        case DomainColumn:
            return Format::text(row.domain);
        case YearColumn:
            return row.curveYear;
        case StageColumn:
            return shownName(row.stage, row.stageEn);
        case NewColumn:
            return row.isNew ? tr("new") : QString();
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == YearColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case YearColumn:
            return row.curveYear;
        case StageColumn:
            return row.stageOrdinal;
        case NewColumn:
            return row.isNew;
        }
        break;
    case EntityRole:
        return QVariant::fromValue(EntityRef {EntityKind::Technology, row.technologyId});
    case DateRole:
        return QString::number(row.curveYear);
    case SearchTextRole:
        return QStringList {row.technology, row.technologyEn, row.domain, row.stage, row.stageEn}
            .join(QLatin1Char('\n'));
    case ValueRole:
    case StageOrdinalRole:
        return row.stageOrdinal;
    case LabelRole:
        return shownName(row.technology, row.technologyEn);
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

QString MaturityModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Technology"), QT_TR_NOOP("Domain"), QT_TR_NOOP("Year"), QT_TR_NOOP("Stage"),
            QT_TR_NOOP("New?"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString MaturityModel::toolTip(const MaturityPosition &row, int /*column*/) const
{
    QString text = bothNames(row.technology, row.technologyEn, row.technologyEnIsDatasets);
    text += QLatin1Char('\n')
        + tr("%1 curve: %2")
              .arg(row.curveYear)
              .arg(bothNames(row.stage, row.stageEn, row.stageEnIsDatasets));
    if (row.isNew)
        text += tr(", new on this curve");
    text += QLatin1Char('\n') + tr("Domain: %1").arg(Format::text(row.domain));
    text += QLatin1Char('\n') + Format::sourceLines(row.provenance);
    return text;
}

} // namespace TrendScope
