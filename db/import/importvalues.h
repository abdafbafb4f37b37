#pragma once

#include "editschema.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace TrendScope::ImportValues {

// A cell of an import file as the value its column stores, through the same typed rules as
// the editor (FieldValidator), after the forms files use are read:
//   - full-width digits and signs as half-width ("８０．５" is 80.5);
//   - numbers with thousands separators ("1,200");
//   - money with its unit: "12.5亿元", "12.5亿", "3000万元", "1200元" (stored in yuan);
//     a bare number is read as yuan;
//   - percentages with or without "%";
//   - dates as 2024, 2024-05, 2024-05-26, 2024/5/26, 2024.05, 2024年5月, 2024年5月26日,
//     keeping the precision written (2024年5月 is the month, never an invented day).
// Returns nullopt with a message for people when the cell is refused.
std::optional<QVariant> parse(const ColumnInfo &column, const QString &cell, QString *error);

// A date written in one of the forms above as ISO text of the same precision, or the text
// unchanged when it is none of them (FieldValidator then says why).
QString isoDate(const QString &text);

} // namespace TrendScope::ImportValues
