#include "editschema.h"

#include "database.h"
#include "qualifier.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace TrendScope {

namespace {

// The descriptor table: which tables an editor sees, and what the schema cannot say about
// their columns. Everything else (columns, types, NOT NULL, references, unique keys) is read
// from SQLite, so a later migration's columns appear without code here.
// The labels stay English here, marked for lupdate (context TrendScope::EditSchema), and are
// translated where the editor shows them (EditWording::tableLabel and the like), not when the
// schema is read: the data layer's own messages (editrules, editsession) word English
// sentences around them, and a schema read once per dataset would keep the language of the
// moment it was read, where a label translated as it is shown follows a language change.
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
    {"organization", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Organizations"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "organization"), "name",
        EntityKind::Organization, SnapshotSpec::Kind::None, ""},
    {"technology", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Technologies"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "technology"), "name", EntityKind::Technology,
        SnapshotSpec::Kind::None, ""},
    {"maturity_position", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Maturity curve positions"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "curve position"), "technology_id curve_year",
        EntityKind::None, SnapshotSpec::Kind::Group, "curve_year"},
    {"model", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Models"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "model"), "name", EntityKind::Model,
        SnapshotSpec::Kind::None, ""},
    {"leaderboard", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Leaderboards"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "leaderboard"), "benchmark snapshot",
        EntityKind::None, SnapshotSpec::Kind::RowWithChildren, "snapshot"},
    {"leaderboard_entry", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Leaderboard entries"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "leaderboard entry"), "model_id",
        EntityKind::LeaderboardEntry, SnapshotSpec::Kind::None, ""},
    {"training_run", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Training runs"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "training run"), "model_id", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"funding_total", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Funding totals"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "funding total"), "domain period_start",
        EntityKind::FundingTotal, SnapshotSpec::Kind::None, ""},
    {"funding_company", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Funded companies"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "funded company"), "organization_id period",
        EntityKind::FundingCompany, SnapshotSpec::Kind::Group, "period"},
    {"policy", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Policies"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "policy"), "title", EntityKind::Policy,
        SnapshotSpec::Kind::None, ""},
    {"price_cut", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Price cuts"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "price cut"), "organization_id announced",
        EntityKind::PriceCut, SnapshotSpec::Kind::None, ""},
    {"event", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Events"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "event"), "title", EntityKind::Event,
        SnapshotSpec::Kind::None, ""},
    {"survey_stat", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Survey results"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "survey result"), "answer", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"key_figure", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Key figures"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "key figure"), "subject metric",
        EntityKind::None, SnapshotSpec::Kind::None, ""},
    {"trend", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Trends"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "trend"), "number title", EntityKind::Trend,
        SnapshotSpec::Kind::None, ""},
    {"statement", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Statements"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "statement"), "topic subject", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"report_chart", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Report charts"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "report chart"), "title", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"source", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Sources"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "source"), "code", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"edition", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Editions"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "edition"), "source_id label", EntityKind::None,
        SnapshotSpec::Kind::None, ""},
    {"maturity_stage", QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Maturity stages"),
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "maturity stage"), "name", EntityKind::None,
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
    {"*", "name", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Name"), ""},
    {"*", "name_en", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "English name"),
        ""},
    {"*", "title_en", ColumnKind::Text,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "English title"), ""},
    {"*", "summary", ColumnKind::LongText, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Summary"),
        ""},
    {"*", "quote", ColumnKind::LongText, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Quote"), ""},
    {"*", "note", ColumnKind::LongText, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Note"), ""},
    {"*", "as_written", ColumnKind::LongText,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "As the report writes it"), ""},
    {"*", "inferred", ColumnKind::LongText,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Inferred by the dataset"), ""},
    {"*", "words", ColumnKind::LongText,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "The report's words"), ""},
    {"*", "formula", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Formula"), ""},
    {"*", "hq", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Headquarters"), ""},
    {"*", "section", ColumnKind::LongText, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Section"),
        ""},
    {"*", "status", ColumnKind::Choice, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Status"),
        "stated|derived|editor"},
    {"*", "source_id", ColumnKind::Reference, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Source"),
        ""},
    {"*", "edition_id", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Edition"), ""},
    {"edition", "label", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Label"),
        ""},
    {"*", "organization_id", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Organization"), ""},
    {"*", "parent_id", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Belongs to"), ""},
    {"*", "model_id", ColumnKind::Reference, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Model"),
        ""},
    {"*", "technology_id", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Technology"), ""},
    {"*", "leaderboard_id", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Leaderboard"), ""},
    {"*", "date", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Date"), ""},
    {"*", "released", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Released"),
        ""},
    {"*", "founded", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Founded"), ""},
    {"*", "announced", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Announced"),
        ""},
    {"*", "effective", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Effective"),
        ""},
    {"*", "published", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Published"),
        ""},
    {"*", "period", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Period"), ""},
    {"*", "period_start", ColumnKind::Date,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Period start"), ""},
    {"*", "period_end", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Period end"),
        ""},
    {"*", "snapshot", ColumnKind::Date, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Snapshot"),
        ""},
    {"*", "amount_yuan", ColumnKind::Money, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Amount"),
        ""},
    {"*", "share_percent", ColumnKind::Percent,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Share"), ""},
    {"*", "min_percent", ColumnKind::Percent,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Smallest cut"), ""},
    {"*", "max_percent", ColumnKind::Percent,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Largest cut"), ""},
    {"*", "percent", ColumnKind::Percent, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Percent"),
        ""},
    {"*", "events", ColumnKind::Count,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Funding events"), ""},
    {"*", "respondents", ColumnKind::Count,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Respondents"), ""},
    {"*", "gpus", ColumnKind::Count, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "GPUs"), ""},
    {"*", "list_rank", ColumnKind::Count,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Rank in list"), ""},
    {"*", "rank", ColumnKind::Count, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Rank"), ""},
    {"*", "ordinal", ColumnKind::Count, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Order"), ""},
    {"*", "days", ColumnKind::Number, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Days"), ""},
    {"*", "curve_year", ColumnKind::Year, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Curve year"),
        ""},
    {"*", "is_new", ColumnKind::Flag,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "New on this curve"), ""},
    {"organization", "kind", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Kind"),
        "company|government|research|community|investor|other"},
    {"model", "kind", ColumnKind::Choice, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Kind"),
        "general|industry|multimodal|code|other"},
    {"maturity_position", "stage", ColumnKind::Reference,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Stage"), ""},
    {"event", "category", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Category"),
        "hot_news|cloud_pricing|cloud|leader_move|device_ai|data_asset|investment|market|forecast"},
    {"policy", "category", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Category"), "ai|data|compute|digital_economy"},
    {"technology", "domain", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Domain"), "人工智能|通信"},
    {"training_run", "gpu_type", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "GPU type"), "V100|A100|H100|H800|A800|910B"},
    {"key_figure", "unit", ColumnKind::Choice, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Unit"),
        "count|%|yuan|USD|rank|parameters|EFLOPS|CNY per USD|percentage points|times|fold|top "
        "N|date"},
    {"key_figure", "value", ColumnKind::Number,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Value"), ""},
    // The choices are qualifierCodes(), the list the schema's CHECK holds (filled in read()).
    {"key_figure", "qualifier", ColumnKind::Choice,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Qualifier"), ""},
    {"leaderboard_entry", "score", ColumnKind::Number,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Score"), ""},
    {"training_run", "parameters", ColumnKind::Number,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Parameters"), ""},
    {"training_run", "tokens", ColumnKind::Number,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Tokens"), ""},
    // Plain text and numbers, named here only so that their labels are translated.
    {"*", "amount_text", ColumnKind::Text,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Amount text"), ""},
    {"*", "answer", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Answer"), ""},
    {"*", "benchmark", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Benchmark"),
        ""},
    {"*", "code", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Code"), ""},
    {"*", "country", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Country"), ""},
    {"*", "data_source", ColumnKind::Text,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Data source"), ""},
    {"*", "direction", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Direction"),
        ""},
    {"*", "domain", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Domain"), ""},
    {"*", "family", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Family"), ""},
    {"*", "file", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "File"), ""},
    {"*", "horizon", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Horizon"), ""},
    {"*", "id", ColumnKind::Integer, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Id"), ""},
    {"*", "issuer", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Issuer"), ""},
    {"*", "measures", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Measures"),
        ""},
    {"*", "metric", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Metric"), ""},
    {"*", "parent_domain", ColumnKind::Text,
        QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Parent domain"), ""},
    {"*", "products", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Products"),
        ""},
    {"*", "publisher", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Publisher"),
        ""},
    {"*", "question", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Question"),
        ""},
    {"*", "region", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Region"), ""},
    {"*", "round", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Round"), ""},
    {"*", "share_of", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Share of"),
        ""},
    {"*", "subject", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Subject"), ""},
    {"*", "survey", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Survey"), ""},
    {"*", "title", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Title"), ""},
    {"*", "topic", ColumnKind::Text, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Topic"), ""},
    {"trend", "number", ColumnKind::Integer, QT_TRANSLATE_NOOP("TrendScope::EditSchema", "Number"),
        ""},
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

QString EditSchema::translated(const QString &label)
{
    return QCoreApplication::translate("TrendScope::EditSchema", label.toUtf8().constData());
}

QString EditSchema::columnLabel(const QString &table, const QString &column)
{
    if (const ColumnDescriptor *d = findColumnDescriptor(table, column))
        return QString::fromUtf8(d->label);
    return humanLabel(column);
}

QString EditSchema::tableLabel(const QString &table)
{
    for (const TableDescriptor &d : tableDescriptors) {
        if (table == QLatin1String(d.name))
            return QString::fromUtf8(d.label);
    }
    return humanLabel(table);
}

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
