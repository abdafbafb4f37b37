#include "leaderboardmodel.h"

#include "format.h"

namespace TrendScope {

LeaderboardModel::LeaderboardModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void LeaderboardModel::rowsChanged()
{
    m_snapshotSizes.clear();
    // A leaderboard's rows come together (the query's order): one lookup per run of rows, no
    // key text made per row (a quarter of a second on a million rows).
    const LeaderboardRow *last = nullptr;
    int *count = nullptr;
    // const: a loop over the shared list would copy all of it (the caller keeps a reference)
    for (const LeaderboardRow &row : std::as_const(m_rows)) {
        if (!last || row.benchmark != last->benchmark || row.snapshot != last->snapshot)
            count = &m_snapshotSizes[{row.benchmark, row.snapshot}]; // no insert until then
        ++*count;
        last = &row;
    }
}

QVariant LeaderboardModel::cell(const LeaderboardRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ModelColumn:
            return shownName(row.model, row.modelEn);
        case OrganizationColumn:
            return shownName(row.organization, row.organizationEn);
        case ScoreColumn:
            return Format::score(row.score);
        case RankColumn:
            return row.score ? QVariant(row.rank) : QVariant(Format::notStated());
        case SnapshotColumn:
            return QString(row.benchmark + QLatin1Char(' ') + row.snapshot);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn || column == RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case ScoreColumn:
            return row.score ? QVariant(*row.score) : QVariant(-1.0);
        case RankColumn:
            return row.score ? row.rank : std::numeric_limits<int>::max();
        }
        break;
    case EntityRole:
    case OrganizationEntityRole:
        // A row is one score: a click focuses that entry (its details, Edit Focused Entity),
        // and the model it scores is its parent.
        return entityData(role, {EntityKind::LeaderboardEntry, row.entryId}, row.organizationId);
    case ParentEntityRole:
        return QVariant::fromValue(EntityRef {EntityKind::Model, row.modelId});
    case OrganizationNameRole:
        return row.organizationGroup;
    case OrganizationNameEnRole:
        return row.organizationGroupEn;
    case OrganizationLabelRole:
        return shownName(row.organizationGroup, row.organizationGroupEn);
    case DateRole:
        return row.snapshot;
    case GroupRole:
        return row.benchmark; // editions' entries are compared per benchmark
    case SearchTextRole:
        // Built when asked: the filter proxy reads it once per load (in idle time) and keeps it.
        return QStringList {row.model, row.modelEn, row.organization, row.organizationEn,
            row.organizationGroup, row.benchmark}
            .join(QLatin1Char('\n'));
    case ValueRole:
        return row.score ? QVariant(*row.score) : QVariant();
    case LabelRole:
        return shownName(row.model, row.modelEn);
    }
    return {};
}

QString LeaderboardModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Model"), QT_TR_NOOP("Organization"), QT_TR_NOOP("Score"),
            QT_TR_NOOP("Rank (derived)"), QT_TR_NOOP("Snapshot"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString LeaderboardModel::toolTip(const LeaderboardRow &row, int /*column*/) const
{
    QString text = bothNames(row.model, row.modelEn, row.modelEnIsDatasets);
    if (!row.organization.isEmpty())
        text += QStringLiteral(" — ")
            + bothNames(row.organization, row.organizationEn, row.organizationEnIsDatasets);
    //: A leaderboard score's tooltip: benchmark, snapshot date, score
    text += QLatin1Char('\n')
        + tr("%1 %2: %3").arg(row.benchmark, Format::date(row.snapshot), Format::score(row.score));
    if (row.score)
        text += tr(" (rank %1 of %2, derived from the scores)")
                    .arg(row.rank)
                    .arg(m_snapshotSizes.value({row.benchmark, row.snapshot}));
    text += QLatin1Char('\n') + Format::sourceLines(row.provenance);
    return text;
}

} // namespace TrendScope
