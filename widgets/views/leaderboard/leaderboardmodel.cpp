#include "leaderboardmodel.h"

#include "roles.h"

#include <QLocale>

namespace TrendScope {

namespace {

QString snapshotKey(const LeaderboardRow &row)
{
    return row.benchmark + QLatin1Char('|') + row.snapshot;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 2) : LeaderboardModel::tr("not stated");
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::setRows(const LeaderboardRows &rows)
{
    beginResetModel();
    m_rows = rows;
    m_snapshotSizes.clear();
    // const: a loop over the shared list would copy all of it (the caller keeps a reference)
    for (const LeaderboardRow &row : std::as_const(m_rows))
        ++m_snapshotSizes[snapshotKey(row)];
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn: return row.model;
        case OrganizationColumn: return row.organization;
        case ScoreColumn: return scoreText(row.score);
        case RankColumn: return row.score ? QVariant(row.rank) : QVariant(tr("not stated"));
        case SnapshotColumn: return QString(row.benchmark + QLatin1Char(' ') + row.snapshot);
        case SourceColumn: return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        switch (index.column()) {
        case ScoreColumn: return row.score ? QVariant(*row.score) : QVariant(-1.0);
        case RankColumn: return row.score ? row.rank : std::numeric_limits<int>::max();
        default: return data(index, Qt::DisplayRole);
        }
    case EntityRole:
        return QVariant::fromValue(EntityRef{EntityKind::Model, row.modelId});
    case OrganizationEntityRole:
        return QVariant::fromValue(EntityRef{EntityKind::Organization, row.organizationId});
    case OrganizationNameRole:
        return row.organizationGroup;
    case SourceCodeRole:
        return row.provenance.sourceCode;
    case DateRole:
        return row.snapshot;
    case SearchTextRole:
        // Built when asked: the filter proxy reads it once per load (in idle time) and keeps it.
        return QStringList {row.model, row.organization, row.organizationEn, row.organizationGroup,
                            row.benchmark}
            .join(QLatin1Char('\n'));
    case ValueRole:
        return row.score ? QVariant(*row.score) : QVariant();
    case LabelRole:
        return row.model;
    case ProvenanceRole:
        return row.provenance.summary();
    case CitationRole:
        return QString(row.provenance.source + QStringLiteral(" · ") + row.provenance.section);
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case OrganizationColumn: return tr("Organization");
    case ScoreColumn: return tr("Score");
    case RankColumn: return tr("Rank");
    case SnapshotColumn: return tr("Snapshot");
    case SourceColumn: return tr("Source");
    }
    return {};
}

QString LeaderboardModel::toolTip(const LeaderboardRow &row) const
{
    QString text = row.model;
    if (!row.organization.isEmpty())
        text += QStringLiteral(" — ") + row.organization;
    text += QLatin1Char('\n') + row.benchmark + QLatin1Char(' ') + row.snapshot + QStringLiteral(": ")
        + scoreText(row.score);
    if (row.score)
        text += tr(" (rank %1 of %2)").arg(row.rank).arg(m_snapshotSizes.value(snapshotKey(row)));
    text += QLatin1Char('\n') + tr("Source: %1").arg(row.provenance.summary());
    return text;
}

} // namespace TrendScope
