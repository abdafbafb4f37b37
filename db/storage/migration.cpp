#include "sqliteaccess.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace TrendScope::Sqlite {

namespace {

QList<SqlScriptFile> migrations()
{
    return embeddedScripts(QStringLiteral(":/db/schema"));
}

QList<SqlScriptFile> datasetScripts()
{
    return embeddedScripts(QStringLiteral(":/db/dataset"));
}

} // namespace

bool backupTo(sqlite3 *source, const QString &target, int expectedVersion, QString *error)
{
    sqlite3 *dest = nullptr;
    const QByteArray targetPath = QFile::encodeName(target);
    if (sqlite3_open_v2(
            targetPath.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(dest);
    if (backup)
        sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return false;
    }
    sqlite3_close(dest);

    // Verify: the copy must be a sound TrendScope file of the version we copied.
    const auto problem = Database::validateFile(target);
    if (problem) {
        *error = problem->reason;
        return false;
    }
    ScopedConnection check(target, readOnlyOptions());
    QString pragmaError;
    const auto version = pragmaValue(check.db(), QStringLiteral("user_version"), &pragmaError);
    if (!version || version->toInt() != expectedVersion) {
        *error = QCoreApplication::translate(
            "TrendScope::DatabaseError", "the backup copy could not be verified");
        return false;
    }
    return true;
}

QString applyScripts(sqlite3 *db, int fromVersion, bool withDataset)
{
    QString error = runSqlScript(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!error.isEmpty())
        return error;
    int version = fromVersion;
    const QList<SqlScriptFile> scripts = migrations();
    for (const SqlScriptFile &script : scripts) {
        if (script.version <= fromVersion)
            continue;
        error = runSqlScript(db, script.text);
        if (!error.isEmpty()) {
            error = script.name + QStringLiteral(": ") + error;
            break;
        }
        version = script.version;
    }
    if (error.isEmpty() && withDataset) {
        const QList<SqlScriptFile> data = datasetScripts();
        for (const SqlScriptFile &script : data) {
            error = runSqlScript(db, script.text);
            if (!error.isEmpty()) {
                error = QStringLiteral("dataset/") + script.name + QStringLiteral(": ") + error;
                break;
            }
        }
    }
    if (error.isEmpty()) {
        error = runSqlScript(db,
            QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                .arg(Database::ApplicationId)
                .arg(version));
    }
    if (error.isEmpty())
        error = runSqlScript(db, QStringLiteral("COMMIT"));
    if (!error.isEmpty())
        runSqlScript(db, QStringLiteral("ROLLBACK"));
    return error;
}

} // namespace TrendScope::Sqlite
