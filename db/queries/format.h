#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

struct Provenance;
enum class Qualifier;

// How values read on screen, in tables, tooltips, charts and exports alike: one precision
// for each kind of value. It lives beside the queries (QtCore only) because the one text the
// data layer writes for people, an entity's details, must write values as the views do; no
// other query formats values.
namespace Format {

// "not stated": what a value the reports do not give shows as.
QString notStated();

// At most two decimals, trailing zeros dropped, in the user's locale: 12.5, 33.33, 100.
QString number(double value);
// A large count, of parameters or tokens: "175 B", "1.4 T", "340 M"; in Chinese "1,750亿",
// "1.4万亿", "3.4亿".
QString count(double value);
// "12.5%"; "not stated" when empty.
QString percent(double value);
QString percent(const std::optional<double> &value);
// A leaderboard score: always two decimals (72.58, 70.00), as the boards print them.
QString score(const std::optional<double> &value);
// Yuan in the interface language's large unit: 亿元, the reports' unit for funding, in
// Chinese ("25亿元", "409.5亿元"); billions in English ("2.5 bn yuan", "40.95 bn yuan").
QString yi(double yuan);
// A key figure's value in its unit, every stated digit kept: "180亿元" / "18 bn yuan",
// "500亿美元" / "50 bn USD", "1750亿参数" / "175 bn parameters", "300 EFLOPS", "35%",
// "−8.71 percentage points", "160".
QString figure(double value, const QString &unit);
// A value, already in its unit, with the qualifier the report puts on it: "≈180亿元",
// ">300 EFLOPS", "≥70", "≤5", "up to 40%", "160+"; exact values as they are.
QString qualified(const QString &valueText, Qualifier qualifier);
QString qualified(const QString &valueText, const QString &qualifierCode);
// The qualifier for people, its sign first: "≈ approximately", "> more than", "exact".
QString qualifierName(Qualifier qualifier);
// A stored qualifier code (key_figure.qualifier) as qualifierName() words it; another text as
// it is.
QString qualifierName(const QString &qualifierCode);
// An ISO date of any precision (2023-04-26, 2023-04, 2023) as the interface language writes
// it: 2023年4月26日 / 26 Apr 2023, 2023年4月 / Apr 2023, 2023年 / 2023; other text as it is;
// "not stated" when empty. For people only: data values (CSV, JSON) stay ISO.
QString date(const QString &isoDate);
// When a change was made (change_log's UTC ISO time) in local time: "2026-12-04 09:12:03";
// other text as it is.
QString changeTime(const QString &isoUtc);
// Text or "not stated".
QString text(const QString &value);
// "yes" or "no".
QString yesNo(bool value);
// Items joined as the interface language writes a list: "A, B, C" / "A、B、C".
QString list(const QStringList &items);
// A timeline category code ("hot_news") in the interface language ("Hot news", "热点新闻");
// a code without a name, made readable ("new_kind" → "New kind"); "not stated" when empty.
QString category(const QString &code);
// A fact's provenance status (stated, derived, editor) in the interface language; another
// value as it is.
QString status(const QString &status);
// "report · section": a chart's source line and a row's citation.
QString citation(const Provenance &provenance);
// A tooltip's closing lines: "Source: <summary>" and, when the row has one, the report's
// own words in quotation marks on the next line.
QString sourceLines(const Provenance &provenance);

} // namespace Format

} // namespace TrendScope
