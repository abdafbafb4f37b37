// The command line's verbs for a shared dataset on PostgreSQL: publish a dataset file to a
// server, pull a server dataset into a new file.

#include "verbs.h"

#include "clisession.h"
#include "serverdataset.h"

#include <QDir>

namespace TrendScope::Cli {

namespace {

// --OPTION's connection URI, parsed; nothing after printing why.
std::optional<ServerLocation> serverOption(const Args &args, const QString &option)
{
    const QString uri = args.value(option);
    QString error;
    auto location = ServerLocation::parse(uri, &error);
    if (!location)
        printError(tr("--%1: %2").arg(option, error));
    return location;
}

} // namespace

int publish(const Args &args, const ViewRegistry & /*views*/)
{
    const QString usage
        = tr("publish needs --from FILE --to postgresql://… (see trendscope --help)");
    const QString from = requiredValue(args, QStringLiteral("from"), usage);
    if (from.isEmpty())
        return ExitUsage;
    if (requiredValue(args, QStringLiteral("to"), usage).isEmpty())
        return ExitUsage;
    const auto target = serverOption(args, QStringLiteral("to"));
    if (!target)
        return ExitUsage;
    DatabaseError error;
    const auto source = Database::open(from, &error, Database::Access::ReadOnly);
    if (!source) {
        printError(error.message());
        return error.exitCode();
    }
    ServerDataset::Copied copied;
    if (const auto problem
        = ServerDataset::publish(*source, *target, args.has(QStringLiteral("replace")), &copied)) {
        printError(problem->message());
        // A server that refuses is a usage or connection problem, whatever its kind.
        return problem->file == source->path() ? problem->exitCode() : ExitUsage;
    }
    writeStdout(tr("published %1 to %2: %3 rows in %4 tables\n")
                    .arg(QDir::toNativeSeparators(from), target->printable())
                    .arg(copied.rows)
                    .arg(copied.tables)
                    .toUtf8());
    return ExitOk;
}

int pull(const Args &args, const ViewRegistry & /*views*/)
{
    const QString usage = tr("pull needs --from postgresql://… --to FILE (see trendscope --help)");
    if (requiredValue(args, QStringLiteral("from"), usage).isEmpty())
        return ExitUsage;
    const QString to = requiredValue(args, QStringLiteral("to"), usage);
    if (to.isEmpty())
        return ExitUsage;
    const auto source = serverOption(args, QStringLiteral("from"));
    if (!source)
        return ExitUsage;
    ServerDataset::Copied copied;
    if (const auto problem = ServerDataset::pull(*source, to, &copied)) {
        printError(problem->message());
        return ExitUsage;
    }
    writeStdout(tr("pulled %1 into %2: %3 rows in %4 tables\n")
                    .arg(source->printable(), QDir::toNativeSeparators(to))
                    .arg(copied.rows)
                    .arg(copied.tables)
                    .toUtf8());
    return ExitOk;
}

} // namespace TrendScope::Cli
