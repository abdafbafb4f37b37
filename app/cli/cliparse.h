#pragma once

#include <QHash>
#include <QSize>
#include <QStringList>

#include <optional>

// The command line's parsing helpers, apart from the verbs that use them so that tests and
// fuzzers can reach them without a display or a dataset.

namespace TrendScope {

class ExplorerState;

namespace Cli {

// A command-line text in the interface language (--lang, else the environment's). Every verb's
// messages share the one context "TrendScope::Cli", the one lupdate files a free function's
// tr() of this namespace under; the man page, made without a translator, stays English.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// What one verb accepts.
struct Spec
{
    QStringList valued; // options that take a value
    QStringList flags; // options that do not
    QStringList repeatable;
    int maxPositional = 0;
};

struct Args
{
    QStringList positional;
    QHash<QString, QStringList> values;
    QStringList flags;

    QString value(const QString &name) const { return values.value(name).value(0); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

// Parses `arguments` (after the verb) against `spec`; returns false with `error`.
bool parse(const QStringList &arguments, const Spec &spec, Args *args, QString *error);

// "WIDTHxHEIGHT" in ASCII digits, at most 5 a side; range checks are the caller's.
std::optional<QSize> parseSize(const QString &text);

// --year Y (four ASCII digits, MinYear to MaxYear) and --filter K=V (at most
// ExplorerState::MaxSearchLength characters) into the shared state, changing only what they
// name; and --names report|english into its name order (issue 17: which of an entity's
// names charts and reports show first); false with `error` saying what was wrong.
constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;
bool applyFilters(const Args &args, ExplorerState *state, QString *error);

// A user-given value quoted inside a message: printable (see printable.h) and at most
// `maxLength` characters.
QString quoted(const QString &value, int maxLength = 80);

} // namespace Cli
} // namespace TrendScope
