#pragma once

// The data layer's own plumbing beneath Database: connections, how a file is read without
// touching it, hardening, errors worded for people, migrations. Not for use outside db/.

#include "database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace TrendScope::Sqlite {

constexpr int BusyTimeoutMs = 1500;
constexpr int MaxValueBytes = 64 * 1024 * 1024;

QString newConnectionName();
// The connection's sqlite3 handle (the system libsqlite3 QSQLITE uses), or nullptr.
sqlite3 *rawHandle(const QSqlDatabase &db);
// Applied to every connection before it reads anything: a hostile file's schema cannot run
// functions with side effects, corrupt the file through writable_schema, or load code, and
// no statement may build huge values or nest without bound.
bool harden(sqlite3 *db);

bool hasContent(const QString &path);
// Header bytes 18 and 19 (file format read/write versions) are 2 in WAL mode.
bool isWalModeFile(const QString &path);
bool folderIsWritable(const QString &path);

// How a read-only connection reads a file without creating, changing or removing anything
// beside it. SQLite's read-only mode still creates -wal and -shm for a WAL-mode file when they
// are missing, and those cannot be removed afterwards: another program may have opened them
// meanwhile, and its next commit would go into an unlinked journal.
enum class ReadMode
{
    Shared, // rollback journal, or a WAL file whose -wal and -shm exist: read as they are
    Immutable, // WAL file whose journal holds nothing: the main file alone is the dataset
    PrivateCopy, // WAL file with unsaved changes and no -shm: read a copy in a private folder
};
ReadMode readModeFor(const QString &path);

// What QSQLITE is given to open `path`: the name and the connect options.
struct Target
{
    QString name;
    QString options;
};
Target readTarget(const QString &path, bool immutable);

// A read-only view of a file: what QSQLITE opens, and the private copy behind it, if any.
struct ReadSource
{
    Target target;
    std::unique_ptr<QTemporaryDir> copyDir;
    QString error; // the copy could not be made
};
// `ignoreJournal` reads the main file alone, whatever lies beside it.
ReadSource readSource(const QString &path, bool ignoreJournal);

// A connection under its own name; removed from Qt's registry when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const;

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

std::optional<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma, QString *error);
QString readOnlyOptions();

// Errors (databaseerror.cpp).
DatabaseError makeError(DatabaseError::Kind kind, const QString &file, const QString &reason);
DatabaseError::Kind kindForSqliteMessage(const QString &message);
// An error SQLite reported while reading the file, worded for what it means to the user: a
// lock held by another program is not damage.
DatabaseError sqliteError(const QString &file, const QString &sqliteMessage);
// quick_check and integrity_check answer with many lines for a badly damaged file; a message
// keeps the first few.
QString firstProblems(const QString &checkResult);

// Migrations (migration.cpp).
// Copies the open database to `target` with SQLite's backup API, then checks the copy.
bool backupTo(sqlite3 *source, const QString &target, int expectedVersion, QString *error);
// Runs every migration newer than `fromVersion`, and (for a new file) the dataset, in one
// transaction. On failure nothing is changed; returns the error or "".
QString applyScripts(sqlite3 *db, int fromVersion, bool withDataset);

// A statement's time limit, read by SQLite's progress handler every ProgressSteps steps.
struct TimeLimit
{
    QElapsedTimer timer;
    qint64 limitMs = 0; // 0: none
    std::atomic<bool> reached {false};
};
constexpr int ProgressSteps = 10000;
// SQLite's progress handler for a TimeLimit: non-zero stops the running statement.
int stopPastTimeLimit(void *timeLimit);

} // namespace TrendScope::Sqlite
