#pragma once

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
class QTemporaryDir;

namespace TrendScope {

class ServerDataset;
struct ServerLocation;

// Whether a line of quick_check or integrity_check reports a value breaking a NOT NULL or
// CHECK constraint ("NULL value in t.c", "CHECK constraint failed in t"): the file's structure
// is sound, and DatasetChecker names the row.
bool isConstraintFinding(const QString &checkLine);

// Why a dataset file was refused or could not be written.
namespace Sqlite {
struct TimeLimit;
}

struct DatabaseError
{
    enum class Kind
    {
        NotFound, // the path does not exist (and is not created)
        NotAFile, // a folder, a device, ...
        Unreadable, // permissions
        NotSqlite, // empty, or not an SQLite file
        Foreign, // SQLite, but not a TrendScope dataset
        Newer, // a schema version this build does not know
        Damaged, // truncated or corrupt
        Drifted, // its schema differs from the one its version promises
        Locked, // another program holds a lock
        Failed, // anything else SQLite or the file system refused
    };
    Kind kind = Kind::Failed;
    QString file;
    QString reason;

    // One line for people: "Cannot open FILE: REASON".
    QString message() const;
    // The command line's exit code: 1 for file problems, 2 for invalid data.
    int exitCode() const;
};

// One open TrendScope dataset: an SQLite file (or an in-memory copy for tests) that has
// been validated, hardened and migrated before anything else reads it.
class Database
{
public:
    // 'TRnd': marks TrendScope files in the SQLite header.
    static constexpr qint32 ApplicationId = 0x54526e64;

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    // Whether open() runs validateFile() first; Done: the caller has just run it (on a worker
    // thread, so that quick_check of a large file does not block the window).
    enum class Validation
    {
        Check,
        Done
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The schema version of the newest embedded migration.
    static int latestSchemaVersion();

    // Checks a file without changing it: exists, regular, SQLite header, our application_id,
    // a schema version this build knows, quick_check. Returns the first problem found.
    // Creates nothing beside the file and removes nothing: a journal that must be read but
    // has no -shm index is read from a private copy.
    static std::optional<DatabaseError> validateFile(const QString &path);

    // Opens an existing dataset after validateFile(). Never creates a file. A file or folder
    // that cannot be written opens read-only; a read-only connection creates nothing beside the
    // file (a WAL file without journal reads as immutable, one with unsaved changes and no -shm
    // from a private copy). An older schema is migrated after a verified
    // backup beside the file.
    static std::unique_ptr<Database> open(const QString &path, DatabaseError *error,
        Access access = Access::ReadWrite, Validation validation = Validation::Check);

    // Writes a new dataset file at `path` from the embedded schema and dataset, then opens
    // it. Refuses to replace an existing file.
    static std::unique_ptr<Database> createFromEmbedded(const QString &path, DatabaseError *error);

    // The user's own dataset under AppDataLocation, created from the embedded one on first run.
    static QString defaultPath();
    // Access::ReadOnly leaves an existing copy exactly as it is (no switch to WAL, no upgrade).
    static std::unique_ptr<Database> openDefault(
        DatabaseError *error, Access access = Access::ReadWrite);

    // A shared dataset on a PostgreSQL server (issue 20), validated as a file is: our marker, a
    // schema version this build reads (older ones are refused until published again), every
    // table readable by the role. A role that may not change every table opens read-only and
    // readOnlyReason() says so. path() is then the server's printable URI (no password);
    // handle() is null. interrupt() cancels the running statement through another connection
    // (pg_cancel_backend), and the time limit bounds each statement (statement_timeout).
    static std::unique_ptr<Database> openServer(
        const ServerLocation &location, DatabaseError *error, Access access = Access::ReadWrite);

    // A private in-memory dataset built from the embedded one (tests, benchmarks).
    static std::unique_ptr<Database> createInMemory(DatabaseError *error);

    // Another connection to the file of an open Database (its path()), read-only and
    // hardened like every other, for reading on the thread that calls this (a connection
    // belongs to the thread that made it). The file was validated when that one opened it.
    // Not for in-memory datasets.
    static std::unique_ptr<Database> openReader(const QString &path, DatabaseError *error);
    // Another read-only connection to this dataset for the calling thread, whether a file
    // (openReader(path())) or a server (a new connection to the same location).
    std::unique_ptr<Database> openAnotherReader(DatabaseError *error) const;
    // The same as a value to carry to a worker thread: it holds where the dataset is, not this
    // Database, so it stays usable whatever becomes of this one.
    using ReaderFactory = std::function<std::unique_ptr<Database>(DatabaseError *)>;
    ReaderFactory readerFactory() const;
    // A server dataset whose connection failed (a restart, a network outage) connects again;
    // true when it is open. Files always are.
    bool reconnect() const;

    // Stops the statement running on this connection, from any thread, while it is open: the
    // statement fails as interrupted.
    void interrupt() const;

    // Bounds the work of one job (a check, an export) on this connection: once `seconds` have
    // passed since this call, the running statement stops as interrupted and
    // timeLimitReached() is true. 0 lifts the limit. interrupt() works as before. On a server,
    // no single statement may run longer than `seconds`.
    void setTimeLimit(int seconds);
    bool timeLimitReached() const;
    // The limit last set (0: none), to give another connection the same one.
    int timeLimitSeconds() const;
    // "WHAT took longer than N s; stopped": the one line to show when the limit was reached.
    QString timeLimitMessage(const QString &what) const;
    // The limit for checks and exports: TRENDSCOPE_TIME_LIMIT (seconds) or 300.
    static int defaultTimeLimitSeconds();

    QSqlDatabase connection() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a server dataset opened read-only (the role's rights, or Access::ReadOnly); empty
    // for files, whose reasons are the file system's.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isServer() const { return m_server != nullptr; }
    // The database user a server dataset's connection acts as; empty for files.
    QString serverRole() const;
    // The channel a server dataset's edits are announced on (NOTIFY at commit, issue 20).
    static constexpr char ServerChangeChannel[] = "trendscope_changes";
    int schemaVersion() const;
    // The backup written before the last migration, if one ran.
    QString migrationBackupPath() const { return m_backupPath; }

private:
    Database(QString connectionName, QString path, bool readOnly);
    // The part of validateFile() that reads the file through SQLite.
    // `immutable` reads the main file alone, ignoring any journal beside it; `thorough` runs
    // integrity_check instead of quick_check.
    static std::optional<DatabaseError> checkContent(
        const QString &path, bool immutable, bool thorough);
    // `original`, a read-only file of the older schema `version`, read through a private copy
    // upgraded to the current one; the file itself is left exactly as it is.
    static std::unique_ptr<Database> openUpgradedCopy(
        std::unique_ptr<Database> original, int version, DatabaseError *error);
    // Asks the server, over a connection of its own, to cancel this connection's statement.
    void cancelServerStatement() const;
    // Bounds each statement of this server connection to the time limit.
    void limitServerStatements(qint64 milliseconds) const;
    // Remembers which server process this connection is.
    void rememberServerProcess() const;
    // Its checks on an open connection: application_id, version, quick_check, schema.
    static std::optional<DatabaseError> checkConnection(
        const QSqlDatabase &db, const QString &path, bool thorough);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    sqlite3 *m_handle = nullptr; // for interrupt() from another thread; set once opened
    std::unique_ptr<QTemporaryDir> m_privateCopy; // what a read-only connection reads, if a copy
    // A read-only file of an older schema is read through a private copy brought up to date;
    // other readers read that copy too (m_readPath), and path() stays the file's.
    std::unique_ptr<QTemporaryDir> m_upgradedCopy;
    QString m_readPath;
    std::unique_ptr<Sqlite::TimeLimit> m_timeLimit; // what the progress handler reads
    std::unique_ptr<ServerDataset> m_server; // a server dataset's connection, else null
    std::unique_ptr<ServerLocation> m_location; // where it is, for more connections
    // The server process of this connection, to cancel its statement from another thread.
    mutable std::atomic<qint64> m_serverPid {0};
    QString m_readOnlyReason;
};

} // namespace TrendScope
