#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace TrendScope {

// Plans one record of an import file after another (ImportPlanner::build): types each cell,
// resolves the rows its references name (or plans to make them), and matches it against the
// rows of the edition by what it is about. Reads the dataset once, in prepare().
// Its refusal reasons are in the interface language, as the preview and the command line show
// them.
class ImportRecordPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportRecordPlanner)
public:
    ImportRecordPlanner(const Database &db, const EditSchema &schema, const TableInfo &table,
        const ImportMapping &mapping, ImportPlan &plan)
        : m_db(db)
        , m_schema(schema)
        , m_table(table)
        , m_mapping(mapping)
        , m_plan(plan)
    { }

    // Reads the editions, the table's rows and its identity; false with the SQL error.
    bool prepare(QString *error);
    ImportRow planRecord(const ImportRecord &record);

private:
    struct ExistingRow
    {
        qint64 rowId = 0;
        qint64 edition = 0;
        QVariantMap values;
    };

    // Labels of a referenced table in both directions, read once per import.
    struct ReferenceIndex
    {
        QHash<QString, QString> labelOfKey;
        QHash<QString, QString> keyOfLabel; // folded label → key
        bool keyIsInteger = true;

        // The key a file's text names: an id, a text key, a label or an English name.
        std::optional<QVariant> find(const QString &text) const;
    };

    const ReferenceIndex &index(const QString &table);
    std::optional<QVariant> reference(const ColumnInfo &column, const QVariantMap &fields,
        const QString &text, int line, int *creation, QString *reason);
    QString labelOf(const ColumnInfo &column, const QVariant &key, int creation) const;

    const Database &m_db;
    const EditSchema &m_schema;
    const TableInfo &m_table;
    const ImportMapping &m_mapping;
    ImportPlan &m_plan;
    QHash<QString, ReferenceIndex> m_indexes;
    QHash<QString, int> m_creationOf; // "table\x1flabel" → index
    QMultiHash<QString, ExistingRow> m_existing; // identity → rows
    QHash<QString, int> m_seen; // identity → first line in the file
    QHash<qint64, QString> m_editionLabels;
    QStringList m_identity;
    bool m_identityIsUnique = false;
};

} // namespace TrendScope
