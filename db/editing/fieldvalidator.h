#pragma once

#include "editschema.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

namespace TrendScope {

// The rules a single value must keep before it is written, one per column kind. Messages
// say what is wrong and what is allowed ("120 is more than 100: a percentage is 0 to 100").
// Rules that need the database (references, unique keys) live in EditSession.
// Messages and hints are in the interface language (context FieldValidator), around the
// column's label in it: they are shown as they are made (the data editor's form, its hints,
// the command line's import).
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    // Turns typed input into the value stored (numbers as numbers, text trimmed, empty text
    // as NULL) and checks it. Returns nullopt and sets `error` when refused.
    static std::optional<QVariant> normalize(
        const ColumnInfo &column, const QVariant &value, QString *error);
    // Parses what a person typed for `column` ("52.2", "52.2%", "2024-04", "") into a value,
    // then normalize()s it.
    static std::optional<QVariant> fromText(
        const ColumnInfo &column, const QString &text, QString *error);
    // The value as text, the way fromText() reads it back and change_log stores it.
    static QString toText(const QVariant &value);
    // What the column accepts, for hints and messages: "a percentage from 0 to 100".
    static QString allowed(const ColumnInfo &column);

    // Date precision of an ISO date: 1 year, 2 month, 3 day, 0 not a date.
    static int datePrecision(const QString &date);
    // Whether two stored values are the same (12 == 12.0; NULL only equals NULL).
    static bool sameValue(const QVariant &a, const QVariant &b);
    // Whether a value holds a number (integer, real or bool), as SQLite and sorting see it.
    static bool isNumber(const QVariant &value);

    static constexpr int MaxTextLength = 4000;
};

} // namespace TrendScope
