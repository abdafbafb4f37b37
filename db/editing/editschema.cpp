#include "editschema.h"

#include "database.h"
#include "qualifier.h"

#include <QSqlError>
#include <QSqlQuery>

namespace TrendScope {

namespace {

// The descriptor table: which tables an editor sees, and what the schema cannot say about
// their columns. Everything else (columns, types, NOT NULL, references, unique keys) is read
// from SQLite, so a later migration's columns appear without code here.
struct TableDescriptor
{
    const char *name;
    const char *label;
    const char *singular;
    const char *labelColumns; // space separated
    EntityKind entityKind;
    SnapshotSpec::Kind snapshotKind;
    const char *snapshotColumn;
};

const TableDescriptor tableDescriptors[] = {
    {"organization", "Organizations", "organization", "name", EntityKind::Organization,
        SnapshotSpec::Kind::None, ""},
    {"technology", "Technologies", "technology", "name", EntityKind::Technology,
        SnapshotSpec::Kind::None, ""},
    {"maturity_position", "Maturity curve positions", "curve position", "technology_id curve_year",
        EntityKind::None, SnapshotSpec::Kind::Group, "curve_year"},
    {"model", "Models", "model", "name", EntityKind::Model, SnapshotSpec::Kind::None, ""},
    {"leaderboard", "Leaderboards", "leaderboard", "benchmark snapshot", EntityKind::None,
        SnapshotSpec::Kind::RowWithChildren, "snapshot"},
    {"leaderboard_entry", "Leaderboard entries", "leaderboard entry", "model_id",
        EntityKind::LeaderboardEntry, SnapshotSpec::Kind::None, ""},
    {"training_run", "Training runs", "training run", "model_id", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"funding_total", "Funding totals", "funding total", "domain period_start",
        EntityKind::FundingTotal, SnapshotSpec::Kind::None, ""},
    {"funding_company", "Funded companies", "funded company", "organization_id period",
        EntityKind::FundingCompany, SnapshotSpec::Kind::Group, "period"},
    {"policy", "Policies", "policy", "title", EntityKind::Policy, SnapshotSpec::Kind::None, ""},
    {"price_cut", "Price cuts", "price cut", "organization_id announced", EntityKind::PriceCut,
        SnapshotSpec::Kind::None, ""},
    {"event", "Events", "event", "title", EntityKind::Event, SnapshotSpec::Kind::None, ""},
    {"survey_stat", "Survey results", "survey result", "answer", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"key_figure", "Key figures", "key figure", "subject metric", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"trend", "Trends", "trend", "number title", EntityKind::Trend, SnapshotSpec::Kind::None, ""},
    {"statement", "Statements", "statement", "topic subject", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"report_chart", "Report charts", "report chart", "title", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"source", "Sources", "source", "code", EntityKind::None, SnapshotSpec::Kind::None, ""},
    {"edition", "Editions", "edition", "source_id label", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"maturity_stage", "Maturity stages", "maturity stage", "name", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
};

// Column overrides; table "*" applies to every table with such a column.
struct ColumnDescriptor
{
    const char *table;
    const char *column;
    ColumnKind kind;
    const char *label;
    const char *choices; // '|' separated, for ColumnKind::Choice
};

const ColumnDescriptor columnDescriptors[] = {
    {"*", "name", ColumnKind::Text, "Name", ""},
    {"*", "name_en", ColumnKind::Text, "English name", ""},
    {"*", "title_en", ColumnKind::Text, "English title", ""},
    {"*", "summary", ColumnKind::LongText, "Summary", ""},
    {"*", "quote", ColumnKind::LongText, "Quote", ""},
    {"*", "note", ColumnKind::LongText, "Note", ""},
    {"*", "as_written", ColumnKind::LongText, "As the report writes it", ""},
    {"*", "inferred", ColumnKind::LongText, "Inferred by the dataset", ""},
    {"*", "words", ColumnKind::LongText, "The report's words", ""},
    {"*", "formula", ColumnKind::Text, "Formula", ""},
    {"*", "hq", ColumnKind::Text, "Headquarters", ""},
    {"*", "section", ColumnKind::LongText, "Section", ""},
    {"*", "status", ColumnKind::Choice, "Status", "stated|derived|editor"},
    {"*", "source_id", ColumnKind::Reference, "Source", ""},
    {"*", "edition_id", ColumnKind::Reference, "Edition", ""},
    {"edition", "label", ColumnKind::Text, "Label", ""},
    {"*", "organization_id", ColumnKind::Reference, "Organization", ""},
    {"*", "parent_id", ColumnKind::Reference, "Belongs to", ""},
    {"*", "model_id", ColumnKind::Reference, "Model", ""},
    {"*", "technology_id", ColumnKind::Reference, "Technology", ""},
    {"*", "leaderboard_id", ColumnKind::Reference, "Leaderboard", ""},
    {"*", "date", ColumnKind::Date, "Date", ""},
    {"*", "released", ColumnKind::Date, "Released", ""},
    {"*", "founded", ColumnKind::Date, "Founded", ""},
    {"*", "announced", ColumnKind::Date, "Announced", ""},
    {"*", "effective", ColumnKind::Date, "Effective", ""},
    {"*", "published", ColumnKind::Date, "Published", ""},
    {"*", "period", ColumnKind::Date, "Period", ""},
    {"*", "period_start", ColumnKind::Date, "Period start", ""},
    {"*", "period_end", ColumnKind::Date, "Period end", ""},
    {"*", "snapshot", ColumnKind::Date, "Snapshot", ""},
    {"*", "amount_yuan", ColumnKind::Money, "Amount", ""},
    {"*", "share_percent", ColumnKind::Percent, "Share", ""},
    {"*", "min_percent", ColumnKind::Percent, "Smallest cut", ""},
    {"*", "max_percent", ColumnKind::Percent, "Largest cut", ""},
    {"*", "percent", ColumnKind::Percent, "Percent", ""},
    {"*", "events", ColumnKind::Count, "Funding events", ""},
    {"*", "respondents", ColumnKind::Count, "Respondents", ""},
    {"*", "gpus", ColumnKind::Count, "GPUs", ""},
    {"*", "list_rank", ColumnKind::Count, "Rank in list", ""},
    {"*", "rank", ColumnKind::Count, "Rank", ""},
    {"*", "ordinal", ColumnKind::Count, "Order", ""},
    {"*", "days", ColumnKind::Number, "Days", ""},
    {"*", "curve_year", ColumnKind::Year, "Curve year", ""},
    {"*", "is_new", ColumnKind::Flag, "New on this curve", ""},
    {"organization", "kind", ColumnKind::Choice, "Kind",
        "company|government|research|community|investor|other"},
    {"model", "kind", ColumnKind::Choice, "Kind", "general|industry|multimodal|code|other"},
    {"maturity_position", "stage", ColumnKind::Reference, "Stage", ""},
    {"event", "category", ColumnKind::Choice, "Category",
        "hot_news|cloud_pricing|cloud|leader_move|device_ai|data_asset|investment|market|forecast"},
    {"policy", "category", ColumnKind::Choice, "Category", "ai|data|compute|digital_economy"},
    {"technology", "domain", ColumnKind::Choice, "Domain", "人工智能|通信"},
    {"training_run", "gpu_type", ColumnKind::Choice, "GPU type", "V100|A100|H100|H800|A800|910B"},
    {"key_figure", "unit", ColumnKind::Choice, "Unit",
        "count|%|yuan|USD|rank|parameters|EFLOPS|CNY per USD|percentage points|times|fold|top "
        "N|date"},
    {"key_figure", "value", ColumnKind::Number, "Value", ""},
    // The choices are qualifierCodes(), the list the schema's CHECK holds (filled in read()).
    {"key_figure", "qualifier", ColumnKind::Choice, "Qualifier", ""},
    {"leaderboard_entry", "score", ColumnKind::Number, "Score", ""},
    {"training_run", "parameters", ColumnKind::Number, "Parameters", ""},
    {"training_run", "tokens", ColumnKind::Number, "Tokens", ""},
};

// Numbers that live on a scale. Every leaderboard TrendScope holds scores out of 100
// (SuperCLUE's 总分), so a score of 120 is a typing or import error, not a result.
struct RangeDescriptor
{
    const char *table;
    const char *column;
    double minimum;
    double maximum;
};

const RangeDescriptor rangeDescriptors[] = {
    {"leaderboard_entry", "score", 0, 100},
};

QString humanLabel(const QString &column)
{
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

const ColumnDescriptor *findColumnDescriptor(const QString &table, const QString &column)
{
    const ColumnDescriptor *general = nullptr;
    for (const ColumnDescriptor &d : columnDescriptors) {
        if (column != QLatin1String(d.column))
            continue;
        if (table == QLatin1String(d.table))
            return &d;
        if (qstrcmp(d.table, "*") == 0)
            general = &d;
    }
    return general;
}

} // namespace

const ColumnInfo *TableInfo::column(const QString &name) const
{
    for (const ColumnInfo &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

int TableInfo::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == name)
            return i;
    return -1;
}

EditSchema EditSchema::read(const Database &database, QString *error)
{
    if (database.isServer()) {
        // A server dataset is made from the same migrations and was refused on opening unless
        // at the newest version: its schema is the embedded dataset's, read from a private
        // copy (PostgreSQL has no pragma_table_info). A row is named by its id there, so a
        // table without one (maturity_stage, keyed by its name) is not offered for editing.
        DatabaseError e;
        const auto embedded = Database::createInMemory(&e);
        if (!embedded) {
            if (error)
                *error = e.message();
            return {};
        }
        EditSchema schema = read(*embedded, error);
        schema.m_rowKey = QStringLiteral("id");
        schema.m_tables.removeIf([](const TableInfo &t) {
            const ColumnInfo *id = t.column(QStringLiteral("id"));
            return !id || !id->key;
        });
        schema.unlinkMissingTables();
        return schema;
    }
    EditSchema schema;
    QSqlQuery q(database.connection());
    auto fail = [&] {
        if (error)
            *error = q.lastError().text();
        return EditSchema();
    };
    QStringList existing;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return fail();
    while (q.next())
        existing.append(q.value(0).toString());

    for (const TableDescriptor &d : tableDescriptors) {
        const QString name = QString::fromLatin1(d.name);
        if (!existing.contains(name))
            continue;
        TableInfo table;
        table.name = name;
        table.label = QString::fromUtf8(d.label);
        table.singular = QString::fromUtf8(d.singular);
        table.labelColumns
            = QString::fromLatin1(d.labelColumns).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        table.entityKind = d.entityKind;
        table.snapshot = {d.snapshotKind, QString::fromLatin1(d.snapshotColumn)};

        // Table names come from the descriptor and were found in sqlite_schema: safe to quote.
        // Table names are bound, even though they come from the descriptor.
        q.prepare(QStringLiteral(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
        q.addBindValue(name);
        if (!q.exec())
            return fail();
        while (q.next()) {
            ColumnInfo c;
            c.name = q.value(0).toString();
            const QString type = q.value(1).toString().toUpper();
            const bool notNull = q.value(2).toInt() != 0;
            const QVariant dflt = q.value(3);
            c.key = q.value(4).toInt() > 0;
            c.kind = type == QLatin1String("INTEGER") ? ColumnKind::Integer
                : type == QLatin1String("REAL")       ? ColumnKind::Number
                                                      : ColumnKind::Text;
            c.label = humanLabel(c.name);
            if (const ColumnDescriptor *cd = findColumnDescriptor(name, c.name)) {
                c.kind = cd->kind;
                c.label = QString::fromUtf8(cd->label);
                if (cd->kind == ColumnKind::Choice)
                    c.choices = c.name == QLatin1String("qualifier")
                        ? qualifierCodes()
                        : QString::fromUtf8(cd->choices).split(QLatin1Char('|'));
            }
            for (const RangeDescriptor &r : rangeDescriptors)
                if (name == QLatin1String(r.table) && c.name == QLatin1String(r.column))
                    c.range = std::make_pair(r.minimum, r.maximum);
            if (!dflt.isNull()) {
                QString text = dflt.toString();
                if (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
                    c.defaultValue = text.mid(1, text.size() - 2);
                else
                    c.defaultValue = text.toLongLong();
            }
            c.required = notNull && !c.key;
            // The primary key of a table with an INTEGER PRIMARY KEY is its rowid: never
            // edited. A text key (maturity_stage.name) is set when the row is made.
            c.editable = !(c.key && c.kind == ColumnKind::Integer);
            if (c.name == QLatin1String("status")) {
                table.hasProvenance = true;
                c.editable = false; // the editor sets it: 'editor' once a person changed the row
            }
            table.columns.append(c);
        }

        q.prepare(QStringLiteral(
            "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)"));
        q.addBindValue(name);
        if (!q.exec())
            return fail();
        while (q.next()) {
            const QString from = q.value(0).toString();
            const QString parent = q.value(1).toString();
            QString to = q.value(2).toString();
            const bool cascade
                = q.value(3).toString().compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0;
            if (to.isEmpty())
                to = QStringLiteral("id");
            schema.m_references.append({name, from, parent, cascade});
            for (ColumnInfo &c : table.columns) {
                if (c.name == from) {
                    c.kind = ColumnKind::Reference;
                    c.refTable = parent;
                    c.refColumn = to;
                }
            }
        }

        q.prepare(QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1"));
        q.addBindValue(name);
        if (!q.exec())
            return fail();
        QStringList indexes;
        while (q.next())
            indexes.append(q.value(0).toString());
        for (const QString &index : std::as_const(indexes)) {
            QSqlQuery cols(database.connection());
            cols.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
            cols.addBindValue(index);
            if (!cols.exec())
                return fail();
            QStringList key;
            while (cols.next())
                key.append(cols.value(0).toString());
            if (!key.isEmpty())
                table.uniqueKeys.append(key);
        }
        // A TEXT PRIMARY KEY is unique too (its automatic index is listed above); an INTEGER
        // one is the rowid, which SQLite assigns.
        schema.m_tables.append(table);
    }
    schema.unlinkMissingTables();
    return schema;
}

void EditSchema::unlinkMissingTables()
{
    // A reference to a table left out is not offered as a picker: the value is edited as it
    // is, and the dataset's constraint still checks it.
    for (TableInfo &table : m_tables)
        for (ColumnInfo &c : table.columns)
            if (c.kind == ColumnKind::Reference && !this->table(c.refTable))
                c.kind
                    = c.refColumn == QLatin1String("id") ? ColumnKind::Integer : ColumnKind::Text;
}

const TableInfo *EditSchema::table(const QString &name) const
{
    for (const TableInfo &t : m_tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

const TableInfo *EditSchema::tableFor(EntityKind kind) const
{
    if (kind == EntityKind::None)
        return nullptr;
    for (const TableInfo &t : m_tables)
        if (t.entityKind == kind)
            return &t;
    return nullptr;
}

QList<QPair<QString, QString>> EditSchema::referencesTo(const QString &table) const
{
    QList<QPair<QString, QString>> result;
    for (const auto &[child, column, parent, cascade] : m_references) {
        Q_UNUSED(cascade)
        if (parent == table)
            result.append({child, column});
    }
    return result;
}

bool EditSchema::cascades(const QString &child, const QString &column) const
{
    for (const auto &[c, col, parent, cascade] : m_references) {
        Q_UNUSED(parent)
        if (c == child && col == column)
            return cascade;
    }
    return false;
}

QString EditSchema::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString columnKindName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
        return QStringLiteral("text");
    case ColumnKind::LongText:
        return QStringLiteral("long text");
    case ColumnKind::Integer:
        return QStringLiteral("integer");
    case ColumnKind::Count:
        return QStringLiteral("count");
    case ColumnKind::Year:
        return QStringLiteral("year");
    case ColumnKind::Number:
        return QStringLiteral("number");
    case ColumnKind::Percent:
        return QStringLiteral("percent");
    case ColumnKind::Money:
        return QStringLiteral("money");
    case ColumnKind::Date:
        return QStringLiteral("date");
    case ColumnKind::Choice:
        return QStringLiteral("choice");
    case ColumnKind::Reference:
        return QStringLiteral("reference");
    case ColumnKind::Flag:
        return QStringLiteral("flag");
    }
    return {};
}

} // namespace TrendScope
