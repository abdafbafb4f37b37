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

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

void reportError(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
}

// The six provenance columns every fact query selects last, in this order:
// source title, source code, section, status, formula, quote.
constexpr auto ProvenanceColumns = "s.title, s.code, %1.section, %1.status, %1.formula, %1.quote";

QString provenanceColumns(const QString &alias)
{
    return QString::fromLatin1(ProvenanceColumns).arg(alias);
}

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

// Runs a statement without user values (every read here is fixed text).
bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    reportError(q, error);
    return false;
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

PriceCutRows Queries::priceCuts(QString *error) const
{
    QSqlQuery q(m_db.connection());
    PriceCutRows rows;
    if (!run(q,
            QStringLiteral(
                "SELECT p.id, o.id, o.name, o.name_en, p.announced, p.effective, p.products,"
                "       p.min_percent, p.max_percent, p.note, ")
                + provenanceColumns(QStringLiteral("p"))
                + QStringLiteral(" FROM price_cut p"
                                 " JOIN organization o ON o.id = p.organization_id"
                                 " JOIN source s ON s.id = p.source_id"
                                 " ORDER BY p.announced IS NULL, p.announced, o.name, p.id"),
            error))
        return rows;
    while (q.next()) {
        PriceCutRow r;
        r.id = q.value(0).toLongLong();
        r.organizationId = q.value(1).toLongLong();
        r.vendor = q.value(2).toString();
        r.vendorEn = q.value(3).toString();
        r.announced = q.value(4).toString();
        r.effective = q.value(5).toString();
        r.products = q.value(6).toString();
        r.minPercent = optionalDouble(q.value(7));
        r.maxPercent = optionalDouble(q.value(8));
        r.note = q.value(9).toString();
        r.provenance = readProvenance(q, 10);
        rows.append(r);
    }
    return rows;
}

TimelineRows Queries::timeline(QString *error) const
{
    QSqlQuery q(m_db.connection());
    TimelineRows rows;
    // One statement for both kinds so that they come out in one date order.
    if (!run(q,
            QStringLiteral(
                "SELECT * FROM ("
                "SELECT 'policy' AS kind, x.id, x.date AS date, x.title AS title, x.category,"
                "       x.issuer, x.region,"
                "       NULL, NULL, NULL, x.summary, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(" FROM policy x JOIN source s ON s.id = x.source_id"
                                 " UNION ALL "
                                 "SELECT 'event', x.id, x.date, x.title, x.category, NULL, NULL,"
                                 "       o.id, o.name, o.name_en, x.summary, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(" FROM event x JOIN source s ON s.id = x.source_id"
                                 " LEFT JOIN organization o ON o.id = x.organization_id"
                                 ") ORDER BY date IS NULL, date, kind DESC, title"),
            error))
        return rows;
    while (q.next()) {
        TimelineRow r;
        r.kind = q.value(0).toString() == QLatin1String("policy") ? TimelineRow::Kind::Policy
                                                                  : TimelineRow::Kind::Event;
        r.id = q.value(1).toLongLong();
        r.date = q.value(2).toString();
        r.title = q.value(3).toString();
        r.category = q.value(4).toString();
        r.issuer = q.value(5).toString();
        r.region = q.value(6).toString();
        r.organizationId = q.value(7).toLongLong();
        r.organization = q.value(8).toString();
        r.organizationEn = q.value(9).toString();
        r.summary = q.value(10).toString();
        r.provenance = readProvenance(q, 11);
        rows.append(r);
    }
    return rows;
}

TrainingRunRows Queries::trainingRuns(QString *error) const
{
    QSqlQuery q(m_db.connection());
    TrainingRunRows rows;
    if (!run(q,
            QStringLiteral(
                "SELECT t.id, m.id, o.id, m.name, o.name, o.name_en, t.parameters, t.tokens,"
                "       t.days, t.gpus, t.gpu_type, t.note, ")
                + provenanceColumns(QStringLiteral("t"))
                + QStringLiteral(" FROM training_run t"
                                 " JOIN model m ON m.id = t.model_id"
                                 " LEFT JOIN organization o ON o.id = m.organization_id"
                                 " JOIN source s ON s.id = t.source_id"
                                 " ORDER BY t.id"),
            error))
        return rows;
    while (q.next()) {
        TrainingRunRow r;
        r.id = q.value(0).toLongLong();
        r.modelId = q.value(1).toLongLong();
        r.organizationId = q.value(2).toLongLong();
        r.model = q.value(3).toString();
        r.organization = q.value(4).toString();
        r.organizationEn = q.value(5).toString();
        r.parameters = optionalDouble(q.value(6));
        r.tokens = optionalDouble(q.value(7));
        r.days = optionalDouble(q.value(8));
        r.gpus = optionalInt(q.value(9));
        r.gpuType = q.value(10).toString();
        r.note = q.value(11).toString();
        r.provenance = readProvenance(q, 12);
        rows.append(r);
    }
    return rows;
}

SurveyStatRows Queries::surveyStats(QString *error) const
{
    QSqlQuery q(m_db.connection());
    SurveyStatRows rows;
    if (!run(q,
            QStringLiteral(
                "SELECT x.id, x.survey, x.question, x.answer, x.percent, x.respondents, x.rank,"
                "       x.note, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(
                    " FROM survey_stat x JOIN source s ON s.id = x.source_id"
                    " ORDER BY x.survey, x.question, x.percent IS NULL, x.percent DESC, x.id"),
            error))
        return rows;
    while (q.next()) {
        SurveyStatRow r;
        r.id = q.value(0).toLongLong();
        r.survey = q.value(1).toString();
        r.question = q.value(2).toString();
        r.answer = q.value(3).toString();
        r.percent = optionalDouble(q.value(4));
        r.respondents = optionalInt(q.value(5));
        const auto rank = optionalInt(q.value(6));
        if (rank)
            r.rank = int(*rank);
        r.note = q.value(7).toString();
        r.provenance = readProvenance(q, 8);
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
