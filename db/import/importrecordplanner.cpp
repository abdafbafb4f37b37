#include "importrecordplanner.h"

#include "database.h"
#include "editqueries.h"
#include "fieldvalidator.h"
#include "importvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TrendScope {

namespace {

// What a row is about inside its edition: two rows of one edition with the same identity are
// one fact, so a file row with the identity of an existing row changes it. The same facts
// "What changed" (EditionDiff) matches editions by.
struct Identity
{
    const char *table;
    const char *columns; // space separated
};

const Identity identities[] = {
    {"leaderboard_entry", "leaderboard_id model_id"},
    {"training_run", "model_id"},
    {"maturity_position", "technology_id curve_year"},
    {"funding_total", "domain parent_domain period_start"},
    {"funding_company", "organization_id period"},
    {"price_cut", "organization_id products announced"},
    {"policy", "title date"},
    {"event", "title date"},
    {"survey_stat", "survey question answer"},
    {"key_figure", "subject metric period"},
    {"model", "name"},
    {"leaderboard", "benchmark snapshot"},
};

QStringList identityOf(const TableInfo &table)
{
    for (const Identity &i : identities)
        if (table.name == QLatin1String(i.table))
            return QString::fromLatin1(i.columns).split(QLatin1Char(' '));
    return table.labelColumns;
}

// Columns the import sets itself, never from the file.
bool setByImport(const QString &column)
{
    return column == QLatin1String("source_id") || column == QLatin1String("edition_id")
        || column == QLatin1String("status") || column == QLatin1String("section");
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}
} // namespace

std::optional<QVariant> ImportRecordPlanner::ReferenceIndex::find(const QString &text) const
{
    if (keyIsInteger) {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (isNumber && labelOfKey.contains(QString::number(id)))
            return QVariant(id);
    } else if (labelOfKey.contains(text)) {
        return QVariant(text);
    }
    const auto it = keyOfLabel.constFind(folded(text));
    if (it == keyOfLabel.cend())
        return std::nullopt;
    return keyIsInteger ? QVariant(it.value().toLongLong()) : QVariant(it.value());
}

const ImportRecordPlanner::ReferenceIndex &ImportRecordPlanner::index(const QString &table)
{
    auto it = m_indexes.find(table);
    if (it != m_indexes.end())
        return it.value();
    ReferenceIndex index;
    const EditQueries queries(m_db, m_schema);
    index.labelOfKey = queries.labels(table);
    if (const TableInfo *info = m_schema.table(table))
        for (const ColumnInfo &c : info->columns)
            if (c.key)
                index.keyIsInteger = c.kind == ColumnKind::Integer;
    for (auto l = index.labelOfKey.cbegin(); l != index.labelOfKey.cend(); ++l)
        index.keyOfLabel.insert(folded(l.value()), l.key());
    // A model or organization may also be named by its English name.
    const TableInfo *info = m_schema.table(table);
    if (info && info->column(QStringLiteral("name_en")) && index.keyIsInteger) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name_en FROM %1 WHERE name_en IS NOT NULL")
                       .arg(EditSchema::quoted(table))))
            while (q.next())
                if (!index.keyOfLabel.contains(folded(q.value(1).toString())))
                    index.keyOfLabel.insert(folded(q.value(1).toString()), q.value(0).toString());
    }
    return m_indexes.insert(table, index).value();
}

bool ImportRecordPlanner::prepare(QString *error)
{
    m_identity = identityOf(m_table);
    for (const QStringList &key : m_table.uniqueKeys) {
        bool covered = !key.isEmpty();
        for (const QString &c : key)
            covered = covered && m_identity.contains(c);
        m_identityIsUnique = m_identityIsUnique || covered;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, label FROM edition"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_editionLabels.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT %2 AS rowid_, * FROM %1")
                    .arg(EditSchema::quoted(m_table.name), m_schema.rowKey()))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ExistingRow row;
        row.rowId = q.value(0).toLongLong();
        const QSqlRecord record = q.record();
        for (int i = 1; i < record.count(); ++i)
            row.values.insert(record.fieldName(i), q.value(i));
        row.edition = row.values.value(QStringLiteral("edition_id")).toLongLong();
        QStringList parts;
        for (const QString &c : std::as_const(m_identity))
            parts.append(FieldValidator::toText(row.values.value(c)));
        m_existing.insert(parts.join(QChar(0x1f)), row);
    }
    return true;
}

std::optional<QVariant> ImportRecordPlanner::reference(const ColumnInfo &column,
    const QVariantMap &fields, const QString &text, int line, int *creation, QString *reason)
{
    const TableInfo *target = m_schema.table(column.refTable);
    if (!target) {
        *reason = tr("%1 points at a table this dataset lacks.")
                      .arg(EditSchema::translated(column.label));
        return std::nullopt;
    }
    QString label = text.trimmed();
    if (!fields.isEmpty()) {
        QStringList parts;
        for (const QString &c : target->labelColumns) {
            if (!fields.contains(c)) {
                *reason
                    = tr("%1: the file names the %2 without its %3.")
                          .arg(EditSchema::translated(column.label),
                              EditSchema::translated(target->singular),
                              target->column(c) ? EditSchema::translated(target->column(c)->label)
                                                : c);
                return std::nullopt;
            }
            parts.append(FieldValidator::toText(fields.value(c)));
        }
        label = parts.join(QLatin1Char(' '));
    }
    if (label.isEmpty())
        return QVariant();
    if (auto key = index(column.refTable).find(label))
        return key;
    const QString creationKey = column.refTable + QChar(0x1f) + folded(label);
    if (auto it = m_creationOf.constFind(creationKey); it != m_creationOf.cend()) {
        *creation = it.value();
        return QVariant();
    }
    if (!m_plan.options.createMissing) {
        *reason = tr("%1: the dataset has no %2 “%3”. Check the name, or allow missing rows to "
                     "be made (--create-missing).")
                      .arg(EditSchema::translated(column.label),
                          EditSchema::translated(target->singular), label);
        return std::nullopt;
    }
    QVariantMap values = fields;
    if (fields.isEmpty()) {
        if (target->labelColumns.size() != 1) {
            QStringList fieldLabels;
            for (const QString &c : target->labelColumns)
                fieldLabels.append(
                    target->column(c) ? EditSchema::translated(target->column(c)->label) : c);
            *reason = tr("%1: the dataset has no %2 “%3”, and a %2 is made only from its "
                         "fields (%4).")
                          .arg(EditSchema::translated(column.label),
                              EditSchema::translated(target->singular), label,
                              fieldLabels.join(tr(", ")));
            return std::nullopt;
        }
        values.insert(target->labelColumns.constFirst(), label);
    }
    for (const ColumnInfo &c : target->columns) {
        if (c.required && !c.key && !setByImport(c.name) && !values.contains(c.name)
            && !c.defaultValue.isValid()) {
            *reason = tr("%1: to make the %2 “%3” the file must give its %4.")
                          .arg(EditSchema::translated(column.label),
                              EditSchema::translated(target->singular), label,
                              EditSchema::translated(c.label));
            return std::nullopt;
        }
    }
    m_plan.creations.append({column.refTable, target->singular, label, values, line});
    *creation = int(m_plan.creations.size() - 1);
    m_creationOf.insert(creationKey, *creation);
    return QVariant();
}

QString ImportRecordPlanner::labelOf(
    const ColumnInfo &column, const QVariant &key, int creation) const
{
    if (creation >= 0)
        return m_plan.creations.at(creation).label;
    if (column.kind != ColumnKind::Reference)
        return FieldValidator::toText(key);
    const auto it = m_indexes.constFind(column.refTable);
    const QString text = FieldValidator::toText(key);
    return it == m_indexes.cend() ? text : it->labelOfKey.value(text, text);
}

ImportRow ImportRecordPlanner::planRecord(const ImportRecord &record)
{
    ImportRow row;
    row.line = record.line;
    QStringList reasons;
    QSet<QString> failed; // columns whose value was refused (said once, in `reasons`)
    QHash<QString, QVariantMap> fields; // reference column → its named row's fields
    QHash<QString, QString> direct; // reference column → the text naming it
    for (int i = 0; i < m_mapping.targets.size(); ++i) {
        const QString &target = m_mapping.targets.at(i);
        if (target.isEmpty())
            continue;
        const QString cell = record.cells.value(i);
        const QString columnName = target.section(QLatin1Char('.'), 0, 0);
        const QString field = target.section(QLatin1Char('.'), 1);
        const ColumnInfo *column = m_table.column(columnName);
        if (!column)
            continue;
        QString message;
        if (!field.isEmpty()) {
            const TableInfo *ref = m_schema.table(column->refTable);
            const ColumnInfo *f = ref ? ref->column(field) : nullptr;
            if (!f)
                continue;
            if (auto value = ImportValues::parse(*f, cell, &message))
                fields[columnName].insert(field, *value);
            else {
                reasons.append(
                    QStringLiteral("%1 › %2").arg(EditSchema::translated(column->label), message));
                failed.insert(columnName);
            }
        } else if (column->kind == ColumnKind::Reference) {
            direct.insert(columnName, cell);
        } else if (auto value = ImportValues::parse(*column, cell, &message)) {
            row.values.insert(columnName, *value);
        } else {
            reasons.append(message);
            failed.insert(columnName);
        }
    }
    QHash<QString, int> creations;
    QHash<QString, QString> namedAs; // reference column → how the file names its row
    for (const ColumnInfo &column : m_table.columns) {
        if (!direct.contains(column.name) && !fields.contains(column.name))
            continue;
        QString reason;
        int creation = -1;
        QStringList parts {direct.value(column.name)};
        if (const TableInfo *target = m_schema.table(column.refTable))
            for (const QString &c : target->labelColumns)
                parts.append(FieldValidator::toText(fields.value(column.name).value(c)));
        parts.removeAll(QString());
        namedAs.insert(column.name, parts.join(QLatin1Char(' ')));
        const auto key = reference(column, fields.value(column.name), direct.value(column.name),
            record.line, &creation, &reason);
        if (!key) {
            reasons.append(reason);
            failed.insert(column.name);
            continue;
        }
        if (creation >= 0)
            row.creations.insert(column.name, creation);
        else
            row.values.insert(column.name, *key);
        creations.insert(column.name, creation);
    }
    for (const ColumnInfo &column : m_table.columns) {
        if (!column.required || column.key || setByImport(column.name)
            || column.defaultValue.isValid() || row.creations.contains(column.name))
            continue;
        const QVariant v = row.values.value(column.name);
        if (v.isNull() && !failed.contains(column.name))
            reasons.append(tr("%1: it is required and the row leaves it empty.")
                               .arg(EditSchema::translated(column.label)));
    }

    QStringList identity;
    QStringList labels;
    for (const QString &c : std::as_const(m_identity)) {
        const int creation = creations.value(c, -1);
        const QVariant v = row.values.value(c);
        identity.append(
            creation >= 0 ? QStringLiteral("new:%1").arg(creation) : FieldValidator::toText(v));
        const ColumnInfo *column = m_table.column(c);
        QString text = column ? labelOf(*column, v, creation) : QString();
        if (text.isEmpty())
            text = namedAs.value(c);
        if (!text.isEmpty())
            labels.append(text);
    }
    row.label = labels.join(QStringLiteral(" · "));
    if (!reasons.isEmpty()) {
        row.kind = ImportRow::Kind::Refused;
        row.reason = reasons.join(QStringLiteral(" "));
        return row;
    }
    const QString key = identity.join(QChar(0x1f));
    if (const auto first = m_seen.constFind(key); first != m_seen.cend()) {
        row.kind = ImportRow::Kind::Refused;
        row.reason = tr("The same %1 as line %2 (%3): a fact is imported once.")
                         .arg(EditSchema::translated(m_table.singular))
                         .arg(first.value())
                         .arg(row.label);
        return row;
    }
    m_seen.insert(key, record.line);
    row.kind = ImportRow::Kind::New;
    if (!row.creations.isEmpty() && [&] {
            for (const QString &c : std::as_const(m_identity))
                if (row.creations.contains(c))
                    return true;
            return false;
        }())
        return row;
    const qint64 edition = m_plan.options.editionId;
    for (auto it = m_existing.constFind(key); it != m_existing.cend() && it.key() == key; ++it) {
        const ExistingRow &existing = it.value();
        if (edition != 0 && existing.edition == edition) {
            row.rowId = existing.rowId;
            for (auto v = row.values.cbegin(); v != row.values.cend(); ++v)
                if (!FieldValidator::sameValue(existing.values.value(v.key()), v.value()))
                    row.before.insert(v.key(), existing.values.value(v.key()));
            row.kind = row.before.isEmpty() ? ImportRow::Kind::Unchanged : ImportRow::Kind::Changed;
            return row;
        }
    }
    if (m_identityIsUnique && m_existing.contains(key)) {
        const ExistingRow existing = m_existing.value(key);
        row.kind = ImportRow::Kind::Refused;
        row.reason = tr("%1 is already in edition “%2” (row %3), and the dataset holds it once: "
                        "import it into that edition.")
                         .arg(row.label, m_editionLabels.value(existing.edition))
                         .arg(existing.rowId);
    }
    return row;
}

} // namespace TrendScope
