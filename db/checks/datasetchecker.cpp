#include "datasetchecker.h"

#include "arithmetic.h"
#include "database.h"
#include "inferred.h"
#include "rowcursor.h"
#include "schemacontract.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringBuilder>

#include <cmath>
#include <thread>

namespace TrendScope {

namespace {

const QSet<QString> &dateColumns()
{
    static const QSet<QString> names {QStringLiteral("date"), QStringLiteral("snapshot"),
        QStringLiteral("announced"), QStringLiteral("effective"), QStringLiteral("founded"),
        QStringLiteral("released"), QStringLiteral("period"), QStringLiteral("period_start"),
        QStringLiteral("period_end"), QStringLiteral("published")};
    return names;
}

const QSet<QString> &percentColumns()
{
    static const QSet<QString> names {QStringLiteral("percent"), QStringLiteral("share_percent"),
        QStringLiteral("min_percent"), QStringLiteral("max_percent")};
    return names;
}

const QSet<QString> &nonNegativeColumns()
{
    static const QSet<QString> names {QStringLiteral("amount_yuan"), QStringLiteral("events"),
        QStringLiteral("parameters"), QStringLiteral("tokens"), QStringLiteral("days"),
        QStringLiteral("gpus"), QStringLiteral("respondents"), QStringLiteral("list_rank"),
        QStringLiteral("rank")};
    return names;
}

QString quoted(QString identifier)
{
    identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// An ISO date of year, month or day precision that names a real day.
bool isValidIsoDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return year >= 1900 && year <= 2100 && QDate(year, month, day).isValid();
}

// The table's columns as its schema version promises them: a file whose columns differ is
// refused when opened, and a server dataset is made from the same migrations.
QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList columns;
    if (const SchemaContract *contract = SchemaContract::forVersion(db.schemaVersion()))
        for (const SchemaColumn &c : contract->columns(table))
            columns.append(c.name);
    return columns;
}

// SQLite stores any value in any column; what each declared type may hold. REAL also takes
// integers: both are numbers to every reader.
QStringList storageClassesFor(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type == QLatin1String("INTEGER"))
        return {QStringLiteral("integer")};
    if (type == QLatin1String("REAL"))
        return {QStringLiteral("real"), QStringLiteral("integer")};
    if (type == QLatin1String("TEXT"))
        return {QStringLiteral("text")};
    return {};
}

QString storageName(const QString &storageClass)
{
    const char *name = storageClass == QLatin1String("integer")
        ? QT_TRANSLATE_NOOP("TrendScope::DatasetChecker", "an integer")
        : storageClass == QLatin1String("real")
        ? QT_TRANSLATE_NOOP("TrendScope::DatasetChecker", "a number")
        : storageClass == QLatin1String("text")
        ? QT_TRANSLATE_NOOP("TrendScope::DatasetChecker", "text")
        : QT_TRANSLATE_NOOP("TrendScope::DatasetChecker", "a blob");
    return QCoreApplication::translate("TrendScope::DatasetChecker", name);
}

// The checks below read, in C++, only the rows an SQL condition cannot clear: on a large
// dataset nearly every row is fine, and reading each value into a QVariant cost ten times what
// SQLite's own scan does. Each condition is true for every row the C++ check could fault (it
// may be true for more: those are read and found fine), so the problems found are the same.

// A text certainly not blank: it has a digit, a Latin letter or a CJK ideograph in it
// (QString::trimmed() would leave something).
QString certainlyNotBlank(const QString &column)
{
    return column + QStringLiteral(" GLOB '*[0-9A-Za-z\u4e00-\u9fff]*'");
}

// Rows of `table` whose column values the per-row loop of checkColumns could fault.
QString columnsMayFail(const QStringList &columns)
{
    QStringList may;
    const auto has = [&](const char *c) { return columns.contains(QLatin1String(c)); };
    // A column the row lacks reads as empty there: every row may fail.
    const auto ifHas = [&](const char *c, const QString &condition) {
        return has(c) ? condition : QStringLiteral("1");
    };
    if (has("status")) {
        may << ifHas("source_id", QStringLiteral("source_id IS NULL"))
            << ifHas("section",
                   QStringLiteral("section IS NULL OR NOT ")
                       + certainlyNotBlank(QStringLiteral("section")))
            << QStringLiteral("status IS NULL OR status NOT IN ('stated', 'derived', 'editor')");
        if (has("edition_id"))
            may << QStringLiteral("edition_id IS NULL");
        may << QStringLiteral("status = 'derived' AND ")
                + ifHas("formula",
                    QStringLiteral("(formula IS NULL OR NOT ")
                        + certainlyNotBlank(QStringLiteral("formula")) + QLatin1Char(')'));
    }
    for (const QString &column : columns) {
        const QString c = quoted(column);
        if (dateColumns().contains(column)) {
            const QString year
                = QStringLiteral("substr(%1, 1, 4) BETWEEN '1900' AND '2100'").arg(c);
            may << QStringLiteral("%1 IS NOT NULL AND NOT (typeof(%1) = 'text' AND %2 AND ("
                                  "%1 GLOB '[0-9][0-9][0-9][0-9]'"
                                  " OR (%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
                                  "     AND date(%1 || '-01') IS %1 || '-01')"
                                  " OR (%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                                  "     AND date(%1, '+0 days') IS %1)))")
                       .arg(c, year);
        }
        if (percentColumns().contains(column))
            may << QStringLiteral("%1 IS NOT NULL AND NOT (typeof(%1) IN ('integer', 'real')"
                                  " AND %1 >= 0 AND %1 <= 100)")
                       .arg(c);
        if (nonNegativeColumns().contains(column))
            may << QStringLiteral(
                "%1 IS NOT NULL AND NOT (typeof(%1) IN ('integer', 'real') AND %1 >= 0)")
                       .arg(c);
    }
    if (has("inferred"))
        may << QStringLiteral("inferred IS NOT NULL");
    if (has("min_percent") && has("max_percent"))
        may << QStringLiteral("min_percent > max_percent");
    return may.isEmpty() ? QStringLiteral("0")
                         : QLatin1Char('(') + may.join(QStringLiteral(") OR (")) + QLatin1Char(')');
}

// Rows of a table whose stored values checkStorage could fault.
QString storageMayFail(const QList<SchemaColumn> &columns)
{
    QStringList may;
    for (const SchemaColumn &column : columns) {
        const QString c = quoted(column.name);
        if (column.notNull)
            may << c + QStringLiteral(" IS NULL");
        const QStringList classes = storageClassesFor(column.type);
        if (!classes.isEmpty())
            may << QStringLiteral("%1 IS NOT NULL AND typeof(%1) NOT IN ('%2')")
                       .arg(c, classes.join(QStringLiteral("', '")));
        if (!column.allowed.isEmpty()) {
            QStringList values;
            for (QString value : column.allowed)
                values << QLatin1Char('\'') + value.replace(QLatin1Char('\''), QStringLiteral("''"))
                        + QLatin1Char('\'');
            // As checkStorage compares them: the first 40 characters, as text.
            may << QStringLiteral(
                "typeof(%1) = 'blob' OR (%1 IS NOT NULL AND substr(%1, 1, 40) NOT IN (%2))")
                       .arg(c, values.join(QStringLiteral(", ")));
        }
    }
    return may.isEmpty() ? QStringLiteral("0")
                         : QLatin1Char('(') + may.join(QStringLiteral(") OR (")) + QLatin1Char(')');
}

} // namespace

QString Problem::text() const
{
    const QString what = warning
        ? QCoreApplication::translate("TrendScope::DatasetChecker", "warning: ") + message
        : message;
    if (rowId > 0)
        return QCoreApplication::translate("TrendScope::DatasetChecker", "%1 row %2: %3")
            .arg(table)
            .arg(rowId)
            .arg(what);
    if (!table.isEmpty())
        return table + QStringLiteral(": ") + what;
    return what;
}

DatasetChecker::DatasetChecker(const Database &database)
    : m_db(database)
{ }

namespace {

// PRAGMA integrity_check on `db`'s connection: each finding that is damage.
QList<Problem> integrityProblems(const Database &db)
{
    QList<Problem> problems;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append({QString(), 0,
            QCoreApplication::translate(
                "TrendScope::DatasetChecker", "integrity check failed to run")});
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        // A NULL in a NOT NULL column or a value outside a CHECK list is a bad value, not
        // damage: checkStorage() names each by table, row and column.
        if (line != QLatin1String("ok") && !isConstraintFinding(line))
            problems.append({QString(), 0,
                QCoreApplication::translate("TrendScope::DatasetChecker", "integrity: ") + line});
    }
    return problems;
}

// The integrity check of a dataset file, on a second read connection and a thread of its own
// while the caller checks the rows: it reads every page and every index, a third of `check`
// on a file of millions of rows (PERFORMANCE.md). The second connection has the first one's
// time limit. Nothing to do on a server (it keeps its own storage whole) or in memory (no
// second connection): ran() is then false, as when the file could not be opened again.
class IntegrityAside
{
public:
    explicit IntegrityAside(const Database &db)
    {
        if (db.isServer() || db.path() == QLatin1String(":memory:"))
            return;
        m_started = true;
        m_thread = std::thread([this, open = db.readerFactory(), limit = db.timeLimitSeconds()] {
            DatabaseError error;
            // The connection belongs to this thread: made, used and closed here.
            const std::unique_ptr<Database> reader = open(&error);
            if (!reader)
                return;
            reader->setTimeLimit(limit);
            m_problems = integrityProblems(*reader);
            m_timeLimitReached = reader->timeLimitReached();
            m_ran = true;
        });
    }
    ~IntegrityAside() { wait(); }
    IntegrityAside(const IntegrityAside &) = delete;
    IntegrityAside &operator=(const IntegrityAside &) = delete;

    bool started() const { return m_started; }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    // After wait():
    bool ran() const { return m_ran; }
    const QList<Problem> &problems() const { return m_problems; }
    bool timeLimitReached() const { return m_timeLimitReached; }

private:
    bool m_started = false;
    std::thread m_thread;
    QList<Problem> m_problems;
    bool m_timeLimitReached = false;
    bool m_ran = false;
};

} // namespace

QList<Problem> DatasetChecker::run(const std::function<void(int, int)> &progress) const
{
    // The schema's own tables, not the file's list: an added table is no business of the
    // checker (and such a file is refused when it is opened).
    const SchemaContract *contract = SchemaContract::forVersion(m_db.schemaVersion());
    const QStringList tables = contract ? contract->tables() : QStringList();
    const int total = int(tables.size()) + 4;
    int done = 0;
    const auto stepDone = [&] {
        if (progress)
            progress(++done, total);
    };
    // A damaged file's findings are all that is reported: the other checks read damaged
    // pages. On a file the integrity check runs beside them and is counted as the last step.
    IntegrityAside aside(m_db);
    if (!aside.started()) {
        const QList<Problem> damage = m_db.isServer() ? QList<Problem>() : integrityProblems(m_db);
        stepDone();
        if (!damage.isEmpty())
            return damage;
    }
    QList<Problem> problems;
    checkForeignKeys(problems);
    stepDone();
    checkStorage(problems);
    stepDone();
    for (const QString &table : tables) {
        checkColumns(table, problems);
        checkEditions(table, problems);
        checkDerived(table, problems);
        stepDone();
    }
    checkShares(problems);
    checkQualifiers(problems);
    stepDone();
    if (aside.started()) {
        aside.wait();
        // The file could not be opened a second time: checked on this connection after all.
        const QList<Problem> damage = aside.ran() ? aside.problems() : integrityProblems(m_db);
        stepDone();
        if (!damage.isEmpty())
            problems = damage;
    }
    // The checks stop at the connections' time limit; a partial result must not read as clean.
    if (m_db.timeLimitReached() || aside.timeLimitReached())
        problems.append({QString(), 0, m_db.timeLimitMessage(QStringLiteral("checking"))});
    return problems;
}

void DatasetChecker::checkForeignKeys(QList<Problem> &problems) const
{
    // A server refuses a commit that breaks a reference (the constraints are deferred, not
    // off), so there is nothing to find there.
    if (m_db.isServer())
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return;
    while (q.next()) {
        problems.append({q.value(0).toString(), q.value(1).toLongLong(),
            QCoreApplication::translate(
                "TrendScope::DatasetChecker", "refers to a missing row of %1")
                .arg(q.value(2).toString())});
    }
}

void DatasetChecker::checkEditions(const QString &table, QList<Problem> &problems) const
{
    const QStringList columns = columnsOf(m_db, table);
    if (!columns.contains(QLatin1String("edition_id"))
        || !columns.contains(QLatin1String("source_id")))
        return;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.id, t.edition_id, e.source_id, t.source_id FROM %1 t "
                               "JOIN edition e ON e.id = t.edition_id "
                               "WHERE e.source_id IS DISTINCT FROM t.source_id")
                    .arg(quoted(table))))
        return;
    while (q.next())
        problems.append({table, q.value(0).toLongLong(),
            QCoreApplication::translate("TrendScope::DatasetChecker",
                "provenance: edition %1 is an edition of source %2, not of the row's "
                "source %3")
                .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())});
}

void DatasetChecker::checkColumns(const QString &table, QList<Problem> &problems) const
{
    const QStringList columns = columnsOf(m_db, table);
    if (!columns.contains(QLatin1String("id")))
        return;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList select;
    for (const QString &c : columns)
        select.append(quoted(c));
    if (!q.exec(QStringLiteral("SELECT ") + select.join(QLatin1Char(',')) + QStringLiteral(" FROM ")
            + quoted(table)
            // The pre-selection is SQLite's SQL (typeof, GLOB, date); a server reads every row.
            + (m_db.isServer() ? QString() : QStringLiteral(" WHERE ") + columnsMayFail(columns))))
        return;

    const bool hasProvenance = columns.contains(QLatin1String("status"));
    const int idCol = columns.indexOf(QLatin1String("id"));
    const int editionCol = columns.indexOf(QLatin1String("edition_id"));
    const int minCol = columns.indexOf(QLatin1String("min_percent"));
    const int maxCol = columns.indexOf(QLatin1String("max_percent"));
    while (q.next()) {
        const qint64 id = q.value(idCol).toLongLong();
        auto add = [&](const QString &message) { problems.append({table, id, message}); };
        auto text = [&](const char *column) {
            const int i = columns.indexOf(QLatin1String(column));
            return i < 0 ? QString() : q.value(i).toString().trimmed();
        };

        if (hasProvenance) {
            if (q.value(columns.indexOf(QLatin1String("source_id"))).isNull())
                add(QCoreApplication::translate(
                    "TrendScope::DatasetChecker", "provenance: no source"));
            if (editionCol >= 0 && q.value(editionCol).isNull())
                add(QCoreApplication::translate(
                    "TrendScope::DatasetChecker", "provenance: no edition"));
            if (text("section").isEmpty())
                add(QCoreApplication::translate(
                    "TrendScope::DatasetChecker", "provenance: no section"));
            const QString status = text("status");
            if (status != QLatin1String("stated") && status != QLatin1String("derived")
                && status != QLatin1String("editor"))
                add(QCoreApplication::translate("TrendScope::DatasetChecker",
                    "provenance: status \"%1\" is not stated, derived or editor")
                        .arg(status));
            if (status == QLatin1String("derived") && text("formula").isEmpty())
                add(QCoreApplication::translate(
                    "TrendScope::DatasetChecker", "provenance: derived without a formula"));
        }

        for (int i = 0; i < columns.size(); ++i) {
            const QString &column = columns.at(i);
            const QVariant v = q.value(i);
            if (v.isNull())
                continue;
            if (dateColumns().contains(column) && !isValidIsoDate(v.toString()))
                add(QCoreApplication::translate("TrendScope::DatasetChecker",
                    "%1 \"%2\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                        .arg(column, v.toString()));
            if (percentColumns().contains(column)) {
                bool ok = false;
                const double p = v.toDouble(&ok);
                if (!ok || !(p >= 0.0 && p <= 100.0))
                    add(QCoreApplication::translate(
                        "TrendScope::DatasetChecker", "%1 %2 is outside 0-100")
                            .arg(column, v.toString()));
            }
            if (nonNegativeColumns().contains(column)) {
                bool ok = false;
                const double n = v.toDouble(&ok);
                if (!ok || !(n >= 0.0))
                    add(QCoreApplication::translate(
                        "TrendScope::DatasetChecker", "%1 %2 must be a number of at least 0")
                            .arg(column, v.toString()));
            }
        }
        checkInferred(columns, text("inferred"), add);
        if (minCol >= 0 && maxCol >= 0 && !q.value(minCol).isNull() && !q.value(maxCol).isNull()
            && q.value(minCol).toDouble() > q.value(maxCol).toDouble())
            add(QCoreApplication::translate(
                "TrendScope::DatasetChecker", "min_percent %1 is above max_percent %2")
                    .arg(q.value(minCol).toString(), q.value(maxCol).toString()));
    }
}

void DatasetChecker::checkInferred(const QStringList &columns, const QString &inferred,
    const std::function<void(const QString &)> &add)
{
    // Each field a column of the row, each with its reason, so that a view can mark exactly
    // the fields the dataset filled in.
    const InferredFields parsed = parseInferred(inferred);
    for (const QString &group : parsed.unexplained)
        add(QCoreApplication::translate(
            "TrendScope::DatasetChecker", "inferred \"%1\" does not say where from (field: reason)")
                .arg(group));
    for (const InferredField &f : parsed.fields)
        if (!columns.contains(f.field))
            add(QCoreApplication::translate("TrendScope::DatasetChecker",
                "inferred names \"%1\", which is not a column of the row")
                    .arg(f.field));
}

void DatasetChecker::checkStorage(QList<Problem> &problems) const
{
    // SQLite stores any value in any column; a server's columns hold only their own type.
    if (m_db.isServer())
        return;
    const SchemaContract *contract = SchemaContract::forVersion(m_db.schemaVersion());
    if (!contract)
        return;
    const QStringList tables = contract->tables();
    for (const QString &table : tables) {
        const QList<SchemaColumn> columns = contract->columns(table);
        // Per column: its storage class and a short excerpt (a blob only by its length, so a
        // hostile 100 MB value is never copied).
        QStringList select {QStringLiteral("rowid")};
        for (const SchemaColumn &c : columns)
            select << QStringLiteral("typeof(%1)").arg(quoted(c.name))
                   << QStringLiteral(
                          "CASE typeof(%1) WHEN 'blob' THEN length(%1) ELSE substr(%1, 1, 40) END")
                          .arg(quoted(c.name));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT ") + select.join(QLatin1Char(','))
                + QStringLiteral(" FROM ") + quoted(table) + QStringLiteral(" WHERE ")
                + storageMayFail(columns))) {
            problems.append({table, 0,
                QCoreApplication::translate("TrendScope::DatasetChecker", "cannot be read (%1)")
                    .arg(q.lastError().databaseText())});
            continue;
        }
        while (q.next()) {
            const qint64 rowId = q.value(0).toLongLong();
            for (int i = 0; i < columns.size(); ++i) {
                const SchemaColumn &column = columns.at(i);
                const QString storage = q.value(1 + 2 * i).toString();
                const QString value = q.value(2 + 2 * i).toString();
                if (storage == QLatin1String("null")) {
                    if (column.notNull)
                        problems.append({table, rowId,
                            QCoreApplication::translate("TrendScope::DatasetChecker",
                                "%1 is empty (NULL), but every row needs one")
                                .arg(column.name)});
                    continue;
                }
                const QStringList allowedClasses = storageClassesFor(column.type);
                if (!allowedClasses.isEmpty() && !allowedClasses.contains(storage)) {
                    const QString shown = storage == QLatin1String("blob")
                        ? QCoreApplication::translate(
                            "TrendScope::DatasetChecker", "a blob of %1 bytes")
                              .arg(value)
                        : QStringLiteral("%1 \"%2\"").arg(storageName(storage), value);
                    problems.append({table, rowId,
                        QCoreApplication::translate(
                            "TrendScope::DatasetChecker", "%1 holds %2, not %3")
                            .arg(column.name, shown, storageName(allowedClasses.constFirst()))});
                    continue;
                }
                if (!column.allowed.isEmpty() && !column.allowed.contains(value))
                    problems.append({table, rowId,
                        QCoreApplication::translate(
                            "TrendScope::DatasetChecker", "%1 \"%2\" is not one of %3")
                            .arg(column.name, value, column.allowed.join(QStringLiteral(", ")))});
            }
        }
    }
}

void DatasetChecker::checkShares(QList<Problem> &problems) const
{
    // Shares of one whole (same period, same parent domain, same base) may not exceed 100%
    // beyond rounding.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT period_start, period_end, COALESCE(parent_domain, ''), COALESCE(share_of, ''),"
            "       SUM(share_percent)"
            " FROM funding_total WHERE share_percent IS NOT NULL"
            " GROUP BY 1, 2, 3, 4 HAVING SUM(share_percent) > 100.5")))
        return;
    while (q.next()) {
        problems.append({QStringLiteral("funding_total"), 0,
            QCoreApplication::translate("TrendScope::DatasetChecker",
                "shares of %1 (%2 to %3) add up to %4%, more than 100%")
                .arg(
                    q.value(3).toString().isEmpty() ? q.value(2).toString() : q.value(3).toString(),
                    q.value(0).toString(), q.value(1).toString())
                .arg(q.value(4).toDouble(), 0, 'f', 2)});
    }
}

} // namespace TrendScope

namespace TrendScope {

void DatasetChecker::checkDerived(const QString &table, QList<Problem> &problems) const
{
    const QStringList columns = columnsOf(m_db, table);
    if (!columns.contains(QLatin1String("formula")) || !columns.contains(QLatin1String("status")))
        return;
    // Read raw, not through QSqlQuery: a large synthetic dataset derives most of its millions
    // of rows, and a QVariant per value was most of `check`'s time (PERFORMANCE.md).
    RowCursor q(m_db,
        QStringLiteral(
            "SELECT * FROM %1 WHERE status = 'derived' AND trim(COALESCE(formula, '')) <> ''")
            .arg(quoted(table)));
    const int columnCount = q.columnCount();
    int idColumn = -1;
    int formulaColumn = -1;
    for (int i = 0; i < columnCount; ++i) {
        const QString name = q.columnName(i);
        if (name == QLatin1String("id"))
            idColumn = i;
        else if (name == QLatin1String("formula"))
            formulaColumn = i;
    }
    while (q.next()) {
        const qint64 id = q.integer(idColumn);
        const QString formula = q.text(formulaColumn);
        const qsizetype eq = formula.lastIndexOf(QLatin1Char('='));
        const QString resultText = formula.mid(eq + 1).trimmed();
        const std::optional<double> read = readNumber(QString(resultText).remove(QLatin1Char(',')));
        const auto computed = eq < 0 ? std::nullopt : evaluateArithmetic(formula.left(eq));
        if (!computed || !read) {
            problems.append({table, id,
                QCoreApplication::translate("TrendScope::DatasetChecker",
                    "derived: formula \"%1\" is not arithmetic of the form EXPR = RESULT")
                    .arg(formula)});
            continue;
        }
        const double result = *read;
        const double tolerance = roundingTolerance(resultText);
        if (std::abs(*computed - result) > tolerance) {
            problems.append({table, id,
                QCoreApplication::translate(
                    "TrendScope::DatasetChecker", "derived: %1 gives %2, not %3")
                    .arg(formula.left(eq).trimmed())
                    .arg(*computed, 0, 'g', 10)
                    .arg(resultText)});
            continue;
        }
        // The row must hold the result in one of its numeric columns.
        bool held = false;
        for (int i = 0; i < columnCount && !held; ++i) {
            const std::optional<double> value = i == idColumn ? std::nullopt : q.number(i);
            held = value && std::abs(*value - result) <= tolerance;
        }
        if (!held)
            problems.append({table, id,
                QCoreApplication::translate("TrendScope::DatasetChecker",
                    "derived: the row does not hold the formula's result %1")
                    .arg(resultText)});
    }
}

} // namespace TrendScope
