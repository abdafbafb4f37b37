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

struct TextBox;
// The text runs of every page of the report (see textlayout.h), page by page, in pixels of
// an A4 landscape page at 96 dpi: what layout tests check.
QList<QList<TextBox>> reportText(const ReportContent &content);

} // namespace TrendScope
