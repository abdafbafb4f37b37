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
    qint64 organizationId = 0;  // the organization's group (see schema 003), for linking
    QString model;
    QString organization;       // as the report writes it
    QString organizationEn;
    QString organizationGroup;  // the group's name, for the organization filter
    QString benchmark;
    QString snapshot;         // ISO date with its own precision, e.g. "2024-04"
    std::optional<double> score;
    int rank = 0;             // derived from score within the snapshot
    Provenance provenance;
};

using LeaderboardRows = QList<LeaderboardRow>;

// One fact about an entity, ready to show. An empty value means the reports do not state it.
struct Fact
{
    QString label;
    QString value;
    QString provenance; // set when the fact comes from another row than the entity's own
};

struct RelatedEntity
{
    EntityRef entity;
    QString label;
};

// Everything the details panel shows about one focused entity.
struct EntityDetails
{
    EntityRef entity;
    QString kind;   // "Model", "Organization", ...
    QString title;
    QList<Fact> facts;
    std::optional<Provenance> provenance; // entities without their own source have none
    QList<RelatedEntity> related;
};

// A source report, for the source filter.
struct SourceInfo
{
    QString code;
    QString title;
    QString titleEn;
    QString publisher;
    QString published;
    QString file;
};

} // namespace TrendScope

Q_DECLARE_METATYPE(TrendScope::EntityRef)
