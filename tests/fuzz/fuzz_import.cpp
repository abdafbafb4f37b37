// Fuzzes importing a file: the bytes (after one byte choosing the format: CSV, TSV, JSON or
// detected) go through ImportReader::parse and, when they parse, through the planner against
// the shipped dataset for two tables, with leave to make missing rows. Properties: no crash;
// a refused file says why; records keep their order of lines; the plan has one row per
// record, and a refused row says why. Nothing is written.

#include "database.h"
#include "editschema.h"
#include "importplan.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace TrendScope;

namespace {

// Kept for the whole process and never destroyed: at exit, Qt's SQL statics go first.
Database *dataset = nullptr;
EditSchema schema;

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_import: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    DatabaseError error;
    dataset = Database::createInMemory(&error).release();
    require(dataset != nullptr, "cannot create the dataset");
    schema = EditSchema::read(*dataset);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    std::optional<ImportFile::Format> format;
    switch (data[0] % 4) {
    case 0:
        format = ImportFile::Format::Csv;
        break;
    case 1:
        format = ImportFile::Format::Tsv;
        break;
    case 2:
        format = ImportFile::Format::Json;
        break;
    default:
        break;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QString error;
    const auto file = ImportReader::parse(bytes, QStringLiteral("fuzz.csv"), format, &error);
    if (!file) {
        require(!error.isEmpty(), "a refused file without a reason");
        return 0;
    }
    require(!file->headers.isEmpty() && !file->records.isEmpty(), "a file without rows");
    int line = 0;
    for (const ImportRecord &record : file->records) {
        require(record.line >= line, "records out of line order");
        line = record.line;
    }
    for (const char *name : {"leaderboard_entry", "event"}) {
        const TableInfo *table = schema.table(QLatin1String(name));
        ImportOptions options;
        options.editionId = 2;
        options.createMissing = true;
        const ImportMapping mapping = ImportMapping::guess(schema, *table, file->headers);
        const auto plan = ImportPlanner::build(*dataset, schema, *file, mapping, options, &error);
        if (!plan) {
            require(!error.isEmpty(), "an unplanned import without a reason");
            continue;
        }
        require(plan->rows.size() == file->records.size(), "a plan row per record");
        for (const ImportRow &row : plan->rows)
            require(row.kind != ImportRow::Kind::Refused || !row.reason.isEmpty(),
                "a refused row without a reason");
        (void)plan->toEdit();
    }
    return 0;
}
