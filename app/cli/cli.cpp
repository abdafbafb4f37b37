#include "cli.h"

#include "clisession.h"
#include "language.h"
#include "verbs.h"
#include "viewregistry.h"

#include <QCoreApplication>

#include <optional>

namespace TrendScope {

namespace {

using Cli::ExitOk;
using Cli::ExitUsage;

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QLatin1String(name));
    return result;
}

// One command-line verb: its name, the options it takes, its synopsis in --help and the
// README, whether it needs Qt Widgets, and the function that runs it. Parsing, dispatch,
// the usage text and the README's command list all come from this table.
struct VerbDeclaration
{
    Verb verb;
    const char *name;
    Cli::Spec spec;
    bool needsWidgets; // export-data too: --view reads the rows through the view's own models
    int (*run)(const Cli::Args &, const ViewRegistry &);
    // After "trendscope "; continuation lines start with spaces. Translated as a whole: the
    // syntax stays, the words after it are the interface language's.
    const char *synopsis;
};

const QList<VerbDeclaration> &declarations()
{
    static const QList<VerbDeclaration> verbs {
        {Verb::ExportData, "export-data",
            {names({"db", "format", "out", "out-dir", "view", "year", "filter", "compare",
                 "headers"}),
                names({"all", "bom"}), names({"filter"}), 1000},
            true, &Cli::exportData,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "export-data (--all | NAME...) --format csv|json [--out FILE | --out-dir DIR] "
                "[--bom]\n"
                "           [--headers sql|readable]\n"
                "export-data --view VIEW --format csv|json [--out FILE] [--year Y] [--filter "
                "KEY=VALUE]...")},
        {Verb::ExportChart, "export-chart",
            {Cli::chartValued(), Cli::chartFlags(), names({"filter"}), 1}, true, &Cli::exportChart,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "export-chart VIEW --format png|svg|pdf --out FILE\n"
                "           [--size WxH] [--scale N] [--theme light|dark|print] [--transparent]\n"
                "           [--no-title] [--no-subtitle] [--no-source] [--year Y] [--filter "
                "KEY=VALUE]...\n"
                "           [--compare EDITION:EDITION] [--names report|english]\n"
                "export-chart --all --format png,svg,pdf --out-dir DIR [same options]\n"
                "export-chart --saved NAME --out FILE [same options, each replacing the saved "
                "one]")},
        {Verb::ExportReport, "export-report",
            {names({"db", "out", "theme", "year", "filter", "compare", "saved", "names"}), {},
                names({"filter"}), 0},
            true, &Cli::exportReport,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "export-report --out FILE.pdf [--theme T] [--year Y] [--filter KEY=VALUE]...\n"
                "              [--names report|english]\n"
                "export-report --saved NAME,NAME... --out FILE.pdf [--theme T]")},
        {Verb::Screenshot, "screenshot",
            {names({"db", "out", "view", "size", "year", "filter", "compare"}), {},
                names({"filter"}), 0},
            true, &Cli::screenshot,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "screenshot --out FILE.png [--view VIEW] [--size WxH] [--year Y] [--filter "
                "KEY=VALUE]...")},
        {Verb::Check, "check", {names({"db"}), {}, {}, 0}, false, &Cli::check,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "check [--db FILE]                             validate a dataset file")},
        {Verb::Editions, "editions", {names({"db"}), {}, {}, 0}, false, &Cli::editions,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "editions [--db FILE]                          list the editions of each source")},
        {Verb::Diff, "diff",
            {names({"db", "from", "to", "since", "until", "format", "out"}), names({"bom"}), {}, 0},
            false, &Cli::diff,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "diff --from EDITION --to EDITION [--format text|csv|json] [--out FILE] [--bom]\n"
                "diff --since CHANGE [--until CHANGE] [same options]")},
        {Verb::SavedViews, "saved-views", {names({"db"}), {}, {}, 0}, false, &Cli::savedViews,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "saved-views [--db FILE]                       list the views saved in the "
                "dataset")},
        {Verb::History, "history", {names({"db"}), {}, {}, 0}, false, &Cli::history,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "history [--db FILE]                           list the changes in the audit "
                "trail")},
        {Verb::Import, "import",
            {names({"db", "table", "edition", "new-edition", "source", "section", "map"}),
                names({"dry-run", "skip-invalid", "create-missing"}), names({"map"}), 1},
            false, &Cli::importFile,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "import FILE --table NAME (--edition EDITION | --new-edition LABEL --source ID)\n"
                "           [--map HEADER=FIELD]... [--section TEXT] [--create-missing]\n"
                "           [--skip-invalid] [--dry-run]")},
        {Verb::Publish, "publish", {names({"from", "to"}), names({"replace"}), {}, 0}, false,
            &Cli::publish,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "publish --from FILE --to URI [--replace]      copy a dataset file to PostgreSQL")},
        {Verb::Pull, "pull", {names({"from", "to"}), {}, {}, 0}, false, &Cli::pull,
            QT_TRANSLATE_NOOP("TrendScope::Cli",
                "pull --from URI --to FILE                     copy a PostgreSQL dataset to a new "
                "file")},
    };
    return verbs;
}

// The options every verb takes besides its own, and so may also come before the verb.
const QStringList &sharedOptions()
{
    static const QStringList options {QStringLiteral("db"), QStringLiteral("lang")};
    return options;
}

bool isSharedOption(const QString &arg)
{
    for (const QString &option : sharedOptions()) {
        const QString name = QStringLiteral("--") + option;
        if (arg == name || arg.startsWith(name + QLatin1Char('=')))
            return true;
    }
    return false;
}

const VerbDeclaration *declarationNamed(const QString &name)
{
    for (const VerbDeclaration &declaration : declarations()) {
        if (name == QLatin1String(declaration.name))
            return &declaration;
    }
    return nullptr;
}

Verb verbNamed(const char *arg)
{
    const VerbDeclaration *declaration = declarationNamed(QString::fromLocal8Bit(arg));
    return declaration ? declaration->verb : Verb::Unknown;
}

// Each synopsis line with "trendscope " before it (continuation lines keep their indent).
QStringList synopsisLines(const char *synopsis)
{
    QStringList lines;
    for (const QString &line : Cli::tr(synopsis).split(QLatin1Char('\n')))
        lines.append(
            line.startsWith(QLatin1Char(' ')) ? line : QStringLiteral("trendscope ") + line);
    return lines;
}

} // namespace

Verb detectVerb(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--lang") {
            ++i; // its value
            continue;
        }
        if (arg.startsWith("--db=") || arg.startsWith("--lang="))
            continue;
        // After "--" only a verb may follow; anything else is reported, never the GUI.
        if (arg == "--")
            return i + 1 < argc ? verbNamed(argv[i + 1]) : Verb::Unknown;
        if (arg == "--version" || arg == "-v")
            return Verb::Version;
        if (arg == "--help" || arg == "-h")
            return Verb::Help;
        const Verb verb = verbNamed(argv[i]);
        if (verb != Verb::Unknown)
            return verb;
        return arg.startsWith('-') ? Verb::Gui : Verb::Unknown;
    }
    return Verb::Gui;
}

bool verbNeedsWidgets(Verb verb)
{
    if (verb == Verb::Gui)
        return true;
    for (const VerbDeclaration &declaration : declarations()) {
        if (declaration.verb == verb)
            return declaration.needsWidgets;
    }
    return false;
}

bool verbIsHeadless(Verb verb)
{
    return verb != Verb::Gui;
}

QStringList commandLines()
{
    QStringList lines {
        Cli::tr("trendscope [--db FILE]                                   open the GUI")};
    for (const VerbDeclaration &declaration : declarations())
        lines += synopsisLines(declaration.synopsis);
    lines.append(QStringLiteral("trendscope --version | --help"));
    return lines;
}

QString usageNotes(const ViewRegistry &views)
{
    return Cli::tr(
        "Every command takes --db FILE or --db postgresql://... (a shared dataset);\n"
        "without it, your own copy of the dataset is used.\n"
        "Every command takes --lang zh_CN|en for its texts (charts, reports, messages);\n"
        "without it, LANGUAGE, LC_ALL, LC_MESSAGES or LANG decides.\n"
        "VIEW: %1\n"
        "EDITION: an edition's id, or its label when only one edition has it (see editions);\n"
        "import reads CSV, TSV or JSON (UTF-8, UTF-16 or GB18030), previews every row and\n"
        "writes all of them in one change, or none: exit 2 lists each refused row's line.\n"
        "--compare A:B puts edition A beside B in every view (export-chart, export-report,\n"
        "screenshot, export-data --view).\n"
        "--saved NAME: a view saved in the dataset (File > Save View...), with its filters,\n"
        "focus, editions compared and export settings; export-report --saved A,B has one page\n"
        "per saved view.\n"
        "--names english shows an entity's English name first in charts and reports, where\n"
        "the dataset has one; report, the default, the name the report writes.\n"
        "--headers readable names a table's columns as the data editor does, in the language\n"
        "of --lang; sql, the default, keeps the names scripts read.\n"
        "Filter keys: organization, search, source. A PNG has (W x scale) x (H x scale) "
        "pixels.\n"
        "--out - writes to standard output; a device or pipe (/dev/null, a FIFO) is written "
        "to\n"
        "directly. No command writes onto the dataset or its -wal, -shm, -journal files.\n"
        "URI: a PostgreSQL connection URI as libpq writes them, e.g.\n"
        "postgresql://editor@host/trends or postgresql:///trends?host=/run/postgresql;\n"
        "the password comes from ~/.pgpass (or PGPASSFILE), never from TrendScope's settings.\n"
        "Exit codes: 0 ok, 1 usage or file error, 2 invalid data.\n")
        .arg(views.names().join(QStringLiteral(", ")));
}

QString usageText(const ViewRegistry &views)
{
    QString text = Cli::tr("Usage:") + QLatin1Char('\n');
    for (const QString &line : commandLines())
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text + QLatin1Char('\n') + usageNotes(views);
}

QString installLanguage(const QStringList &arguments, const QString &fallback)
{
    const std::optional<QString> asked = Language::requested(arguments);
    QString language = asked ? Language::fromName(*asked) : QString();
    const bool unknown = asked && language.isEmpty();
    if (language.isEmpty())
        language = Language::fromName(fallback);
    Language::install(language.isEmpty() ? Language::fromEnvironment() : language);
    if (!unknown)
        return QString();
    return Cli::tr("--lang takes %1, not %2")
        .arg(Language::available().join(Cli::tr(" or ")), Cli::quoted(*asked));
}

int runCommand(const QStringList &arguments, const ViewRegistry &views)
{
    QStringList rest = arguments.mid(1);
    if (const QString error = installLanguage(rest); !error.isEmpty()) {
        Cli::printError(error);
        return ExitUsage;
    }
    // --db and --lang may precede the verb; move them after so each verb parses them.
    QStringList leading;
    while (!rest.isEmpty() && isSharedOption(rest.constFirst())) {
        leading.append(rest.takeFirst());
        if (!leading.constLast().contains(QLatin1Char('=')) && !rest.isEmpty())
            leading.append(rest.takeFirst());
    }
    const bool optionsEnded = !rest.isEmpty() && rest.constFirst() == QLatin1String("--");
    if (optionsEnded)
        rest.removeFirst();
    if (rest.isEmpty()) {
        Cli::printError(optionsEnded ? Cli::tr("no command after \"--\" (see trendscope --help)")
                                     : Cli::tr("no command given"));
        return ExitUsage;
    }
    const QString verb = rest.takeFirst();
    rest = leading + rest;
    if (!optionsEnded && (verb == QLatin1String("--version") || verb == QLatin1String("-v"))) {
        Cli::writeStdout(
            QStringLiteral("trendscope %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return ExitOk;
    }
    if (!optionsEnded && (verb == QLatin1String("--help") || verb == QLatin1String("-h"))) {
        Cli::writeStdout(usageText(views).toUtf8());
        return ExitOk;
    }
    const VerbDeclaration *declaration = declarationNamed(verb);
    if (!declaration) {
        Cli::printError(
            Cli::tr("unknown command %1 (see trendscope --help)").arg(Cli::quoted(verb)));
        return ExitUsage;
    }
    Cli::Spec spec = declaration->spec;
    for (const QString &option : sharedOptions()) {
        if (!spec.valued.contains(option))
            spec.valued.append(option);
    }
    Cli::Args args;
    QString error;
    if (!Cli::parse(rest, spec, &args, &error)) {
        Cli::printError(error);
        return ExitUsage;
    }
    return declaration->run(args, views);
}

} // namespace TrendScope
