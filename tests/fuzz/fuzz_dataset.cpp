// Fuzzes opening a dataset file: the bytes are written to a file, validated and opened
// read-only, and every exportable table is read. Properties: no crash or sanitizer report,
// every refusal is one line naming the file, and the file is never changed.
//
// Seeds: run once with TRENDSCOPE_FUZZ_SEEDS=DIR to write a full dataset and a small one.

#include "database.h"
#include "queries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdlib>

using namespace TrendScope;

namespace {

QTemporaryDir *workDir = nullptr;

void writeSeeds(const QString &dir)
{
    QDir().mkpath(dir);
    DatabaseError error;
    Database::createFromEmbedded(QDir(dir).filePath(QStringLiteral("full.sqlite")), &error);
    // A small TrendScope file with 512-byte pages: mutations reach its structure quickly.
    const QByteArray small = QFile::encodeName(QDir(dir).filePath(QStringLiteral("small.sqlite")));
    sqlite3 *db = nullptr;
    if (sqlite3_open(small.constData(), &db) == SQLITE_OK) {
        const QByteArray sql = "PRAGMA page_size = 512; PRAGMA journal_mode = DELETE;"
                               "CREATE TABLE model(id INTEGER PRIMARY KEY, name TEXT);"
                               "CREATE INDEX model_name ON model(name);"
                               "INSERT INTO model(name) VALUES ('GLM-4'), ('文心一言4.0');"
                               "CREATE VIEW v_model AS SELECT upper(name) FROM model;"
                               "PRAGMA application_id = "
            + QByteArray::number(Database::ApplicationId) + "; PRAGMA user_version = 1;";
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    workDir = new QTemporaryDir;
    const QByteArray seeds = qgetenv("TRENDSCOPE_FUZZ_SEEDS");
    if (!seeds.isEmpty()) {
        writeSeeds(QFile::decodeName(seeds));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("input.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            std::abort();
    }

    const auto problem = Database::validateFile(path);
    DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    // validateFile() and open() agree, except that an older schema is fine to validate (it
    // can be upgraded) while a read-only open reads it through a private copy it upgrades
    // first, and says so when that upgrade fails.
    const bool olderRefusedReadOnly = !problem && !db
        && error.message().contains(QLatin1String("older schema version"))
        && error.message().contains(QLatin1String("read-only"));
    if (problem.has_value() == bool(db) && !olderRefusedReadOnly)
        std::abort();
    if (db) {
        const Queries queries(*db);
        queries.leaderboard();
        const QStringList names = queries.exportableNames();
        for (const QString &name : names) {
            QString tableError;
            queries.table(name, &tableError);
        }
        db.reset();
    } else {
        const QString message = error.message();
        if (message.contains(u'\n') || !message.contains(path))
            std::abort();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        std::abort(); // the file was changed
    return 0;
}
