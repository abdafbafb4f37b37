#include "database.h"

#include "schemacontract.h"
#include "sqliteaccess.h"
#include "validationmemo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

// Database's checks of a file before it is trusted: the file itself, its journal, then the
// content (application id, schema version, quick_check or integrity_check, the schema
// contract), bounded in time.
namespace TrendScope {

using namespace Sqlite;

std::optional<DatabaseError> Database::validateFile(const QString &path)
{
    using Kind = DatabaseError::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Kind::NotFound, path,
            QCoreApplication::translate("TrendScope::DatabaseError", "the file does not exist"));
    if (info.isDir())
        return makeError(Kind::NotAFile, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "it is a folder, not a dataset file"));
    if (!info.isFile())
        return makeError(Kind::NotAFile, path,
            QCoreApplication::translate("TrendScope::DatabaseError", "it is not a regular file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Kind::Unreadable, path,
            QCoreApplication::translate("TrendScope::DatabaseError", "the file cannot be read (%1)")
                .arg(file.errorString()));
    if (info.size() == 0)
        return makeError(Kind::NotSqlite, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "the file is empty (0 bytes)"));
    static const QByteArray header("SQLite format 3\0", 16);
    if (file.read(16) != header)
        return makeError(Kind::NotSqlite, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "it is not an SQLite database (wrong file header)"));
    file.close();

    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool walHasData = hasContent(wal);
    if (walHasData && !QFileInfo::exists(shm) && !folderIsWritable(path) && isWalModeFile(path))
        return makeError(Kind::Unreadable, path,
            QCoreApplication::translate("TrendScope::DatabaseError",
                "its journal %1 holds changes not yet written into it, and "
                "they cannot be read in a read-only folder; open it once "
                "from a folder you can write to")
                .arg(QFileInfo(wal).fileName()));

    // A file that passed these checks and has not changed since is not read through again
    // (ValidationMemo says when that can be known). Never with a journal to read into it.
    const ValidationMemo memo = ValidationMemo::forUser();
    const qint64 checkStarted = ValidationMemo::nowNs();
    const auto before = walHasData ? std::nullopt : ValidationMemo::identify(path);
    if (before && memo.remembers(*before))
        return std::nullopt;

    // A journal with content is read into the file: it may be a leftover of another file, so
    // the whole file is checked then (integrity_check also compares indexes with their tables).
    auto problem = checkContent(path, false, walHasData);
    if (!problem && before)
        memo.remember(path, *before, checkStarted);
    // Unusable when read with the journal beside it, sound on its own: the journal is a
    // leftover of another file (or damaged). SQLite cannot tell; saying so lets people fix it.
    const QList<Kind> journalKinds {Kind::Foreign, Kind::Newer, Kind::Damaged, Kind::Drifted};
    if (problem && journalKinds.contains(problem->kind) && walHasData
        && !checkContent(path, true, true)) {
        problem->kind = Kind::Damaged;
        problem->reason = QCoreApplication::translate("TrendScope::DatabaseError",
            "the journal %1 beside it does not belong to it or is "
            "damaged (read with it: %2); the file itself "
            "is intact: move %1 away to open it as last saved")
                              .arg(QFileInfo(wal).fileName(), problem->reason);
    }

    return problem;
}

std::optional<DatabaseError> Database::checkContent(
    const QString &path, bool immutable, bool thorough)
{
    using Kind = DatabaseError::Kind;
    const ReadSource source = readSource(path, immutable);
    if (!source.error.isEmpty())
        return makeError(Kind::Unreadable, path, source.error);
    ScopedConnection conn(source.target.name, source.target.options);
    if (!conn.isOpen())
        return sqliteError(path, conn.error());
    if (!harden(rawHandle(conn.db())))
        return makeError(Kind::Failed, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "the connection could not be secured"));

    // quick_check and the schema comparison on a hostile file are bounded in time too.
    Sqlite::TimeLimit limit;
    limit.limitMs = qint64(defaultTimeLimitSeconds()) * 1000;
    limit.timer.start();
    sqlite3_progress_handler(rawHandle(conn.db()), ProgressSteps, stopPastTimeLimit, &limit);
    auto problem = checkConnection(conn.db(), path, thorough);
    sqlite3_progress_handler(rawHandle(conn.db()), 0, nullptr, nullptr);
    if (limit.reached)
        return makeError(Kind::Failed, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "checking it took longer than %1 s; stopped")
                .arg(defaultTimeLimitSeconds()));
    return problem;
}

std::optional<DatabaseError> Database::checkConnection(
    const QSqlDatabase &db, const QString &path, bool thorough)
{
    using Kind = DatabaseError::Kind;
    QString error;
    const auto appId = pragmaValue(db, QStringLiteral("application_id"), &error);
    if (!appId)
        return sqliteError(path, error);
    if (appId->toInt() != ApplicationId)
        return makeError(Kind::Foreign, path,
            QCoreApplication::translate("TrendScope::DatabaseError",
                "it is an SQLite database of another application, not a TrendScope dataset"));

    const auto version = pragmaValue(db, QStringLiteral("user_version"), &error);
    if (!version)
        return sqliteError(path, error);
    const int v = version->toInt();
    if (v > latestSchemaVersion())
        return makeError(Kind::Newer, path,
            QCoreApplication::translate("TrendScope::DatabaseError",
                "it was written by a newer TrendScope (schema version %1; "
                "this version reads up to %2)")
                .arg(v)
                .arg(latestSchemaVersion()));
    if (v < 1)
        return makeError(Kind::Damaged, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "it has no valid schema version (%1)")
                .arg(v));

    // Every line: a constraint finding may come before real damage.
    QStringList findings;
    {
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (!check.exec(thorough ? QStringLiteral("PRAGMA integrity_check(100)")
                                 : QStringLiteral("PRAGMA quick_check(100)")))
            return sqliteError(path,
                check.lastError().databaseText().isEmpty() ? check.lastError().text()
                                                           : check.lastError().databaseText());
        while (check.next())
            findings.append(check.value(0).toString());
    }
    findings.removeIf([](const QString &line) {
        return line == QLatin1String("ok") || isConstraintFinding(line);
    });
    if (!findings.isEmpty())
        return makeError(Kind::Damaged, path,
            QCoreApplication::translate("TrendScope::DatabaseError", "the file is damaged (%1)")
                .arg(firstProblems(findings.join(u'\n'))));

    // Every reader, the editor and the checker rely on the schema the version promises: a
    // trigger, view or index added by someone else, or a missing table or column, would only
    // show later as raw SQL errors or silent changes. Extra objects are refused too (not opened
    // read-only): nothing TrendScope runs may meet a trigger or view it does not know.
    const SchemaContract *contract = SchemaContract::forVersion(v);
    if (!contract)
        return makeError(Kind::Failed, path,
            QCoreApplication::translate("TrendScope::DatabaseError",
                "this build cannot construct schema version %1 to compare it with")
                .arg(v));
    const QStringList differences = contract->differences(rawHandle(db), &error);
    if (!error.isEmpty())
        return sqliteError(path, error);
    if (!differences.isEmpty())
        return makeError(Kind::Drifted, path,
            QCoreApplication::translate(
                "TrendScope::DatabaseError", "its schema differs from version %1: %2")
                .arg(QString::number(v), firstProblems(differences.join(u'\n'))));
    return std::nullopt;
}

} // namespace TrendScope
