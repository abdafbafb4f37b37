#pragma once

#include <QString>

#include <optional>

namespace TrendScope {

struct Provenance;

// How values read on screen, in tables, tooltips, charts and exports alike: one precision
// for each kind of value. Formatting for the screen lives here, never in the data layer.
namespace Format {

// "not stated": what a value the reports do not give shows as.
QString notStated();

// At most two decimals, trailing zeros dropped, in the user's locale: 12.5, 33.33, 100.
QString number(double value);
// "12.5%"; "not stated" when empty.
QString percent(double value);
QString percent(const std::optional<double> &value);
// A leaderboard score: always two decimals (72.58, 70.00), as the boards print them.
QString score(const std::optional<double> &value);
// Yuan in 亿元, the reports' unit for funding: "25亿元", "409.5亿元".
QString yi(double yuan);
// An ISO date of any precision as stored, or "not stated".
QString date(const QString &isoDate);
// Text or "not stated".
QString text(const QString &value);
// "report · section": a chart's source line and a row's citation.
QString citation(const Provenance &provenance);
// A tooltip's closing lines: "Source: <summary>" and, when the row has one, the report's
// own words in quotation marks on the next line.
QString sourceLines(const Provenance &provenance);

} // namespace Format

} // namespace TrendScope
