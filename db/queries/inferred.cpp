#include "inferred.h"

namespace TrendScope {

QString InferredFields::reasonFor(const QString &field) const
{
    for (const InferredField &f : fields)
        if (f.field == field)
            return f.reason;
    return {};
}

InferredFields parseInferred(const QString &inferred)
{
    InferredFields result;
    for (const QString &group : inferred.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (group.trimmed().isEmpty())
            continue;
        const qsizetype colon = group.indexOf(QLatin1Char(':'));
        const QString reason = colon < 0 ? QString() : group.mid(colon + 1).trimmed();
        if (reason.isEmpty()) {
            result.unexplained.append(group.trimmed());
            continue;
        }
        for (const QString &field : group.left(colon).split(QLatin1Char(',')))
            result.fields.append({field.trimmed(), reason});
    }
    return result;
}

} // namespace TrendScope
