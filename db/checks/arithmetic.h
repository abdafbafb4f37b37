#pragma once

#include <QStringView>

#include <optional>

class QString;

namespace TrendScope {

// Evaluates the arithmetic of a derived fact's formula, "EXPR = RESULT" (numbers, + - * /
// and the report's − × ÷, parentheses). Returns nullopt when it is not such arithmetic.
std::optional<double> evaluateArithmetic(const QString &expression);
// The number `text` writes, as QString::toDouble reads it; nullopt when it is not one.
// A plain decimal ("69.76", "-3", ".5") is read without QString's conversion, which was a
// fifth of `check` on a dataset of millions of derived rows (PERFORMANCE.md).
std::optional<double> readNumber(QStringView text);
// Half a unit in the last decimal a result is written with: "59.45" allows 0.005.
double roundingTolerance(const QString &result);

} // namespace TrendScope
