#pragma once

#include <QString>

namespace TrendScope {

// A message line for a terminal or a dialog. File names, arguments and SQLite texts may hold
// newlines, terminal escapes or invisible characters: control characters, line and paragraph
// separators, unpaired surrogates and format characters (bidirectional overrides such as
// U+202E, which would reverse the rest of the line, zero-width characters) are escaped as
// \uXXXX, so one failure stays one honest line; very long lines are elided in the middle.
QString printable(const QString &text);

} // namespace TrendScope
