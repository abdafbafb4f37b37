// Queries' reading of whole tables for export: only the tables and views the schema defines,
// each read in full or reported as failed, all of them inside one read snapshot.
#include "queries.h"

#include "database.h"
#include "readsnapshot.h"
#include "schemacontract.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TrendScope {

QStringList Queries::exportableNames() const
{
    // The schema's own tables and views, never the file's list: a table or view someone added
    // to a file is not exported (and such a file is refused when it is opened).
    const SchemaContract *contract = SchemaContract::forVersion(m_db.schemaVersion());
    return contract ? contract->tables() + contract->views() : QStringList();
}

QString Queries::serverOrder(const QString &name) const
{
    // A file gives a table's rows in rowid order, which is id order, and a view's in the order
    // of all its columns (tst_serveropen holds the shipped views to that); a server gives them
    // in whatever order its heap holds them unless asked.
    if (!m_db.isServer())
        return {};
    const auto columns = SchemaContract::forVersion(m_db.schemaVersion())->columns(name);
    if (!columns.isEmpty()) {
        const bool hasId = std::any_of(columns.cbegin(), columns.cend(),
            [](const SchemaColumn &c) { return c.name == QLatin1String("id"); });
        return hasId ? QStringLiteral(" ORDER BY id") : QString();
    }
    QSqlQuery q(m_db.connection());
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(quoted)))
        return {};
    QStringList positions;
    for (int i = 1; i <= q.record().count(); ++i)
        positions.append(QString::number(i) + QStringLiteral(" NULLS FIRST"));
    return QStringLiteral(" ORDER BY ") + positions.join(QStringLiteral(", "));
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
                      .arg(name,
                          q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                 : q.lastError().databaseText());
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"%2").arg(quoted, serverOrder(name))))
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
