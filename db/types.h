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
enum class EntityKind {
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
    QString source;    // report title
    QString sourceCode;
    QString section;   // section, figure or table title in the report
    QString status;    // stated | derived | editor
    QString formula;   // for derived facts
    QString quote;     // the report's own words

    // One line for tooltips and the details panel.
    QString summary() const;
};

struct LeaderboardRow
{
    qint64 entryId = 0;
    qint64 modelId = 0;
    qint64 organizationId = 0;
    QString model;
    QString organization;
    QString organizationEn;
    QString benchmark;
    QString snapshot;         // ISO date with its own precision, e.g. "2024-04"
    std::optional<double> score;
    int rank = 0;             // derived from score within the snapshot
    Provenance provenance;
};

using LeaderboardRows = QList<LeaderboardRow>;

// One announced cloud price cut of one vendor (table price_cut).
struct PriceCutRow
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString vendor;
    QString vendorEn;
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
        Event
    };

    Kind kind = Kind::Policy;
    qint64 id = 0;
    QString date; // ISO date with its own precision; empty when not stated
    QString title;
    QString category; // as the dataset writes it, e.g. "ai", "hot_news"
    QString issuer; // policies: the issuing body; empty when not stated
    QString region;
    qint64 organizationId = 0; // events: the organization the report names, 0 if none
    QString organization;
    QString organizationEn;
    QString summary;
    Provenance provenance;
};

using TimelineRows = QList<TimelineRow>;

// A model's training run as the reports state it (table training_run).
struct TrainingRunRow
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 organizationId = 0;
    QString model;
    QString organization;
    QString organizationEn;
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
