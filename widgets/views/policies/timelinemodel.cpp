#include "timelinemodel.h"

#include "format.h"

namespace TrendScope {

namespace {

bool isPolicy(const TimelineRow &row)
{
    return row.kind == TimelineRow::Kind::Policy;
}

EntityKind entityKind(const TimelineRow &row)
{
    switch (row.kind) {
    case TimelineRow::Kind::Policy:
        return EntityKind::Policy;
    case TimelineRow::Kind::Trend:
        return EntityKind::Trend;
    case TimelineRow::Kind::Event:
        break;
    }
    return EntityKind::Event;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString TimelineModel::groupName(const TimelineRow &row)
{
    return isPolicy(row) ? tr("Policies") : Format::category(row.category);
}

QString TimelineModel::actor(const TimelineRow &row, bool both) const
{
    if (isPolicy(row)) {
        QStringList parts;
        if (!row.issuer.isEmpty())
            parts << row.issuer;
        if (!row.region.isEmpty())
            parts << row.region;
        return parts.isEmpty() ? Format::notStated() : parts.join(QStringLiteral(" · "));
    }
    return Format::text(both
            ? bothNames(row.organization, row.organizationEn, row.organizationEnIsDatasets)
            : shownName(row.organization, row.organizationEn));
}

QVariant TimelineModel::cell(const TimelineRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return isPolicy(row)                       ? tr("Policy")
                : row.kind == TimelineRow::Kind::Trend ? tr("Trend")
                                                       : tr("Event");
        case DateColumn:
            return Format::date(row.date);
        case TitleColumn:
            return row.title;
        case CategoryColumn:
            return Format::category(row.category);
        case ActorColumn:
            return actor(row);
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case SortRole:
        if (column == DateColumn)
            // Undated: the display text ("not stated", "未说明"), which every language's
            // collation puts after the digits of a date (a placeholder such as "~" it may not).
            return row.date.isEmpty() ? Format::notStated() : row.date;
        break;
    case EntityRole:
    case OrganizationEntityRole:
        return entityData(role, {entityKind(row), row.id}, row.organizationId);
    case OrganizationNameRole:
        return row.organization;
    case DateRole:
        return row.date;
    case SearchTextRole:
        return QStringList {row.title, row.summary, row.issuer, row.region, row.organization,
            row.organizationEn, Format::category(row.category)}
            .join(QLatin1Char('\n'));
    case LabelRole:
        return row.title;
    case GroupRole:
        return groupName(row);
    }
    return {};
}

QString TimelineModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Kind"), QT_TR_NOOP("Date"), QT_TR_NOOP("Title"), QT_TR_NOOP("Category"),
            QT_TR_NOOP("Issuer / organization"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString TimelineModel::toolTip(const TimelineRow &row, int /*column*/) const
{
    QStringList lines;
    lines << row.title;
    lines << QStringList {isPolicy(row) ? tr("Policy") : tr("Event"),
        row.date.isEmpty() ? tr("date not stated") : Format::date(row.date),
        Format::category(row.category), actor(row, true)}
                 .join(QStringLiteral(" · "));
    if (!row.summary.isEmpty())
        lines << row.summary;
    lines << Format::sourceLines(row.provenance);
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
