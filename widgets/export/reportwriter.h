#pragma once

#include "batchexporter.h"
#include "types.h"

namespace TrendScope {

class ChartView;

struct ReportContent
{
    QString datasetPath;
    QString filterText; // describeFilter() of the active filters
    QList<SourceInfo> sources;
    QList<ChartView *> views;
    QString theme = QStringLiteral("light");
    int maxTableRows = 14;
};

// A multi-page PDF: a cover (title, dataset, date, filters), one page per view with its chart
// and its key table, and a page listing every report cited. Written atomically.
bool writeReport(const ReportContent &content, const QString &path, QString *error,
    const ExportProgress &progress = {});

} // namespace TrendScope
