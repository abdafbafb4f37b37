#pragma once

#include "chartexporter.h"

#include <QStringList>

#include <functional>

namespace TrendScope {

class ChartView;

struct BatchResult
{
    QStringList written;
    QStringList errors;
    bool cancelled = false;
};

// Called before each file with (done, total, file name); returning false cancels.
using ExportProgress = std::function<bool(int done, int total, const QString &file)>;

// FOLDER/VIEW.SUFFIX: where exportViews writes one view in one format, so a caller can check
// every planned file before any is written.
QString batchFilePath(const QString &folder, const QString &viewName, ChartFormat format);

// Exports every view in every format into `folder` as VIEW.SUFFIX. A failed file is reported
// and the rest go on; an earlier file of the same name stays intact unless replaced whole.
BatchResult exportViews(const QList<ChartView *> &views, const QString &folder,
    const QList<ChartFormat> &formats, const ChartExportOptions &options,
    const ExportProgress &progress = {});

} // namespace TrendScope
