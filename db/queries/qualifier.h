#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

// How a report bounds a number it states (schema 004, key_figure.qualifier): 约180亿 is
// approximately 180亿, 超过300 more than 300, 160+ is written "plus". Stored as its code.
enum class Qualifier
{
    Exact,
    Approximately,
    MoreThan,
    AtLeast,
    AtMost,
    UpTo,
    Plus,
};

// The stored codes in enum order ("exact", "approximately", "more_than", ...): the same list
// as the schema's CHECK, which a test compares.
const QStringList &qualifierCodes();
QString qualifierCode(Qualifier qualifier);
// nullopt for a code that is not one of qualifierCodes().
std::optional<Qualifier> qualifierFromCode(const QString &code);

} // namespace TrendScope
