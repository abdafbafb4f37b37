#include "queries.h"

#include "database.h"
#include "readsnapshot.h"
#include "schemacontract.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
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

// Reads those six columns starting at `first`.
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

QString Queries::leaderboardSql()
{
    return QStringLiteral(
        "SELECT e.id, m.id, COALESCE(g.id, o.id), m.name, o.name, o.name_en, COALESCE(g.name, o.name),"
        "       l.benchmark, l.snapshot, e.score,"
        "       RANK() OVER (PARTITION BY e.leaderboard_id ORDER BY e.score DESC),"
        "       s.title, s.code, e.section, e.status, e.formula, e.quote"
        " FROM leaderboard_entry e"
        " JOIN leaderboard l ON l.id = e.leaderboard_id"
        " JOIN model m ON m.id = e.model_id"
        " LEFT JOIN organization o ON o.id = m.organization_id"
        " LEFT JOIN organization g ON g.id = o.parent_id"
        " JOIN source s ON s.id = e.source_id"
        " ORDER BY l.snapshot DESC, l.benchmark, e.score DESC, m.name");
}

LeaderboardRows Queries::leaderboard(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(leaderboardSql());
    LeaderboardRows rows;
    if (!ok) {
        reportError(q, error);
        return rows;
    }
    // Names, snapshots and provenance repeat across thousands of rows: one shared copy each
    // keeps a large leaderboard's memory to its distinct strings.
    QSet<QString> strings;
    auto shared = [&strings](const QVariant &value) {
        QString text = value.toString();
        if (text.isEmpty())
            return text;
        const auto it = strings.constFind(text);
        if (it != strings.cend())
            return *it;
        strings.insert(text);
        return text;
    };
    while (q.next()) {
        LeaderboardRow r;
        r.entryId = q.value(0).toLongLong();
        r.modelId = q.value(1).toLongLong();
        r.organizationId = q.value(2).toLongLong();
        r.model = shared(q.value(3));
        r.organization = shared(q.value(4));
        r.organizationEn = shared(q.value(5));
        r.organizationGroup = shared(q.value(6));
        r.benchmark = shared(q.value(7));
        r.snapshot = shared(q.value(8));
        r.score = optionalDouble(q.value(9));
        r.rank = q.value(10).toInt();
        r.provenance.source = shared(q.value(11));
        r.provenance.sourceCode = shared(q.value(12));
        r.provenance.section = shared(q.value(13));
        r.provenance.status = shared(q.value(14));
        r.provenance.formula = q.value(15).toString();
        r.provenance.quote = q.value(16).toString();
        rows.append(r);
    }
    return rows;
}

QString Queries::maturityStagesSql()
{
    return QStringLiteral("SELECT name, name_en, ordinal FROM maturity_stage ORDER BY ordinal");
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
        stages.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return stages;
}

QString Queries::maturityPositionsSql()
{
    return QStringLiteral(
        "SELECT p.id, t.id, t.name, t.name_en, t.domain, p.curve_year, st.name, st.name_en,"
        "       st.ordinal, p.is_new, p.note,"
        "       s.title, s.code, p.section, p.status, p.formula, p.quote"
        " FROM maturity_position p"
        " JOIN technology t ON t.id = p.technology_id"
        " JOIN maturity_stage st ON st.name = p.stage"
        " JOIN source s ON s.id = p.source_id"
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
        r.provenance = readProvenance(q, 11);
        rows.append(r);
    }
    return rows;
}

QString Queries::fundingTotalsSql()
{
    return QStringLiteral(
        "SELECT f.id, f.period_start, f.period_end, f.domain, f.parent_domain, f.amount_yuan,"
        "       f.events, f.share_percent, f.share_of,"
        "       s.title, s.code, f.section, f.status, f.formula, f.quote"
        " FROM funding_total f"
        " JOIN source s ON s.id = f.source_id"
        " ORDER BY f.period_start, f.period_end, f.parent_domain IS NOT NULL, f.share_percent DESC, f.id");
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
        rows.append(r);
    }
    return rows;
}

QString Queries::fundingCompaniesSql()
{
    return QStringLiteral(
        "SELECT c.id, COALESCE(o.parent_id, o.id), o.name, o.name_en, c.period, c.list_rank, c.direction, c.round,"
        "       c.amount_yuan, c.amount_text,"
        "       s.title, s.code, c.section, c.status, c.formula, c.quote"
        " FROM funding_company c"
        " JOIN organization o ON o.id = c.organization_id"
        " JOIN source s ON s.id = c.source_id"
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
        r.provenance = readProvenance(q, 10);
        rows.append(r);
    }
    return rows;
}

QString Queries::priceCutsSql()
{
    return QStringLiteral(
                "SELECT p.id, COALESCE(o.parent_id, o.id), o.name, o.name_en, p.announced, p.effective, p.products,"
                "       p.min_percent, p.max_percent, p.note, ")
                + provenanceColumns(QStringLiteral("p"))
                + QStringLiteral(" FROM price_cut p"
                                 " JOIN organization o ON o.id = p.organization_id"
                                 " JOIN source s ON s.id = p.source_id"
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
        r.provenance = readProvenance(q, 10);
        rows.append(r);
    }
    return rows;
}

QString Queries::timelineSql()
{
    return QStringLiteral(
                "SELECT * FROM ("
                "SELECT 'policy' AS kind, x.id, x.date AS date, x.title AS title, x.category,"
                "       x.issuer, x.region,"
                "       NULL, NULL, NULL, x.summary, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(" FROM policy x JOIN source s ON s.id = x.source_id"
                                 " UNION ALL "
                                 "SELECT 'event', x.id, x.date, x.title, x.category, NULL, NULL,"
                                 "       COALESCE(o.parent_id, o.id), o.name, o.name_en, x.summary, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(" FROM event x JOIN source s ON s.id = x.source_id"
                                 " LEFT JOIN organization o ON o.id = x.organization_id"
                                 ") ORDER BY date IS NULL, date, kind DESC, title");
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

QString Queries::trainingRunsSql()
{
    return QStringLiteral(
                "SELECT t.id, m.id, COALESCE(o.parent_id, o.id), m.name, o.name, o.name_en, t.parameters, t.tokens,"
                "       t.days, t.gpus, t.gpu_type, t.note, ")
                + provenanceColumns(QStringLiteral("t"))
                + QStringLiteral(" FROM training_run t"
                                 " JOIN model m ON m.id = t.model_id"
                                 " LEFT JOIN organization o ON o.id = m.organization_id"
                                 " JOIN source s ON s.id = t.source_id"
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
        r.provenance = readProvenance(q, 12);
        rows.append(r);
    }
    return rows;
}

QString Queries::surveyStatsSql()
{
    return QStringLiteral(
                "SELECT x.id, x.survey, x.question, x.answer, x.percent, x.respondents, x.rank,"
                "       x.note, ")
                + provenanceColumns(QStringLiteral("x"))
                + QStringLiteral(
                    " FROM survey_stat x JOIN source s ON s.id = x.source_id"
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
        rows.append(r);
    }
    return rows;
}

QStringList Queries::exportableNames() const
{
    // The schema's own tables and views, never the file's list: a table or view someone added
    // to a file is not exported (and such a file is refused when it is opened).
    const SchemaContract *contract = SchemaContract::forVersion(m_db.schemaVersion());
    return contract ? contract->tables() + contract->views() : QStringList();
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
    // A statement stopped half-way (time limit, interrupt, a value over SQLite's length limit)
    // may fail at once or after some rows; either way the whole table failed.
    const auto failed = [&] {
        if (error)
            *error = m_db.timeLimitReached()
                ? m_db.timeLimitMessage(QStringLiteral("reading \"%1\"").arg(name))
                : QStringLiteral("reading \"%1\" failed: %2")
                      .arg(name, q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText());
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted)))
        return failed();
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
    // An error ends the loop like the last row does: never pass half a table off as all of it.
    if (q.lastError().isValid())
        return failed();
    return table;
}

std::optional<QList<Table>> Queries::tables(const QStringList &names, QString *error,
                                            const std::function<void(const QString &)> &afterEach) const
{
    const ReadSnapshot snapshot(m_db);
    if (!snapshot.isValid()) {
        if (error)
            *error = snapshot.error();
        return std::nullopt;
    }
    QList<Table> list;
    for (const QString &name : names) {
        auto table = this->table(name, error);
        if (!table)
            return std::nullopt;
        list.append(std::move(*table));
        if (afterEach)
            afterEach(name);
    }
    return list;
}

} // namespace TrendScope

namespace TrendScope {

namespace {

struct KindInfo
{
    EntityKind kind;
    const char *table;
    const char *label;
};

constexpr KindInfo kinds[] = {
    {EntityKind::Model, "model", "Model"},
    {EntityKind::Organization, "organization", "Organization"},
    {EntityKind::Technology, "technology", "Technology"},
    {EntityKind::FundingCompany, "funding_company", "Funded company"},
    {EntityKind::FundingTotal, "funding_total", "Funding figure"},
    {EntityKind::Policy, "policy", "Policy"},
    {EntityKind::PriceCut, "price_cut", "Price cut"},
    {EntityKind::Event, "event", "Event"},
    {EntityKind::LeaderboardEntry, "leaderboard_entry", "Leaderboard entry"},
};

const KindInfo *kindInfo(EntityKind kind)
{
    for (const KindInfo &info : kinds)
        if (info.kind == kind)
            return &info;
    return nullptr;
}

// Columns shown as provenance, not as facts.
bool isProvenanceColumn(const QString &c)
{
    static const QStringList names{QStringLiteral("source_id"), QStringLiteral("section"),
                                   QStringLiteral("status"), QStringLiteral("formula"),
                                   QStringLiteral("quote")};
    return names.contains(c);
}

QString humanLabel(const QString &column)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("name"), QStringLiteral("Name")},
        {QStringLiteral("name_en"), QStringLiteral("English name")},
        {QStringLiteral("amount_yuan"), QStringLiteral("Amount")},
        {QStringLiteral("share_percent"), QStringLiteral("Share")},
        {QStringLiteral("min_percent"), QStringLiteral("Smallest cut")},
        {QStringLiteral("max_percent"), QStringLiteral("Largest cut")},
        {QStringLiteral("organization_id"), QStringLiteral("Organization")},
        {QStringLiteral("model_id"), QStringLiteral("Model")},
        {QStringLiteral("technology_id"), QStringLiteral("Technology")},
        {QStringLiteral("leaderboard_id"), QStringLiteral("Leaderboard")},
        {QStringLiteral("parent_id"), QStringLiteral("Part of")},
        {QStringLiteral("list_rank"), QStringLiteral("Rank in list")},
        {QStringLiteral("is_new"), QStringLiteral("New on this curve")},
        {QStringLiteral("hq"), QStringLiteral("Headquarters")},
        {QStringLiteral("gpus"), QStringLiteral("GPUs")},
        {QStringLiteral("gpu_type"), QStringLiteral("GPU type")},
    };
    if (const auto it = labels.constFind(column); it != labels.cend())
        return *it;
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString formatValue(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    if (column == QLatin1String("amount_yuan"))
        return QStringLiteral("%1 亿元").arg(locale.toString(value.toDouble() / 1e8, 'f', 2));
    if (column.endsWith(QLatin1String("percent")))
        return locale.toString(value.toDouble(), 'g', 6) + QStringLiteral(" %");
    if (column == QLatin1String("is_new"))
        return value.toInt() ? QStringLiteral("yes") : QStringLiteral("no");
    if (column == QLatin1String("parameters") || column == QLatin1String("tokens"))
        return locale.toString(value.toDouble(), 'g', 4);
    if (value.typeId() == QMetaType::Double)
        return locale.toString(value.toDouble(), 'g', 10);
    return value.toString();
}

} // namespace

QList<SourceInfo> Queries::sources() const
{
    QList<SourceInfo> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, title, title_en, publisher, published, file FROM source ORDER BY id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString()});
    return list;
}

std::optional<EntityDetails> Queries::details(EntityRef entity) const
{
    const KindInfo *info = kindInfo(entity.kind);
    if (!info)
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(info->table)));
    q.addBindValue(entity.id);
    if (!q.exec() || !q.next())
        return std::nullopt;

    EntityDetails details;
    details.entity = entity;
    details.kind = QLatin1String(info->label);
    const QSqlRecord record = q.record();
    auto value = [&](const char *column) { return q.value(QLatin1String(column)); };

    // Foreign keys read as names.
    auto nameOf = [this](const QString &sql, const QVariant &id) -> QString {
        if (id.isNull())
            return {};
        QSqlQuery lookup(m_db.connection());
        lookup.prepare(sql);
        lookup.addBindValue(id);
        return lookup.exec() && lookup.next() ? lookup.value(0).toString() : QString();
    };
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        if (column == QLatin1String("id") || isProvenanceColumn(column))
            continue;
        const QVariant v = q.value(i);
        QString text;
        if (column == QLatin1String("organization_id") || column == QLatin1String("parent_id"))
            text = nameOf(QStringLiteral("SELECT name FROM organization WHERE id = ?"), v);
        else if (column == QLatin1String("model_id"))
            text = nameOf(QStringLiteral("SELECT name FROM model WHERE id = ?"), v);
        else if (column == QLatin1String("technology_id"))
            text = nameOf(QStringLiteral("SELECT name FROM technology WHERE id = ?"), v);
        else if (column == QLatin1String("leaderboard_id"))
            text = nameOf(QStringLiteral("SELECT benchmark || ' ' || snapshot FROM leaderboard WHERE id = ?"), v);
        else
            text = formatValue(column, v);
        details.facts.append({humanLabel(column), text, {}});
    }
    for (const char *titleColumn : {"name", "title", "domain"}) {
        if (record.contains(QLatin1String(titleColumn)) && !value(titleColumn).toString().isEmpty()) {
            details.title = value(titleColumn).toString();
            break;
        }
    }
    if (details.title.isEmpty())
        details.title = details.kind + QLatin1Char(' ') + QString::number(entity.id);

    if (record.contains(QStringLiteral("source_id"))) {
        Provenance p;
        QSqlQuery source(m_db.connection());
        source.prepare(QStringLiteral("SELECT title, code FROM source WHERE id = ?"));
        source.addBindValue(value("source_id"));
        if (source.exec() && source.next()) {
            p.source = source.value(0).toString();
            p.sourceCode = source.value(1).toString();
        }
        p.section = value("section").toString();
        p.status = value("status").toString();
        p.formula = value("formula").toString();
        p.quote = value("quote").toString();
        details.provenance = p;
    }
    addRelated(details);
    return details;
}

void Queries::addRelated(EntityDetails &details) const
{
    const qint64 id = details.entity.id;
    // A large organization can own thousands of rows: the panel lists the first
    // MaxRelated of each kind and says how many more there are.
    constexpr int MaxRelated = 50;
    auto countMore = [&](const QString &sql, const QString &what) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (") + sql + QLatin1Char(')'));
        q.bindValue(QStringLiteral(":id"), id);
        if (q.exec() && q.next() && q.value(0).toLongLong() > MaxRelated)
            details.facts.append({QStringLiteral("Not listed"),
                                  QStringLiteral("%1 more %2").arg(q.value(0).toLongLong() - MaxRelated).arg(what),
                                  {}});
    };
    auto related = [&](EntityKind kind, const QString &sql) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql + QStringLiteral(" LIMIT %1").arg(MaxRelated + 1)); // the one placeholder, :id, is the entity's id
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return;
        int n = 0;
        while (q.next() && ++n <= MaxRelated)
            details.related.append({EntityRef{kind, q.value(0).toLongLong()}, q.value(1).toString()});
        if (n > MaxRelated)
            countMore(sql, QStringLiteral("related rows (%1)").arg(QLatin1String(kindInfo(kind)->label)));
    };
    auto facts = [&](const QString &sql) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql + QStringLiteral(" LIMIT %1").arg(MaxRelated + 1));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return;
        int n = 0;
        while (q.next() && ++n <= MaxRelated)
            details.facts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        if (n > MaxRelated)
            countMore(sql, QStringLiteral("facts"));
    };
    // Rows of an organization's whole group (schema 003) belong to it.
    const QString inGroup = QStringLiteral(
        " IN (SELECT id FROM organization WHERE id = :id OR parent_id = :id"
        "     OR id = (SELECT parent_id FROM organization WHERE id = :id)"
        "     OR parent_id = (SELECT parent_id FROM organization WHERE id = :id))");

    switch (details.entity.kind) {
    case EntityKind::Organization:
        related(EntityKind::Organization,
                QStringLiteral("SELECT id, 'Organization: ' || name FROM organization WHERE id <> :id AND id")
                    + inGroup);
        related(EntityKind::Model, QStringLiteral("SELECT id, 'Model: ' || name FROM model WHERE organization_id") + inGroup);
        related(EntityKind::FundingCompany,
                QStringLiteral("SELECT id, 'Funding ' || period || ': ' || COALESCE(round, '') || ' '"
                               " || COALESCE(amount_text, '') FROM funding_company WHERE organization_id")
                    + inGroup);
        related(EntityKind::PriceCut,
                QStringLiteral("SELECT id, 'Price cut ' || COALESCE(announced, '') FROM price_cut WHERE organization_id")
                    + inGroup);
        related(EntityKind::Event,
                QStringLiteral("SELECT id, 'Event ' || COALESCE(date, '') || ': ' || title FROM event WHERE organization_id")
                    + inGroup);
        break;
    case EntityKind::Model:
        facts(QStringLiteral(
            "SELECT l.benchmark || ' ' || l.snapshot, printf('%.2f (rank %d of %d)', e.score,"
            "  (SELECT COUNT(*) + 1 FROM leaderboard_entry x WHERE x.leaderboard_id = e.leaderboard_id AND x.score > e.score),"
            "  (SELECT COUNT(*) FROM leaderboard_entry x WHERE x.leaderboard_id = e.leaderboard_id)),"
            "  s.title || ' · ' || e.section"
            " FROM leaderboard_entry e JOIN leaderboard l ON l.id = e.leaderboard_id JOIN source s ON s.id = e.source_id"
            " WHERE e.model_id = :id AND e.score IS NOT NULL ORDER BY l.snapshot"));
        facts(QStringLiteral(
            "SELECT 'Training run', printf('%s parameters, %s tokens, %s days, %s GPUs %s',"
            "  COALESCE(printf('%.3g', parameters), 'not stated'), COALESCE(printf('%.3g', tokens), 'not stated'),"
            "  COALESCE(days, 'not stated'), COALESCE(gpus, 'not stated'), COALESCE(gpu_type, '')),"
            "  s.title || ' · ' || t.section"
            " FROM training_run t JOIN source s ON s.id = t.source_id WHERE t.model_id = :id"));
        related(EntityKind::Organization,
                QStringLiteral("SELECT COALESCE(o.parent_id, o.id), 'Organization: ' || COALESCE(p.name, o.name)"
                               " FROM model m JOIN organization o ON o.id = m.organization_id"
                               " LEFT JOIN organization p ON p.id = o.parent_id WHERE m.id = :id"));
        break;
    case EntityKind::Technology:
        facts(QStringLiteral(
            "SELECT 'Curve ' || p.curve_year, p.stage || CASE WHEN p.is_new THEN ' (new)' ELSE '' END,"
            "  s.title || ' · ' || p.section"
            " FROM maturity_position p JOIN source s ON s.id = p.source_id WHERE p.technology_id = :id"
            " ORDER BY p.curve_year"));
        break;
    case EntityKind::FundingCompany:
    case EntityKind::PriceCut:
    case EntityKind::Event:
        related(EntityKind::Organization,
                QStringLiteral("SELECT o.id, 'Organization: ' || o.name FROM %1 t JOIN organization o"
                               " ON o.id = t.organization_id WHERE t.id = :id")
                    .arg(QLatin1String(kindInfo(details.entity.kind)->table)));
        break;
    default:
        break;
    }
}

} // namespace TrendScope
