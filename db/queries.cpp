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

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

void reportError(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
}

// Reads the six provenance columns starting at `first`: source title, source code, section,
// status, formula, quote.
Provenance readProvenance(const QSqlQuery &q, int first)
{
    Provenance p;
    p.source = q.value(first).toString();
    p.sourceCode = q.value(first + 1).toString();
    p.section = q.value(first + 2).toString();
    p.status = q.value(first + 3).toString();
    p.formula = q.value(first + 4).toString();
    p.quote = q.value(first + 5).toString();
    return p;
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

MaturityStages Queries::maturityStages(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    MaturityStages stages;
    if (!q.exec(QStringLiteral("SELECT name, name_en, ordinal FROM maturity_stage ORDER BY ordinal"))) {
        reportError(q, error);
        return stages;
    }
    while (q.next())
        stages.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return stages;
}

MaturityPositions Queries::maturityPositions(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT p.id, t.id, t.name, t.name_en, t.domain, p.curve_year, st.name, st.name_en,"
        "       st.ordinal, p.is_new, p.note,"
        "       s.title, s.code, p.section, p.status, p.formula, p.quote"
        " FROM maturity_position p"
        " JOIN technology t ON t.id = p.technology_id"
        " JOIN maturity_stage st ON st.name = p.stage"
        " JOIN source s ON s.id = p.source_id"
        " ORDER BY p.curve_year, st.ordinal, t.name"));
    MaturityPositions rows;
    if (!ok) {
        reportError(q, error);
        return rows;
    }
    while (q.next()) {
        MaturityPosition r;
        r.positionId = q.value(0).toLongLong();
        r.technologyId = q.value(1).toLongLong();
        r.technology = q.value(2).toString();
        r.technologyEn = q.value(3).toString();
        r.domain = q.value(4).toString();
        r.curveYear = q.value(5).toInt();
        r.stage = q.value(6).toString();
        r.stageEn = q.value(7).toString();
        r.stageOrdinal = q.value(8).toInt();
        r.isNew = q.value(9).toInt() != 0;
        r.note = q.value(10).toString();
        r.provenance = readProvenance(q, 11);
        rows.append(r);
    }
    return rows;
}

FundingTotalRows Queries::fundingTotals(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT f.id, f.period_start, f.period_end, f.domain, f.parent_domain, f.amount_yuan,"
        "       f.events, f.share_percent, f.share_of,"
        "       s.title, s.code, f.section, f.status, f.formula, f.quote"
        " FROM funding_total f"
        " JOIN source s ON s.id = f.source_id"
        " ORDER BY f.period_start, f.period_end, f.parent_domain IS NOT NULL, f.share_percent DESC, f.id"));
    FundingTotalRows rows;
    if (!ok) {
        reportError(q, error);
        return rows;
    }
    while (q.next()) {
        FundingTotalRow r;
        r.id = q.value(0).toLongLong();
        r.periodStart = q.value(1).toString();
        r.periodEnd = q.value(2).toString();
        r.domain = q.value(3).toString();
        r.parentDomain = q.value(4).toString();
        r.amountYuan = optionalDouble(q.value(5));
        r.events = optionalInt(q.value(6));
        r.sharePercent = optionalDouble(q.value(7));
        r.shareOf = q.value(8).toString();
        r.provenance = readProvenance(q, 9);
        rows.append(r);
    }
    return rows;
}

FundingCompanyRows Queries::fundingCompanies(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT c.id, o.id, o.name, o.name_en, c.period, c.list_rank, c.direction, c.round,"
        "       c.amount_yuan, c.amount_text,"
        "       s.title, s.code, c.section, c.status, c.formula, c.quote"
        " FROM funding_company c"
        " JOIN organization o ON o.id = c.organization_id"
        " JOIN source s ON s.id = c.source_id"
        " ORDER BY c.period, c.list_rank IS NULL, c.list_rank, c.amount_yuan DESC, o.name"));
    FundingCompanyRows rows;
    if (!ok) {
        reportError(q, error);
        return rows;
    }
    while (q.next()) {
        FundingCompanyRow r;
        r.id = q.value(0).toLongLong();
        r.organizationId = q.value(1).toLongLong();
        r.organization = q.value(2).toString();
        r.organizationEn = q.value(3).toString();
        r.period = q.value(4).toString();
        r.listRank = optionalInt(q.value(5));
        r.direction = q.value(6).toString();
        r.round = q.value(7).toString();
        r.amountYuan = optionalDouble(q.value(8));
        r.amountText = q.value(9).toString();
        r.provenance = readProvenance(q, 10);
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
