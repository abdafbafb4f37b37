#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Value types the data layer hands to the rest of the application. Plain data, cheap to
// copy, no SQL and no Qt object model.

namespace TrendScope {

// What kind of thing a row or a chart element stands for; with an id it names one entity
// across all views (focus, highlighting, details).
enum class EntityKind
{
    None,
    Model,
    Organization,
    Technology,
    FundingCompany,
    FundingTotal,
    Policy,
    PriceCut,
    Event,
    LeaderboardEntry,
    Trend, // a forecast a report numbers among its trends (schema 6); the last kind
};

struct EntityRef
{
    EntityKind kind = EntityKind::None;
    qint64 id = 0;

    bool isValid() const { return kind != EntityKind::None; }
    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const EntityRef &a, const EntityRef &b) { return !(a == b); }
};

// Where a fact comes from.
struct Provenance
{
    QString source; // report title
    QString sourceCode;
    QString section; // section, figure or table title in the report
    QString status; // stated | derived | editor
    QString formula; // for derived facts
    QString quote; // the report's own words
    qint64 editionId = 0; // the edition of the source the row belongs to (0: none recorded)
    QString edition; // its label, e.g. "2024"

    // One line for tooltips and the details panel.
    QString summary() const;
};

struct LeaderboardRow
{
    qint64 entryId = 0;
    qint64 modelId = 0;
    qint64 organizationId = 0; // the organization's group (see schema 003), for linking
    QString model; // as the report writes it
    QString modelEn;
    bool modelEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString organization; // as the report writes it
    QString organizationEn;
    bool organizationEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString organizationGroup; // the group's name, for the organization filter
    QString organizationGroupEn; // the group's English name
    QString benchmark;
    QString snapshot; // ISO date with its own precision, e.g. "2024-04"
    std::optional<double> score;
    int rank = 0; // derived from score within the snapshot
    Provenance provenance;
};

using LeaderboardRows = QList<LeaderboardRow>;

// One fact about an entity, ready to show. An empty value means the reports do not state it.
struct Fact
{
    QString label;
    QString value;
    QString provenance; // set when the fact comes from another row than the entity's own
    bool isDate = false; // the value is an ISO date, written for people by the widgets layer
    // The same value with the English name where the value names something that has one (a
    // stage); empty otherwise. The Names setting chooses which the panel shows.
    QString valueEn {};
};

struct RelatedEntity
{
    EntityRef entity;
    QString label; // "Model: 文心一言"
    QString labelEn {}; // "Model: ERNIE Bot" when the row has an English name; else empty
};

// Everything the details panel shows about one focused entity.
struct EntityDetails
{
    EntityRef entity;
    QString kind; // "Model", "Organization", ...
    QString title;
    // A row without a name of its own is headed by what it is about and when: the when's
    // ISO date (any precision) is kept apart from the title, for the screen to write it in
    // the interface language after " · " ("阿里云 · 2024年2月29日"); empty when none.
    QString titleDate;
    // The entity's English name when the title is its name and it has one (issue 17: the
    // panel heads it by the name the Names setting puts first), and whether that English
    // name is the dataset's own, not the report's (schema 6).
    QString titleEn;
    bool titleEnIsDatasets = false;
    QList<Fact> facts;
    std::optional<Provenance> provenance; // entities without their own source have none
    QList<RelatedEntity> related;
};

// One edition (issue) of a source report: what every fact row belongs to (schema 5).
struct EditionInfo
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceCode;
    QString label; // the dataset's short name, e.g. "2024"
    QString title; // as the edition writes it; empty when it states none
    QString publisher;
    QString published; // ISO date of any precision
    QString periodStart; // the period it covers, when stated
    QString periodEnd;
};

// A source report, for the source filter, with its editions in order of id.
struct SourceInfo
{
    QString code;
    QString title;
    QString titleEn;
    QString publisher;
    QString published;
    QString file;
    QList<EditionInfo> editions;
};

// Every edition of every source, sources in order.
QList<EditionInfo> allEditions(const QList<SourceInfo> &sources);
// The edition `id` among `sources`, or nullptr.
const EditionInfo *findEdition(const QList<SourceInfo> &sources, qint64 id);

// A stage of the technology maturity curve, as the report names it, in curve order.
struct MaturityStage
{
    QString name;
    QString nameEn;
    int ordinal = 0;
    bool nameEnIsDatasets = false; // the dataset's own English name (schema 6)
};

using MaturityStages = QList<MaturityStage>;

// Where one technology sits on one year's maturity curve.
struct MaturityPosition
{
    qint64 positionId = 0;
    qint64 technologyId = 0;
    QString technology;
    QString technologyEn;
    bool technologyEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString domain; // empty when not stated
    int curveYear = 0;
    QString stage;
    QString stageEn;
    bool stageEnIsDatasets = false; // the dataset's own English name (schema 6)
    int stageOrdinal = 0;
    bool isNew = false; // the report marks it new on this curve
    QString note;
    Provenance provenance;
};

using MaturityPositions = QList<MaturityPosition>;

// One row of funding_total: a domain's funding in a period, possibly as a share of another.
struct FundingTotalRow
{
    qint64 id = 0;
    QString periodStart;
    QString periodEnd;
    QString domain;
    QString parentDomain; // empty for a top-level total
    std::optional<double> amountYuan;
    std::optional<int> events;
    std::optional<double> sharePercent; // 0-100, of `shareOf`
    QString shareOf;
    Provenance provenance;
};

using FundingTotalRows = QList<FundingTotalRow>;

// One row of funding_company: a company's funding in a period (e.g. a TOP10 table).
struct FundingCompanyRow
{
    qint64 id = 0;
    qint64 organizationId = 0; // the organization's group (schema 003), for linking
    QString organization;
    QString organizationEn;
    bool organizationEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString period;
    std::optional<int> listRank;
    QString direction;
    QString round;
    std::optional<double> amountYuan;
    QString amountText; // as the report writes it
    Provenance provenance;
};

using FundingCompanyRows = QList<FundingCompanyRow>;

// One slice of a funding donut. Built from funding rows by buildFundingShares(); a slice
// either restates a fact or is derived from stated ones (provenance.status says which).
struct FundingShare
{
    enum class Ring
    {
        Outer,
        Inner
    };

    QString chartKey; // which donut the slice belongs to
    QString chartTitle;
    QString label;
    QString group; // companies: the direction or round they are grouped by
    Ring ring = Ring::Outer; // inner ring: group totals around the companies
    std::optional<double> percent; // 0-100 of the donut's whole
    std::optional<double> amountYuan;
    QString amountFormula; // set when the amount is estimated as share × total (shown "≈")
    bool remainder = false; // "Other": 100 minus the stated shares
    EntityRef entity; // FundingTotal row, FundingCompany row, or none
    QString domain; // domain slices: the domain's name
    QString organization; // company slices
    QString organizationEn; // company slices: the dataset's English name, when it has one
    bool organizationEnIsDatasets = false; // the dataset's own English name (schema 6)
    qint64 organizationId = 0; // company slices: the company's group (schema 003)
    QString period; // ISO date of the period's start
    Provenance provenance;

    bool isDerived() const { return provenance.status == QLatin1String("derived"); }
};

using FundingShares = QList<FundingShare>;

// One announced cloud price cut of one vendor (table price_cut).
struct PriceCutRow
{
    qint64 id = 0;
    qint64 organizationId = 0; // the organization's group (schema 003), for linking
    QString vendor;
    QString vendorEn;
    bool vendorEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString announced; // ISO date with its own precision; empty when not stated
    QString effective; // ditto
    QString products;
    std::optional<double> minPercent;
    std::optional<double> maxPercent;
    QString note;
    Provenance provenance;
};

using PriceCutRows = QList<PriceCutRow>;

// A dated item of the policy / event timeline: a policy document or an event.
struct TimelineRow
{
    enum class Kind
    {
        Policy,
        Event,
        Trend // a report's numbered forecast: its number and title, dated by its horizon
    };

    Kind kind = Kind::Policy;
    qint64 id = 0;
    QString date; // ISO date with its own precision; empty when not stated
    QString title;
    QString category; // as the dataset writes it, e.g. "ai", "hot_news"
    QString issuer; // policies: the issuing body; empty when not stated
    QString region;
    qint64 organizationId = 0; // events: the named organization's group (schema 003); 0 if none
    QString organization;
    QString organizationEn;
    bool organizationEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString summary;
    Provenance provenance;
};

using TimelineRows = QList<TimelineRow>;

// A model's training run as the reports state it (table training_run).
struct TrainingRunRow
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 organizationId = 0; // the organization's group (schema 003), for linking
    QString model; // as the report writes it
    QString modelEn;
    bool modelEnIsDatasets = false; // the dataset's own English name (schema 6)
    QString organization;
    QString organizationEn;
    bool organizationEnIsDatasets = false; // the dataset's own English name (schema 6)
    std::optional<double> parameters;
    std::optional<double> tokens;
    std::optional<double> days;
    std::optional<qint64> gpus;
    QString gpuType;
    QString note;
    Provenance provenance;

    // Training compute by the usual estimate 6 × parameters × tokens, in FLOPs; nullopt
    // unless both are stated.
    std::optional<double> computeFlops() const;
};

using TrainingRunRows = QList<TrainingRunRow>;

// One answer of one survey question (table survey_stat).
struct SurveyStatRow
{
    qint64 id = 0;
    QString survey;
    QString question;
    QString answer;
    std::optional<double> percent;
    std::optional<qint64> respondents;
    std::optional<int> rank;
    QString note;
    Provenance provenance;
};

using SurveyStatRows = QList<SurveyStatRow>;

} // namespace TrendScope

Q_DECLARE_METATYPE(TrendScope::EntityRef)
