#pragma once

#include <QString>

namespace TrendScope {

class ViewRegistry;

// The manual page trendscope(1) in roff (man macros), written from the command line's own
// declaration: SYNOPSIS is commandLines() and USAGE NOTES is usageNotes(), both as --help
// prints them (no-fill blocks, so every --help line reads the same in `man trendscope`).
// The build writes it with tools/manpage.cpp; tests/app/cli/tst_manpage renders it with groff.
QString manPage(const ViewRegistry &views, const QString &version);

// One line of text as roff prints it literally: backslashes, hyphens, quotes and a leading
// dot or apostrophe escaped.
QString roffEscaped(const QString &line);

} // namespace TrendScope
