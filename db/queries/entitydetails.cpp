// Queries' answers about one entity: its facts with their provenance, its related entities,
// and the sources the dataset cites (the details dock).
#include "queries.h"

#include "annotation.h"
#include "database.h"
#include "entitykind.h"
#include "format.h"
#include "inferred.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <type_traits>

namespace TrendScope {

namespace {

struct KindInfo
{
    EntityKind kind;
    const char *table;
    const char *label; // translated where it is shown (kindLabel)
};

constexpr KindInfo kinds[] = {
    {EntityKind::Model, "model", QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Model")},
    {EntityKind::Organization, "organization",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Organization")},
    {EntityKind::Technology, "technology",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Technology")},
    {EntityKind::FundingCompany, "funding_company",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Funded company")},
    {EntityKind::FundingTotal, "funding_total",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Funding figure")},
    {EntityKind::Policy, "policy", QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Policy")},
    {EntityKind::PriceCut, "price_cut",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Price cut")},
    {EntityKind::Event, "event", QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Event")},
    {EntityKind::LeaderboardEntry, "leaderboard_entry",
        QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Leaderboard entry")},
    {EntityKind::Trend, "trend", QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Trend")},
};

const KindInfo *kindInfo(EntityKind kind)
{
    for (const KindInfo &info : kinds)
        if (info.kind == kind)
            return &info;
    return nullptr;
}

// What a row is, in the interface language. The data layer translates its own texts here
// (QCoreApplication::translate, context TrendScope::EntityDetails), as this file's fact
// labels already are, rather than handing English markers to the widgets: the details are
// read again each time they are shown, so a language change reaches them, and no widget
// needs to know the kinds' or the related rows' English wording.
QString kindLabel(const KindInfo &info)
{
    return QCoreApplication::translate("TrendScope::EntityDetails", info.label);
}

// Columns shown as provenance, or as what they say about other columns, not as facts.
bool isProvenanceColumn(const QString &c)
{
    static const QStringList names {QStringLiteral("source_id"), QStringLiteral("edition_id"),
        QStringLiteral("section"), QStringLiteral("status"), QStringLiteral("formula"),
        QStringLiteral("quote"), QStringLiteral("as_written"), QStringLiteral("inferred")};
    return names.contains(c);
}

// A column's label in the interface language (the data layer has no QObject: the texts are
// marked for lupdate in context TrendScope::EntityDetails and translated here).
QString humanLabel(const QString &column)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Name")},
        {QStringLiteral("name_en"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "English name")},
        {QStringLiteral("amount_yuan"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Amount")},
        {QStringLiteral("share_percent"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Share")},
        {QStringLiteral("min_percent"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Smallest cut")},
        {QStringLiteral("max_percent"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Largest cut")},
        {QStringLiteral("organization_id"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Organization")},
        {QStringLiteral("model_id"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Model")},
        {QStringLiteral("technology_id"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Technology")},
        {QStringLiteral("leaderboard_id"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Leaderboard")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Part of")},
        {QStringLiteral("list_rank"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Rank in list")},
        {QStringLiteral("is_new"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "New on this curve")},
        {QStringLiteral("hq"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Headquarters")},
        {QStringLiteral("gpus"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "GPUs")},
        {QStringLiteral("gpu_type"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "GPU type")},
        {QStringLiteral("words"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "The report's words")},
        {QStringLiteral("horizon"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Looks to")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Title")},
        {QStringLiteral("title_en"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "English title")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Date")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Category")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Summary")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Issuer")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Region")},
        {QStringLiteral("announced"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Announced")},
        {QStringLiteral("effective"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Effective")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Products")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Note")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Score")},
        {QStringLiteral("rank"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Rank")},
        {QStringLiteral("benchmark"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Benchmark")},
        {QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Snapshot")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Metric")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Stage")},
        {QStringLiteral("curve_year"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Curve year")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Domain")},
        {QStringLiteral("parent_domain"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Parent domain")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Period")},
        {QStringLiteral("period_start"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Period start")},
        {QStringLiteral("period_end"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Period end")},
        {QStringLiteral("events"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Funding events")},
        {QStringLiteral("amount_text"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Amount as written")},
        {QStringLiteral("founded"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Founded")},
        {QStringLiteral("round"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Round")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Direction")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Country")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Kind")},
        {QStringLiteral("parameters"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Parameters")},
        {QStringLiteral("tokens"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Tokens")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Days")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Released")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Family")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Question")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Answer")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Percent")},
        {QStringLiteral("respondents"),
            QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Respondents")},
        {QStringLiteral("survey"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Survey")},
        {QStringLiteral("topic"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Topic")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Label")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Number")},
        {QStringLiteral("ordinal"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Ordinal")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Measures")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Unit")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Value")},
        {QStringLiteral("share_of"), QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Share of")},
    };
    if (const auto it = labels.constFind(column); it != labels.cend())
        return QCoreApplication::translate("TrendScope::EntityDetails", *it);
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

// The label of a fact the dataset filled in says so: an English name the report does not
// write is the dataset's own, anything else inferred (schema 6).
QString factLabel(const QString &column, const InferredFields &inferred)
{
    const QString label = humanLabel(column);
    if (!inferred.contains(column))
        return label;
    if (column.endsWith(QLatin1String("_en")))
        return label
            + QCoreApplication::translate("TrendScope::EntityDetails", " (the dataset's own)");
    return label + QCoreApplication::translate("TrendScope::EntityDetails", " (inferred)");
}

// A value as the views write it (Format); empty when the report does not state it, which the
// panel shows as "not stated".
QString formatValue(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (column == QLatin1String("amount_yuan"))
        return Format::yi(value.toDouble());
    if (column.endsWith(QLatin1String("percent")))
        return Format::percent(value.toDouble());
    if (column == QLatin1String("is_new"))
        return Format::yesNo(value.toInt() != 0);
    if (column == QLatin1String("parameters") || column == QLatin1String("tokens"))
        return Format::count(value.toDouble());
    if (column == QLatin1String("score"))
        return Format::score(value.toDouble());
    if (column == QLatin1String("category"))
        return Format::category(value.toString());
    if (column == QLatin1String("note"))
        return Annotation::shown(value.toString());
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 10);
    return value.toString();
}

// A value read from another row, or "not stated".
template <typename Write> QString statedOr(const QVariant &value, Write write)
{
    return value.isNull() ? Format::notStated() : write(value);
}

// Where a fact read from another row comes from: "report · section".
QString citation(const QSqlQuery &q)
{
    Provenance p;
    p.source = q.value(QStringLiteral("source")).toString();
    p.section = q.value(QStringLiteral("section")).toString();
    return Format::citation(p);
}

} // namespace

const char *entityTable(EntityKind kind)
{
    const KindInfo *info = kindInfo(kind);
    return info ? info->table : nullptr;
}

EntityKind entityKindOfTable(QStringView table)
{
    for (const KindInfo &info : kinds)
        if (table == QLatin1String(info.table))
            return info.kind;
    return EntityKind::None;
}

QList<SourceInfo> Queries::sources() const
{
    QList<SourceInfo> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT code, title, title_en, publisher, published, file FROM source ORDER BY id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), {}});
    QSqlQuery e(m_db.connection());
    if (!e.exec(QStringLiteral("SELECT e.id, e.source_id, s.code, e.label, e.title, e.publisher, "
                               "e.published, e.period_start, e.period_end FROM edition e "
                               "JOIN source s ON s.id = e.source_id ORDER BY e.id")))
        return list;
    while (e.next()) {
        const EditionInfo edition {e.value(0).toLongLong(), e.value(1).toLongLong(),
            e.value(2).toString(), e.value(3).toString(), e.value(4).toString(),
            e.value(5).toString(), e.value(6).toString(), e.value(7).toString(),
            e.value(8).toString()};
        for (SourceInfo &source : list)
            if (source.code == edition.sourceCode)
                source.editions.append(edition);
    }
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
    details.kind = kindLabel(*info);
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
    const InferredFields inferred = record.contains(QStringLiteral("inferred"))
        ? parseInferred(value("inferred").toString())
        : InferredFields {};
    // A row without a name of its own (a price cut, a score) is headed by what it is about
    // and when: "阿里云" and 2024-02-29, "GLM-4 · SuperClue" and 2024-04 (titleDate).
    static const QStringList whenColumns {QStringLiteral("leaderboard_id"),
        QStringLiteral("announced"), QStringLiteral("period"), QStringLiteral("date")};
    static const QSet<QString> dateColumns {QStringLiteral("date"), QStringLiteral("snapshot"),
        QStringLiteral("announced"), QStringLiteral("effective"), QStringLiteral("founded"),
        QStringLiteral("released"), QStringLiteral("period"), QStringLiteral("period_start"),
        QStringLiteral("period_end"), QStringLiteral("published")};
    QString subject, whenLabel, when;
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
        else if (column == QLatin1String("leaderboard_id")) {
            // The benchmark and its snapshot apart: the heading writes the snapshot as a date.
            const QString benchmark
                = nameOf(QStringLiteral("SELECT benchmark FROM leaderboard WHERE id = ?"), v);
            const QString snapshot
                = nameOf(QStringLiteral("SELECT snapshot FROM leaderboard WHERE id = ?"), v);
            text = benchmark + QLatin1Char(' ') + Format::date(snapshot);
            if (when.isEmpty()) {
                whenLabel = benchmark;
                when = snapshot;
            }
        } else
            text = formatValue(column, v);
        if (subject.isEmpty()
            && (column == QLatin1String("model_id") || column == QLatin1String("organization_id")))
            subject = text;
        if (when.isEmpty() && whenColumns.contains(column))
            when = text;
        details.facts.append({factLabel(column, inferred), text, {}, dateColumns.contains(column)});
    }
    if (record.contains(QStringLiteral("as_written")) && !value("as_written").isNull())
        details.facts.append(
            {QCoreApplication::translate("TrendScope::EntityDetails", "As the report writes it"),
                value("as_written").toString(), {}});
    if (!inferred.fields.isEmpty()) {
        QStringList reasons;
        for (const InferredField &f : inferred.fields)
            reasons.append(
                //: An inferred field and the dataset's reason
                QCoreApplication::translate("TrendScope::EntityDetails", "%1: %2")
                    .arg(humanLabel(f.field), Annotation::shown(f.reason)));
        details.facts.append(
            {QCoreApplication::translate("TrendScope::EntityDetails", "Inferred by the dataset"),
                reasons.join(QLatin1Char('\n')), {}});
    }
    for (const char *titleColumn : {"name", "title", "domain"}) {
        if (record.contains(QLatin1String(titleColumn))
            && !value(titleColumn).toString().isEmpty()) {
            details.title = value(titleColumn).toString();
            if (qstrcmp(titleColumn, "name") == 0 && record.contains(QStringLiteral("name_en"))) {
                details.titleEn = value("name_en").toString();
                details.titleEnIsDatasets = inferred.contains(QStringLiteral("name_en"));
            }
            break;
        }
    }
    if (details.title.isEmpty() && !subject.isEmpty()) {
        details.title = whenLabel.isEmpty() ? subject : subject + QStringLiteral(" · ") + whenLabel;
        details.titleDate = when;
    }
    if (details.title.isEmpty())
        details.title = details.kind + QLatin1Char(' ') + QString::number(entity.id);

    if (record.contains(QStringLiteral("source_id"))) {
        Provenance p;
        QSqlQuery source(m_db.connection());
        source.prepare(QStringLiteral("SELECT s.title, s.inferred, s.code, e.id, e.label"
                                      " FROM source s LEFT JOIN edition e ON e.id = ?"
                                      " WHERE s.id = ?"));
        source.addBindValue(
            record.contains(QStringLiteral("edition_id")) ? value("edition_id") : QVariant());
        source.addBindValue(value("source_id"));
        if (source.exec() && source.next()) {
            enum
            {
                Title,
                Inferred,
                Code,
                EditionId,
                EditionLabel
            };
            p.source = source.value(Title).toString();
            // A report title the text does not write itself is the dataset's (schema 6).
            if (parseInferred(source.value(Inferred).toString()).contains(QStringLiteral("title")))
                p.source += QCoreApplication::translate(
                    "TrendScope::EntityDetails", " (the dataset's title for it)");
            p.sourceCode = source.value(Code).toString();
            p.editionId = source.value(EditionId).toLongLong();
            p.edition = source.value(EditionLabel).toString();
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
    // `more(n)` says that n more rows are not listed.
    auto countMore = [&](const QString &sql, auto more) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (") + sql + QStringLiteral(") AS listed"));
        q.bindValue(QStringLiteral(":id"), id);
        if (q.exec() && q.next() && q.value(0).toLongLong() > MaxRelated)
            details.facts.append(
                {QCoreApplication::translate("TrendScope::EntityDetails", "Not listed"),
                    more(int(q.value(0).toLongLong() - MaxRelated)), {}});
    };
    // Up to MaxRelated rows of `sql` (its one placeholder, :id, is the entity's id), each
    // passed to `add`; then how many more there are, as `more(n)` words it.
    auto eachRow = [&](const QString &sql, auto more, auto add) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql + QStringLiteral(" LIMIT %1").arg(MaxRelated + 1));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return;
        int n = 0;
        while (q.next() && ++n <= MaxRelated)
            add(q);
        if (n > MaxRelated)
            countMore(sql, more);
    };
    // Related rows: `sql` selects the related row's id, `label` writes what the row says.
    auto related = [&](EntityKind kind, const QString &sql, auto label) {
        eachRow(
            sql,
            [&](int n) {
                return QCoreApplication::translate("TrendScope::EntityDetails",
                    "%n more related row(s) (%1)",
                    "rows past the first 50 the details panel lists; %1 is their kind (“Model”)", n)
                    .arg(kindLabel(*kindInfo(kind)));
            },
            [&](const QSqlQuery &q) {
                RelatedEntity row;
                row.entity = EntityRef {kind, q.value(QStringLiteral("id")).toLongLong()};
                if constexpr (std::is_same_v<decltype(label(q)), RelatedEntity>) {
                    const RelatedEntity labels = label(q);
                    row.label = labels.label;
                    row.labelEn = labels.labelEn;
                } else {
                    row.label = label(q);
                }
                details.related.append(row);
            });
    };
    // Facts read from other rows: `fact` writes one row of `sql`.
    auto facts = [&](const QString &sql, auto fact) {
        eachRow(
            sql,
            [](int n) {
                return QCoreApplication::translate("TrendScope::EntityDetails", "%n more fact(s)",
                    "facts past the first 50 the details panel lists", n);
            },
            [&](const QSqlQuery &q) { details.facts.append(fact(q)); });
    };
    auto text = [](const QSqlQuery &q, const char *column) {
        return q.value(QLatin1String(column)).toString();
    };
    // One label pattern, marked for translation ("Model: %1"), and the column it shows.
    // With the row's English name (column name_en) too, when it has one.
    auto labelled = [&](const char *pattern, const char *column) {
        return [&text, pattern, column](const QSqlQuery &q) {
            const QString words = QCoreApplication::translate("TrendScope::EntityDetails", pattern);
            const QString english = text(q, "name_en");
            return RelatedEntity {
                {}, words.arg(text(q, column)), english.isEmpty() ? QString() : words.arg(english)};
        };
    };
    // Rows of an organization's whole group (schema 003) belong to it.
    const QString inGroup = QStringLiteral(
        " IN (SELECT id FROM organization WHERE id = :id OR parent_id = :id"
        "     OR id = (SELECT parent_id FROM organization WHERE id = :id)"
        "     OR parent_id = (SELECT parent_id FROM organization WHERE id = :id))");
    const auto organization
        = labelled(QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Organization: %1"), "name");

    switch (details.entity.kind) {
    case EntityKind::Organization:
        related(EntityKind::Organization,
            QStringLiteral("SELECT id, name, name_en FROM organization WHERE id <> :id AND id")
                + inGroup + QStringLiteral(" ORDER BY id"),
            organization);
        related(EntityKind::Model,
            QStringLiteral("SELECT id, name, name_en FROM model WHERE organization_id") + inGroup
                + QStringLiteral(" ORDER BY id"),
            labelled(QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Model: %1"), "name"));
        related(EntityKind::FundingCompany,
            QStringLiteral("SELECT id, period, round, amount_text FROM funding_company"
                           " WHERE organization_id")
                + inGroup + QStringLiteral(" ORDER BY id"),
            [&](const QSqlQuery &q) {
                QStringList what {text(q, "round"), text(q, "amount_text")};
                what.removeAll(QString());
                return QCoreApplication::translate("TrendScope::EntityDetails", "Funding %1: %2")
                    .arg(
                        Format::date(text(q, "period")), Format::text(what.join(QLatin1Char(' '))));
            });
        related(EntityKind::PriceCut,
            QStringLiteral("SELECT id, announced FROM price_cut WHERE organization_id") + inGroup
                + QStringLiteral(" ORDER BY id"),
            [&](const QSqlQuery &q) {
                return QCoreApplication::translate("TrendScope::EntityDetails", "Price cut %1")
                    .arg(Format::date(text(q, "announced")));
            });
        related(EntityKind::Event,
            QStringLiteral("SELECT id, date, title FROM event WHERE organization_id") + inGroup
                + QStringLiteral(" ORDER BY id"),
            [&](const QSqlQuery &q) {
                return QCoreApplication::translate("TrendScope::EntityDetails", "Event %1: %2")
                    .arg(Format::date(text(q, "date")), text(q, "title"));
            });
        break;
    case EntityKind::Model:
        // The rank is derived: the boards list scores, the dataset counts the higher ones.
        facts(QStringLiteral(
                  "SELECT l.benchmark, l.snapshot, e.score,"
                  " (SELECT COUNT(*) + 1 FROM leaderboard_entry x"
                  "  WHERE x.leaderboard_id = e.leaderboard_id AND x.score > e.score) AS place,"
                  " (SELECT COUNT(*) FROM leaderboard_entry x"
                  "  WHERE x.leaderboard_id = e.leaderboard_id) AS entries,"
                  " s.title AS source, e.section"
                  " FROM leaderboard_entry e JOIN leaderboard l ON l.id = e.leaderboard_id"
                  " JOIN source s ON s.id = e.source_id"
                  " WHERE e.model_id = :id AND e.score IS NOT NULL ORDER BY l.snapshot, e.id"),
            [&](const QSqlQuery &q) {
                const QLocale locale;
                return Fact {
                    text(q, "benchmark") + QLatin1Char(' ') + Format::date(text(q, "snapshot")),
                    QCoreApplication::translate(
                        "TrendScope::EntityDetails", "%1 (rank %2 of %3, derived from the scores)")
                        .arg(Format::score(q.value(QStringLiteral("score")).toDouble()),
                            locale.toString(q.value(QStringLiteral("place")).toLongLong()),
                            locale.toString(q.value(QStringLiteral("entries")).toLongLong())),
                    citation(q)};
            });
        facts(QStringLiteral("SELECT t.parameters, t.tokens, t.days, t.gpus, t.gpu_type,"
                             " s.title AS source, t.section"
                             " FROM training_run t JOIN source s ON s.id = t.source_id"
                             " WHERE t.model_id = :id ORDER BY t.id"),
            [&](const QSqlQuery &q) {
                const auto count = [](const QVariant &v) { return Format::count(v.toDouble()); };
                const auto number = [](const QVariant &v) { return Format::number(v.toDouble()); };
                QString gpus = statedOr(q.value(QStringLiteral("gpus")),
                    [](const QVariant &v) { return QLocale().toString(v.toLongLong()); });
                if (const QString type = text(q, "gpu_type"); !type.isEmpty())
                    gpus += QLatin1Char(' ') + type;
                return Fact {
                    QCoreApplication::translate("TrendScope::EntityDetails", "Training run"),
                    QCoreApplication::translate("TrendScope::EntityDetails",
                        "Parameters: %1, tokens: %2, days: %3, GPUs: %4")
                        .arg(statedOr(q.value(QStringLiteral("parameters")), count),
                            statedOr(q.value(QStringLiteral("tokens")), count),
                            statedOr(q.value(QStringLiteral("days")), number), gpus),
                    citation(q)};
            });
        related(EntityKind::Organization,
            QStringLiteral(
                "SELECT COALESCE(o.parent_id, o.id) AS id, COALESCE(p.name, o.name) AS name,"
                " CASE WHEN p.id IS NULL THEN o.name_en ELSE p.name_en END AS name_en"
                " FROM model m JOIN organization o ON o.id = m.organization_id"
                " LEFT JOIN organization p ON p.id = o.parent_id WHERE m.id = :id"),
            organization);
        break;
    case EntityKind::Technology:
        // A position filed under a curve year the text does not give says what it does give.
        facts(QStringLiteral("SELECT p.curve_year, p.stage, st.name_en AS stage_en, p.is_new,"
                             " p.as_written, p.inferred, s.title AS source, p.section"
                             " FROM maturity_position p JOIN source s ON s.id = p.source_id"
                             " LEFT JOIN maturity_stage st ON st.name = p.stage"
                             " WHERE p.technology_id = :id ORDER BY p.curve_year, p.id"),
            [&](const QSqlQuery &q) {
                QString notes;
                if (q.value(QStringLiteral("is_new")).toInt() != 0)
                    notes += QCoreApplication::translate("TrendScope::EntityDetails", " (new)");
                if (const QString written = text(q, "as_written"); !written.isEmpty())
                    notes += QCoreApplication::translate(
                        "TrendScope::EntityDetails", " (the report writes %1)")
                                 .arg(written);
                if (parseInferred(text(q, "inferred")).contains(QStringLiteral("curve_year")))
                    notes += QCoreApplication::translate(
                        "TrendScope::EntityDetails", " · curve year inferred");
                const QString stageEn = text(q, "stage_en");
                Fact fact {QCoreApplication::translate("TrendScope::EntityDetails", "Curve %1")
                               .arg(text(q, "curve_year")),
                    text(q, "stage") + notes, citation(q)};
                if (!stageEn.isEmpty())
                    fact.valueEn = stageEn + notes;
                return fact;
            });
        break;
    case EntityKind::LeaderboardEntry:
        // A score's parent is the model it scores, and that model's maker.
        related(EntityKind::Model,
            QStringLiteral("SELECT m.id, m.name, m.name_en FROM leaderboard_entry e"
                           " JOIN model m ON m.id = e.model_id WHERE e.id = :id"),
            labelled(QT_TRANSLATE_NOOP("TrendScope::EntityDetails", "Model: %1"), "name"));
        related(EntityKind::Organization,
            QStringLiteral(
                "SELECT COALESCE(o.parent_id, o.id) AS id, COALESCE(p.name, o.name) AS name,"
                " CASE WHEN p.id IS NULL THEN o.name_en ELSE p.name_en END AS name_en"
                " FROM leaderboard_entry e JOIN model m ON m.id = e.model_id"
                " JOIN organization o ON o.id = m.organization_id"
                " LEFT JOIN organization p ON p.id = o.parent_id WHERE e.id = :id"),
            organization);
        break;
    case EntityKind::FundingCompany:
    case EntityKind::PriceCut:
    case EntityKind::Event:
        related(EntityKind::Organization,
            QStringLiteral("SELECT o.id, o.name, o.name_en FROM %1 t JOIN organization o"
                           " ON o.id = t.organization_id WHERE t.id = :id")
                .arg(QLatin1String(kindInfo(details.entity.kind)->table)),
            organization);
        break;
    default:
        break;
    }
}

} // namespace TrendScope
