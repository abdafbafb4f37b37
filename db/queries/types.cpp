#include "types.h"

#include "format.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace TrendScope {

QString Provenance::summary() const
{
    QString text = source;
    if (!edition.isEmpty())
        //: A report and its edition: "中国技术趋势, 2023–2024"
        text = QCoreApplication::translate("Format", "%1, %2").arg(text, edition);
    if (!section.isEmpty())
        text += QStringLiteral(" · ") + section;
    // The status is a code the dataset stores ("stated"): worded in the interface language.
    if (!status.isEmpty())
        //: A source line and its status in brackets: "… · 融资 (stated)"
        text = QCoreApplication::translate("Format", "%1 (%2)").arg(text, Format::status(status));
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
