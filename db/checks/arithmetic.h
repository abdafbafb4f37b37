#pragma once

#include <optional>

class QString;

namespace TrendScope {

// Evaluates the arithmetic of a derived fact's formula, "EXPR = RESULT" (numbers, + - * /
// and the report's − × ÷, parentheses). Returns nullopt when it is not such arithmetic.
std::optional<double> evaluateArithmetic(const QString &expression);
// Half a unit in the last decimal a result is written with: "59.45" allows 0.005.
double roundingTolerance(const QString &result);

} // namespace TrendScope
