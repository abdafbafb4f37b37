#include "editiondiff.h"

#include "database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace TrendScope::EditionDiff {

namespace {

// How one table's facts are matched and compared. SQL here is fixed text: the edition ids
// are the only values, and they are bound.
struct Descriptor
{
    const char *table;
    const char *label;
    const char *key; // what a row is about, over alias t and the joins
    const char *place; // where the row sits inside its edition ('' when nothing varies)
    const char *joins;
    // Compared fields: "name" reads t.name, "name=EXPR" reads EXPR; the first is the main
    // value an added or removed fact shows.
    const char *fields;
};

const Descriptor descriptors[] = {
    {"leaderboard_entry", "Leaderboard entries", "l.benchmark || ' · ' || m.name", "l.snapshot",
        "JOIN leaderboard l ON l.id = t.leaderboard_id JOIN model m ON m.id = t.model_id",
        "score|rank=RANK() OVER (PARTITION BY t.leaderboard_id ORDER BY t.score DESC)"},
    {"training_run", "Training runs", "m.name", "", "JOIN model m ON m.id = t.model_id",
        "parameters|tokens|days|gpus|gpu_type"},
    {"maturity_position", "Maturity curve positions", "tech.name", "t.curve_year",
        "JOIN technology tech ON tech.id = t.technology_id", "stage|is_new"},
    {"funding_total", "Funding totals", "t.domain || COALESCE(' ⊂ ' || t.parent_domain, '')",
        "t.period_start", "", "amount_yuan|events|share_percent"},
    {"funding_company", "Funded companies", "o.name", "t.period",
        "JOIN organization o ON o.id = t.organization_id",
        "amount_yuan|list_rank|round|amount_text|direction|hq|founded"},
    {"price_cut", "Price cuts", "o.name || COALESCE(' · ' || t.products, '')", "t.announced",
        "JOIN organization o ON o.id = t.organization_id", "max_percent|min_percent|effective"},
    {"policy", "Policies", "t.title", "t.date", "", "date|issuer|region|category"},
    {"event", "Events", "t.title", "t.date", "", "date|category"},
    {"survey_stat", "Survey results", "t.survey || ' · ' || t.question || ' · ' || t.answer", "",
        "", "percent|respondents|rank"},
    {"key_figure", "Key figures", "t.subject || ' · ' || t.metric", "t.period", "",
        "value|qualifier|unit"},
};

const Descriptor *descriptor(const QString &table)
{
    for (const Descriptor &d : descriptors)
        if (table == QLatin1String(d.table))
            return &d;
    return nullptr;
}

struct Field
{
    QString name;
    QString expression;
};

QList<Field> fieldsOf(const Descriptor &d)
{
    QList<Field> fields;
    const QStringList parts = QString::fromUtf8(d.fields).split(QLatin1Char('|'));
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            fields.append({part, QStringLiteral("t.") + part});
        else
            fields.append({part.left(eq), part.mid(eq + 1)});
    }
    return fields;
}

struct Row
{
    qint64 id = 0;
    QString place;
    QVariantList values;
    Provenance provenance;
};

// The rows of one edition by key; a key stated at several places keeps its latest.
QHash<QString, Row> rowsOf(
    const Database &database, const Descriptor &d, qint64 edition, QString *error)
{
    const QList<Field> fields = fieldsOf(d);
    QStringList select;
    for (const Field &f : fields)
        select.append(f.expression);
    const QString place = *d.place ? QString::fromUtf8(d.place) : QStringLiteral("NULL");
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.id, %1, %2, %3, s.title, s.code, t.section, t.status, "
                             "t.formula, t.quote, t.edition_id, ed.label FROM %4 t %5 "
                             "JOIN source s ON s.id = t.source_id "
                             "LEFT JOIN edition ed ON ed.id = t.edition_id "
                             "WHERE t.edition_id = ?")
                  .arg(QString::fromUtf8(d.key), place, select.join(QStringLiteral(", ")),
                      QLatin1String(d.table), QString::fromUtf8(d.joins)));
    q.addBindValue(edition);
    QHash<QString, Row> rows;
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(d.table), q.lastError().text());
        return rows;
    }
    const int first = 3 + int(fields.size());
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.place = q.value(2).toString();
        for (int i = 0; i < fields.size(); ++i)
            row.values.append(q.value(3 + i));
        row.provenance.source = q.value(first).toString();
        row.provenance.sourceCode = q.value(first + 1).toString();
        row.provenance.section = q.value(first + 2).toString();
        row.provenance.status = q.value(first + 3).toString();
        row.provenance.formula = q.value(first + 4).toString();
        row.provenance.quote = q.value(first + 5).toString();
        row.provenance.editionId = q.value(first + 6).toLongLong();
        row.provenance.edition = q.value(first + 7).toString();
        const QString key = q.value(1).toString();
        const auto it = rows.constFind(key);
        // ISO dates and years order as text of equal precision; a longer one is later.
        if (it == rows.cend() || it->place < row.place
            || (it->place == row.place && it->id < row.id))
            rows.insert(key, row);
    }
    return rows;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString)
        return x == y;
    return a.toString() == b.toString();
}

QString kindName(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Added:
        return QStringLiteral("added");
    case FactChange::Kind::Removed:
        return QStringLiteral("removed");
    case FactChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

} // namespace

QStringList tables()
{
    QStringList names;
    for (const Descriptor &d : descriptors)
        names.append(QLatin1String(d.table));
    return names;
}

QStringList fields(const QString &table)
{
    QStringList names;
    if (const Descriptor *d = descriptor(table))
        for (const Field &f : fieldsOf(*d))
            names.append(f.name);
    return names;
}

QString tableLabel(const QString &table)
{
    const Descriptor *d = descriptor(table);
    return d ? QString::fromUtf8(d->label) : table;
}

bool isDerived(const QString &table, const QString &field)
{
    if (const Descriptor *d = descriptor(table))
        for (const Field &f : fieldsOf(*d))
            if (f.name == field)
                return f.expression.contains(QLatin1String(" OVER "));
    return false;
}

FactChanges between(
    const Database &database, qint64 a, qint64 b, QStringList *notCompared, QString *error)
{
    FactChanges changes;
    for (const Descriptor &d : descriptors) {
        const QString table = QLatin1String(d.table);
        const QList<Field> fieldList = fieldsOf(d);
        const QHash<QString, Row> before = rowsOf(database, d, a, error);
        const QHash<QString, Row> after = rowsOf(database, d, b, error);
        if (before.isEmpty() || after.isEmpty()) {
            if (notCompared && before.size() + after.size() > 0)
                notCompared->append(table);
            continue;
        }
        QStringList keys = before.keys() + after.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const auto old = before.constFind(key);
            const auto now = after.constFind(key);
            FactChange c;
            c.table = table;
            c.tableLabel = QString::fromUtf8(d.label);
            c.key = key;
            if (old != before.cend()) {
                c.rowA = old->id;
                c.placeA = old->place;
                c.provenanceA = old->provenance;
            }
            if (now != after.cend()) {
                c.rowB = now->id;
                c.placeB = now->place;
            }
            c.provenance = now != after.cend() ? now->provenance : old->provenance;
            if (old == before.cend() || now == after.cend()) {
                c.kind = old == before.cend() ? FactChange::Kind::Added : FactChange::Kind::Removed;
                c.field = fieldList.constFirst().name;
                c.derivedField = isDerived(table, c.field);
                if (old != before.cend())
                    c.before = old->values.constFirst();
                if (now != after.cend())
                    c.after = now->values.constFirst();
                changes.append(c);
                continue;
            }
            for (int i = 0; i < fieldList.size(); ++i) {
                if (sameValue(old->values.at(i), now->values.at(i)))
                    continue;
                FactChange field = c;
                field.kind = FactChange::Kind::Changed;
                field.field = fieldList.at(i).name;
                field.derivedField = isDerived(table, field.field);
                field.before = old->values.at(i);
                field.after = now->values.at(i);
                changes.append(field);
            }
        }
    }
    return changes;
}

Table toTable(const FactChanges &changes)
{
    Table t;
    t.name = QStringLiteral("changes");
    t.columns = {QStringLiteral("change"), QStringLiteral("table"), QStringLiteral("key"),
        QStringLiteral("field"), QStringLiteral("derived"), QStringLiteral("before"),
        QStringLiteral("after"), QStringLiteral("place_a"), QStringLiteral("place_b"),
        QStringLiteral("row_a"), QStringLiteral("row_b"), QStringLiteral("edition_a"),
        QStringLiteral("edition_b"), QStringLiteral("section_a"), QStringLiteral("section_b"),
        QStringLiteral("status_a"), QStringLiteral("status_b"), QStringLiteral("quote_a"),
        QStringLiteral("quote_b")};
    const auto orNull = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (const FactChange &c : changes) {
        const Provenance b = c.rowB ? c.provenance : Provenance {};
        t.rows.append({kindName(c.kind), c.table, c.key, c.field, c.derivedField ? 1 : 0, c.before,
            c.after, text(c.placeA), text(c.placeB), orNull(c.rowA), orNull(c.rowB),
            text(c.provenanceA.edition), text(b.edition), text(c.provenanceA.section),
            text(b.section), text(c.provenanceA.status), text(b.status), text(c.provenanceA.quote),
            text(b.quote)});
    }
    return t;
}

} // namespace TrendScope::EditionDiff
