#include "queries.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TrendScope {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

void reportError(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
}

} // namespace

Queries::Queries(const Database &database)
    : m_db(database)
{
}

LeaderboardRows Queries::leaderboard(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT e.id, m.id, o.id, m.name, o.name, o.name_en, l.benchmark, l.snapshot, e.score,"
        "       RANK() OVER (PARTITION BY e.leaderboard_id ORDER BY e.score DESC),"
        "       s.title, s.code, e.section, e.status, e.formula, e.quote"
        " FROM leaderboard_entry e"
        " JOIN leaderboard l ON l.id = e.leaderboard_id"
        " JOIN model m ON m.id = e.model_id"
        " LEFT JOIN organization o ON o.id = m.organization_id"
        " JOIN source s ON s.id = e.source_id"
        " ORDER BY l.snapshot DESC, l.benchmark, e.score DESC, m.name"));
    LeaderboardRows rows;
    if (!ok) {
        reportError(q, error);
        return rows;
    }
    while (q.next()) {
        LeaderboardRow r;
        r.entryId = q.value(0).toLongLong();
        r.modelId = q.value(1).toLongLong();
        r.organizationId = q.value(2).toLongLong();
        r.model = q.value(3).toString();
        r.organization = q.value(4).toString();
        r.organizationEn = q.value(5).toString();
        r.benchmark = q.value(6).toString();
        r.snapshot = q.value(7).toString();
        r.score = optionalDouble(q.value(8));
        r.rank = q.value(9).toInt();
        r.provenance.source = q.value(10).toString();
        r.provenance.sourceCode = q.value(11).toString();
        r.provenance.section = q.value(12).toString();
        r.provenance.status = q.value(13).toString();
        r.provenance.formula = q.value(14).toString();
        r.provenance.quote = q.value(15).toString();
        rows.append(r);
    }
    return rows;
}

QStringList Queries::exportableNames() const
{
    QSqlQuery q(m_db.connection());
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema"
                               " WHERE (type = 'table' AND name NOT LIKE 'sqlite_%')"
                               "    OR (type = 'view' AND name LIKE 'v\\_%' ESCAPE '\\')"
                               " ORDER BY type, name")))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

std::optional<Table> Queries::table(const QString &name, QString *error) const
{
    // Identifiers cannot be bound: only names from the schema's own list are accepted.
    if (!exportableNames().contains(name)) {
        if (error)
            *error = QStringLiteral("no table or view named \"%1\"").arg(name);
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted))) {
        reportError(q, error);
        return std::nullopt;
    }
    Table table;
    table.name = name;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        table.columns.append(record.fieldName(i));
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row.append(q.value(i));
        table.rows.append(row);
    }
    return table;
}

} // namespace TrendScope
