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

std::optional<double> TrainingRunRow::computeFlops() const
{
    if (!parameters || !tokens)
        return std::nullopt;
    return 6.0 * *parameters * *tokens;
}

} // namespace TrendScope
