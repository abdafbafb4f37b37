#include "queries.h"

#include "database.h"
#include "inferred.h"
#include "rowcursor.h"

#include <QHash>

#include <optional>
#include <utility>

namespace TrendScope {

namespace {

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
// name, which the reports never write (schema 6, db/dataset/910_dataset_names.sql). Each
// distinct text is parsed once, not once per row.
class DatasetsEnglish
{
public:
    bool operator()(const QString &inferred)
    {
        if (inferred.isEmpty())
            return false;
        const auto known = m_known.constFind(inferred);
        if (known != m_known.cend())
            return *known;
        return *m_known.insert(
            inferred, parseInferred(inferred).contains(QStringLiteral("name_en")));
    }

private:
    QHash<QString, bool> m_known;
};

// Reads those eight columns starting at `first`.
Provenance readProvenance(RowCursor &q, int first)
{
    Provenance p;
    p.source = q.shared(first);
    p.sourceCode = q.shared(first + 1);
    p.section = q.shared(first + 2);
    p.status = q.shared(first + 3);
    p.formula = q.text(first + 4);
    p.quote = q.text(first + 5);
    p.editionId = q.integer(first + 6);
    p.edition = q.shared(first + 7);
    return p;
}

// The rows `read` makes of each of `q`'s, or none and the error when a step fails.
template <typename Rows, typename Read> Rows readAll(RowCursor &q, QString *error, Read read)
{
    Rows rows;
    while (q.next())
        rows.append(read());
    if (!q.error().isEmpty()) {
        if (error)
            *error = q.error();
        rows.clear();
    }
    return rows;
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
        "       l.benchmark, l.snapshot, e.score, e.leaderboard_id, o.inferred,"
        "       s.title, s.code, e.section, e.status, e.formula, e.quote, e.edition_id, ed.label,"
        "       m.name_en, m.inferred, CASE WHEN g.id IS NULL THEN o.name_en ELSE g.name_en END"
        " FROM leaderboard_entry e"
        " JOIN leaderboard l ON l.id = e.leaderboard_id"
        " JOIN model m ON m.id = e.model_id"
        " LEFT JOIN organization o ON o.id = m.organization_id"
        " LEFT JOIN organization g ON g.id = o.parent_id"
        " JOIN source s ON s.id = e.source_id LEFT JOIN edition ed ON ed.id = e.edition_id"
        " ORDER BY l.snapshot DESC, l.benchmark, e.score DESC NULLS LAST, m.name");
}

LeaderboardRows Queries::leaderboard(QString *error) const
{
    // The largest table: each repeated text (names, snapshots, provenance) one shared copy,
    // so a large leaderboard's memory is its distinct strings.
    RowCursor q(m_db, leaderboardSql());
    DatasetsEnglish isDatasets;
    // Each row's rank in its leaderboard, as RANK() OVER (PARTITION BY leaderboard ORDER BY
    // score DESC NULLS LAST) gives it: a leaderboard is one (benchmark, snapshot), so its rows
    // come together, best score first, and equal scores share the rank of the first of them.
    // Counted here rather than by the window function, which sorted every row once more
    // (3 of the statement's 7.5 s on a million rows, PERFORMANCE.md).
    qint64 board = -1;
    int position = 0;
    int rank = 0;
    std::optional<double> previous;
    return readAll<LeaderboardRows>(q, error, [&] {
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
        if (const qint64 id = q.integer(10); id != board) {
            board = id;
            position = 0;
        }
        if (++position == 1 || r.score != previous)
            rank = position;
        previous = r.score;
        r.rank = rank;
        r.organizationEnIsDatasets = isDatasets(q.shared(11));
        r.provenance = readProvenance(q, 12);
        r.modelEn = q.shared(20);
        r.modelEnIsDatasets = isDatasets(q.shared(21));
        r.organizationGroupEn = q.shared(22);
        return r;
    });
}

QString Queries::maturityStagesSql()
{
    return QStringLiteral(
        "SELECT name, name_en, ordinal, inferred FROM maturity_stage ORDER BY ordinal");
}

MaturityStages Queries::maturityStages(QString *error) const
{
    RowCursor q(m_db, maturityStagesSql());
    DatasetsEnglish isDatasets;
    return readAll<MaturityStages>(q, error, [&] {
        return MaturityStage {q.text(0), q.text(1), int(q.integer(2)), isDatasets(q.shared(3))};
    });
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
    RowCursor q(m_db, maturityPositionsSql());
    DatasetsEnglish isDatasets;
    return readAll<MaturityPositions>(q, error, [&] {
        MaturityPosition r;
        r.positionId = q.integer(0);
        r.technologyId = q.integer(1);
        r.technology = q.shared(2);
        r.technologyEn = q.shared(3);
        r.domain = q.shared(4);
        r.curveYear = int(q.integer(5));
        r.stage = q.shared(6);
        r.stageEn = q.shared(7);
        r.stageOrdinal = int(q.integer(8));
        r.isNew = q.integer(9) != 0;
        r.note = q.text(10);
        r.technologyEnIsDatasets = isDatasets(q.shared(11));
        r.stageEnIsDatasets = isDatasets(q.shared(12));
        r.provenance = readProvenance(q, 13);
        return r;
    });
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
    RowCursor q(m_db, fundingTotalsSql());
    return readAll<FundingTotalRows>(q, error, [&] {
        FundingTotalRow r;
        r.id = q.integer(0);
        r.periodStart = q.shared(1);
        r.periodEnd = q.shared(2);
        r.domain = q.shared(3);
        r.parentDomain = q.shared(4);
        r.amountYuan = q.real(5);
        r.events = q.optionalInteger(6);
        r.sharePercent = q.real(7);
        r.shareOf = q.shared(8);
        r.provenance = readProvenance(q, 9);
        return r;
    });
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
    RowCursor q(m_db, fundingCompaniesSql());
    DatasetsEnglish isDatasets;
    return readAll<FundingCompanyRows>(q, error, [&] {
        FundingCompanyRow r;
        r.id = q.integer(0);
        r.organizationId = q.integer(1);
        r.organization = q.shared(2);
        r.organizationEn = q.shared(3);
        r.period = q.shared(4);
        r.listRank = q.optionalInteger(5);
        r.direction = q.shared(6);
        r.round = q.shared(7);
        r.amountYuan = q.real(8);
        r.amountText = q.text(9);
        r.organizationEnIsDatasets = isDatasets(q.shared(10));
        r.provenance = readProvenance(q, 11);
        return r;
    });
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
    RowCursor q(m_db, priceCutsSql());
    DatasetsEnglish isDatasets;
    return readAll<PriceCutRows>(q, error, [&] {
        PriceCutRow r;
        r.id = q.integer(0);
        r.organizationId = q.integer(1);
        r.vendor = q.shared(2);
        r.vendorEn = q.shared(3);
        r.announced = q.shared(4);
        r.effective = q.shared(5);
        r.products = q.shared(6);
        r.minPercent = q.real(7);
        r.maxPercent = q.real(8);
        r.note = q.text(9);
        r.vendorEnIsDatasets = isDatasets(q.shared(10));
        r.provenance = readProvenance(q, 11);
        return r;
    });
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
    // One statement for all kinds so that they come out in one date order.
    RowCursor q(m_db, timelineSql());
    DatasetsEnglish isDatasets;
    return readAll<TimelineRows>(q, error, [&] {
        TimelineRow r;
        const QString kind = q.shared(0);
        r.kind = kind == QLatin1String("policy") ? TimelineRow::Kind::Policy
            : kind == QLatin1String("trend")     ? TimelineRow::Kind::Trend
                                                 : TimelineRow::Kind::Event;
        r.id = q.integer(1);
        r.date = q.shared(2);
        r.title = q.text(3);
        r.category = q.shared(4);
        r.issuer = q.shared(5);
        r.region = q.shared(6);
        r.organizationId = q.integer(7);
        r.organization = q.shared(8);
        r.organizationEn = q.shared(9);
        r.organizationEnIsDatasets = isDatasets(q.shared(10));
        r.summary = q.text(11);
        r.provenance = readProvenance(q, 12);
        return r;
    });
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
    RowCursor q(m_db, trainingRunsSql());
    DatasetsEnglish isDatasets;
    return readAll<TrainingRunRows>(q, error, [&] {
        TrainingRunRow r;
        r.id = q.integer(0);
        r.modelId = q.integer(1);
        r.organizationId = q.integer(2);
        r.model = q.shared(3);
        r.organization = q.shared(4);
        r.organizationEn = q.shared(5);
        r.parameters = q.real(6);
        r.tokens = q.real(7);
        r.days = q.real(8);
        r.gpus = q.optionalInteger(9);
        r.gpuType = q.shared(10);
        r.note = q.text(11);
        r.organizationEnIsDatasets = isDatasets(q.shared(12));
        r.provenance = readProvenance(q, 13);
        r.modelEn = q.shared(21);
        r.modelEnIsDatasets = isDatasets(q.shared(22));
        return r;
    });
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
    RowCursor q(m_db, surveyStatsSql());
    return readAll<SurveyStatRows>(q, error, [&] {
        SurveyStatRow r;
        r.id = q.integer(0);
        r.survey = q.shared(1);
        r.question = q.shared(2);
        r.answer = q.shared(3);
        r.percent = q.real(4);
        r.respondents = q.optionalInteger(5);
        if (const auto rank = q.optionalInteger(6))
            r.rank = int(*rank);
        r.note = q.text(7);
        r.provenance = readProvenance(q, 8);
        return r;
    });
}

} // namespace TrendScope
