#include "queries.h"

#include "database.h"
#include "inferred.h"
#include "rowcursor.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

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

// The eight provenance columns every fact query selects last, in this order:
// source title, source code, section, status, formula, quote, edition id, edition label.
// The source title is named apart: a query ordering by its own "title" must not be ambiguous
// (PostgreSQL refuses what SQLite resolves to the first such column).
constexpr auto ProvenanceColumns = "s.title AS source_title, s.code, %1.section, %1.status, "
                                   "%1.formula, %1.quote, %1.edition_id, ed.label";

QString provenanceColumns(const QString &alias)
{
    return QString::fromLatin1(ProvenanceColumns).arg(alias);
}

// Whether an `inferred` column's value marks the row's name_en as the dataset's own English
// name, which the reports never write (schema 6, db/dataset/910_dataset_names.sql).
bool englishIsDatasets(const QVariant &inferred)
{
    const QString text = inferred.toString();
    return !text.isEmpty() && parseInferred(text).contains(QStringLiteral("name_en"));
}

// Reads those eight columns starting at `first`.
Provenance readProvenance(const QSqlQuery &q, int first)
{
    Provenance p;
    p.source = q.value(first).toString();
    p.sourceCode = q.value(first + 1).toString();
    p.section = q.value(first + 2).toString();
    p.status = q.value(first + 3).toString();
    p.formula = q.value(first + 4).toString();
    p.quote = q.value(first + 5).toString();
    p.editionId = q.value(first + 6).toLongLong();
    p.edition = q.value(first + 7).toString();
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
{ }

QString Queries::leaderboardSql()
{
    return QStringLiteral(
        "SELECT e.id, m.id, COALESCE(g.id, o.id), m.name, o.name, o.name_en, COALESCE(g.name, "
        "o.name),"
        "       l.benchmark, l.snapshot, e.score,"
        "       RANK() OVER (PARTITION BY e.leaderboard_id ORDER BY e.score DESC), o.inferred,"
        "       s.title, s.code, e.section, e.status, e.formula, e.quote, e.edition_id, ed.label,"
        "       m.name_en, m.inferred, CASE WHEN g.id IS NULL THEN o.name_en ELSE g.name_en END"
        " FROM leaderboard_entry e"
        " JOIN leaderboard l ON l.id = e.leaderboard_id"
        " JOIN model m ON m.id = e.model_id"
        " LEFT JOIN organization o ON o.id = m.organization_id"
        " LEFT JOIN organization g ON g.id = o.parent_id"
        " JOIN source s ON s.id = e.source_id LEFT JOIN edition ed ON ed.id = e.edition_id"
        " ORDER BY l.snapshot DESC, l.benchmark, e.score DESC, m.name");
}

LeaderboardRows Queries::leaderboard(QString *error) const
{
    // The largest table: read through the C API, each repeated text (names, snapshots,
    // provenance) one shared copy, so a large leaderboard's memory is its distinct strings.
    RowCursor q(m_db, leaderboardSql());
    LeaderboardRows rows;
    QHash<QString, bool> datasetsEnglish; // an `inferred` text -> englishIsDatasets()
    const auto isDatasets = [&datasetsEnglish](const QString &inferred) {
        if (inferred.isEmpty())
            return false;
        // Parsed once per distinct text, not per row.
        const auto known = datasetsEnglish.constFind(inferred);
        return known != datasetsEnglish.cend()
            ? *known
            : *datasetsEnglish.insert(inferred, englishIsDatasets(inferred));
    };
    while (q.next()) {
        LeaderboardRow r;
        r.entryId = q.integer(0);
        r.modelId = q.integer(1);
        r.organizationId = q.integer(2);
        r.model = q.shared(3);
        r.organization = q.shared(4);
        r.organizationEn = q.shared(5);
        r.organizationGroup = q.shared(6);
        r.benchmark = q.shared(7);
        r.snapshot = q.shared(8);
        r.score = q.real(9);
        r.rank = int(q.integer(10));
        r.organizationEnIsDatasets = isDatasets(q.shared(11));
        r.provenance.source = q.shared(12);
        r.provenance.sourceCode = q.shared(13);
        r.provenance.section = q.shared(14);
        r.provenance.status = q.shared(15);
        r.provenance.formula = q.text(16);
        r.provenance.quote = q.text(17);
        r.provenance.editionId = q.integer(18);
        r.provenance.edition = q.shared(19);
        r.modelEn = q.shared(20);
        r.modelEnIsDatasets = isDatasets(q.shared(21));
        r.organizationGroupEn = q.shared(22);
        rows.append(std::move(r));
    }
    if (!q.error().isEmpty()) {
        if (error)
            *error = q.error();
        rows.clear();
    }
    return rows;
}

QString Queries::maturityStagesSql()
{
    return QStringLiteral(
        "SELECT name, name_en, ordinal, inferred FROM maturity_stage ORDER BY ordinal");
}

MaturityStages Queries::maturityStages(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    MaturityStages stages;
    if (!q.exec(maturityStagesSql())) {
        reportError(q, error);
        return stages;
    }
    while (q.next())
        stages.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            englishIsDatasets(q.value(3))});
    return stages;
}

QString Queries::maturityPositionsSql()
{
    return QStringLiteral(
        "SELECT p.id, t.id, t.name, t.name_en, t.domain, p.curve_year, st.name, st.name_en,"
        "       st.ordinal, p.is_new, p.note, t.inferred, st.inferred,"
        "       s.title, s.code, p.section, p.status, p.formula, p.quote, p.edition_id, ed.label"
        " FROM maturity_position p"
        " JOIN technology t ON t.id = p.technology_id"
        " JOIN maturity_stage st ON st.name = p.stage"
        " JOIN source s ON s.id = p.source_id LEFT JOIN edition ed ON ed.id = p.edition_id"
        " ORDER BY p.curve_year, st.ordinal, t.name");
}

MaturityPositions Queries::maturityPositions(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(maturityPositionsSql());
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
        r.technologyEnIsDatasets = englishIsDatasets(q.value(11));
        r.stageEnIsDatasets = englishIsDatasets(q.value(12));
        r.provenance = readProvenance(q, 13);
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::fundingTotalsSql()
{
    return QStringLiteral(
        "SELECT f.id, f.period_start, f.period_end, f.domain, f.parent_domain, f.amount_yuan,"
        "       f.events, f.share_percent, f.share_of,"
        "       s.title, s.code, f.section, f.status, f.formula, f.quote, f.edition_id, ed.label"
        " FROM funding_total f"
        " JOIN source s ON s.id = f.source_id LEFT JOIN edition ed ON ed.id = f.edition_id"
        " ORDER BY f.period_start, f.period_end, f.parent_domain IS NOT NULL, f.share_percent "
        "DESC, f.id");
}

FundingTotalRows Queries::fundingTotals(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(fundingTotalsSql());
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
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::fundingCompaniesSql()
{
    return QStringLiteral(
        "SELECT c.id, COALESCE(o.parent_id, o.id), o.name, o.name_en, c.period, c.list_rank, "
        "c.direction, c.round,"
        "       c.amount_yuan, c.amount_text, o.inferred,"
        "       s.title, s.code, c.section, c.status, c.formula, c.quote, c.edition_id, ed.label"
        " FROM funding_company c"
        " JOIN organization o ON o.id = c.organization_id"
        " JOIN source s ON s.id = c.source_id LEFT JOIN edition ed ON ed.id = c.edition_id"
        " ORDER BY c.period, c.list_rank IS NULL, c.list_rank, c.amount_yuan DESC, o.name");
}

FundingCompanyRows Queries::fundingCompanies(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(fundingCompaniesSql());
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
        r.organizationEnIsDatasets = englishIsDatasets(q.value(10));
        r.provenance = readProvenance(q, 11);
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::priceCutsSql()
{
    return QStringLiteral("SELECT p.id, COALESCE(o.parent_id, o.id), o.name, o.name_en, "
                          "p.announced, p.effective, p.products,"
                          "       p.min_percent, p.max_percent, p.note, o.inferred, ")
        + provenanceColumns(QStringLiteral("p"))
        + QStringLiteral(
            " FROM price_cut p"
            " JOIN organization o ON o.id = p.organization_id"
            " JOIN source s ON s.id = p.source_id LEFT JOIN edition ed ON ed.id = p.edition_id"
            " ORDER BY p.announced IS NULL, p.announced, o.name, p.id");
}

PriceCutRows Queries::priceCuts(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    PriceCutRows rows;
    if (!run(q, priceCutsSql(), error))
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
        r.vendorEnIsDatasets = englishIsDatasets(q.value(10));
        r.provenance = readProvenance(q, 11);
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::timelineSql()
{
    return QStringLiteral(
               "SELECT * FROM ("
               "SELECT 'policy' AS kind, x.id, x.date AS date, x.title AS title, x.category,"
               "       x.issuer, x.region,"
               "       NULL, NULL, NULL, NULL, x.summary, ")
        + provenanceColumns(QStringLiteral("x"))
        + QStringLiteral(
            " FROM policy x JOIN source s ON s.id = x.source_id LEFT JOIN edition ed "
            "ON ed.id = x.edition_id"
            " UNION ALL "
            "SELECT 'event', x.id, x.date, x.title, x.category, NULL, NULL,"
            "       COALESCE(o.parent_id, o.id), o.name, o.name_en, o.inferred, x.summary, ")
        + provenanceColumns(QStringLiteral("x"))
        + QStringLiteral(" FROM event x JOIN source s ON s.id = x.source_id LEFT JOIN edition ed "
                         "ON ed.id = x.edition_id"
                         " LEFT JOIN organization o ON o.id = x.organization_id"
                         " UNION ALL "
                         // A trend sits at the year it looks to; one without a stated
                         // horizon at its edition's publication (the year it was made).
                         "SELECT 'trend', x.id, COALESCE(x.horizon, ed.published), x.title,"
                         "       'trend', NULL, NULL, NULL, NULL, NULL, NULL, x.words, ")
        + provenanceColumns(QStringLiteral("x"))
        + QStringLiteral(" FROM trend x JOIN source s ON s.id = x.source_id LEFT JOIN edition ed "
                         "ON ed.id = x.edition_id"
                         ") AS timeline ORDER BY date IS NULL, date, kind DESC, title");
}

TimelineRows Queries::timeline(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    TimelineRows rows;
    // One statement for both kinds so that they come out in one date order.
    if (!run(q, timelineSql(), error))
        return rows;
    while (q.next()) {
        TimelineRow r;
        const QString kind = q.value(0).toString();
        r.kind = kind == QLatin1String("policy") ? TimelineRow::Kind::Policy
            : kind == QLatin1String("trend")     ? TimelineRow::Kind::Trend
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
        r.organizationEnIsDatasets = englishIsDatasets(q.value(10));
        r.summary = q.value(11).toString();
        r.provenance = readProvenance(q, 12);
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::trainingRunsSql()
{
    return QStringLiteral("SELECT t.id, m.id, COALESCE(o.parent_id, o.id), m.name, o.name, "
                          "o.name_en, t.parameters, t.tokens,"
                          "       t.days, t.gpus, t.gpu_type, t.note, o.inferred, ")
        + provenanceColumns(QStringLiteral("t"))
        + QStringLiteral(
            ", m.name_en, m.inferred"
            " FROM training_run t"
            " JOIN model m ON m.id = t.model_id"
            " LEFT JOIN organization o ON o.id = m.organization_id"
            " JOIN source s ON s.id = t.source_id LEFT JOIN edition ed ON ed.id = t.edition_id"
            " ORDER BY t.id");
}

TrainingRunRows Queries::trainingRuns(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    TrainingRunRows rows;
    if (!run(q, trainingRunsSql(), error))
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
        r.organizationEnIsDatasets = englishIsDatasets(q.value(12));
        r.provenance = readProvenance(q, 13);
        r.modelEn = q.value(21).toString();
        r.modelEnIsDatasets = englishIsDatasets(q.value(22));
        rows.append(std::move(r));
    }
    return rows;
}

QString Queries::surveyStatsSql()
{
    return QStringLiteral(
               "SELECT x.id, x.survey, x.question, x.answer, x.percent, x.respondents, x.rank,"
               "       x.note, ")
        + provenanceColumns(QStringLiteral("x"))
        + QStringLiteral(" FROM survey_stat x JOIN source s ON s.id = x.source_id LEFT JOIN "
                         "edition ed ON ed.id = x.edition_id"
                         " ORDER BY x.survey, x.question, x.percent IS NULL, x.percent DESC, x.id");
}

SurveyStatRows Queries::surveyStats(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    SurveyStatRows rows;
    if (!run(q, surveyStatsSql(), error))
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
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace TrendScope
