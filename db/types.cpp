#include "types.h"

#include <QStringBuilder>

namespace TrendScope {

QString Provenance::summary() const
{
    QString text = source;
    if (!section.isEmpty())
        text += QStringLiteral(" · ") + section;
    if (!status.isEmpty())
        text += QStringLiteral(" (") + status + QLatin1Char(')');
    if (!formula.isEmpty())
        text += QStringLiteral(" = ") + formula;
    return text;
}

} // namespace TrendScope
