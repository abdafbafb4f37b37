#include "types.h"

#include "format.h"

#include <QStringBuilder>

namespace TrendScope {

QString Provenance::summary() const
{
    QString text = source;
    if (!edition.isEmpty())
        text += QStringLiteral(", ") + edition;
    if (!section.isEmpty())
        text += QStringLiteral(" · ") + section;
    // The status is a code the dataset stores ("stated"): worded in the interface language.
    if (!status.isEmpty())
        text += QStringLiteral(" (") + Format::status(status) + QLatin1Char(')');
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

QList<EditionInfo> allEditions(const QList<SourceInfo> &sources)
{
    QList<EditionInfo> editions;
    for (const SourceInfo &source : sources)
        editions.append(source.editions);
    return editions;
}

const EditionInfo *findEdition(const QList<SourceInfo> &sources, qint64 id)
{
    for (const SourceInfo &source : sources)
        for (const EditionInfo &edition : source.editions)
            if (edition.id == id)
                return &edition;
    return nullptr;
}

} // namespace TrendScope
