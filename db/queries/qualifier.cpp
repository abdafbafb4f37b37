#include "qualifier.h"

namespace TrendScope {

const QStringList &qualifierCodes()
{
    static const QStringList codes {QStringLiteral("exact"), QStringLiteral("approximately"),
        QStringLiteral("more_than"), QStringLiteral("at_least"), QStringLiteral("at_most"),
        QStringLiteral("up_to"), QStringLiteral("plus")};
    return codes;
}

QString qualifierCode(Qualifier qualifier)
{
    return qualifierCodes().value(int(qualifier));
}

std::optional<Qualifier> qualifierFromCode(const QString &code)
{
    const qsizetype i = qualifierCodes().indexOf(code);
    return i < 0 ? std::nullopt : std::optional<Qualifier>(Qualifier(i));
}

} // namespace TrendScope
