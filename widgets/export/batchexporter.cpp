#include "batchexporter.h"

#include "chartview.h"

#include <QCoreApplication>
#include <QDir>

namespace TrendScope {

QString batchFilePath(const QString &folder, const QString &viewName, ChartFormat format)
{
    return QDir(folder).filePath(viewName + QLatin1Char('.') + chartFormatSuffix(format));
}

BatchResult exportViews(const QList<ChartView *> &views, const QString &folder,
    const QList<ChartFormat> &formats, const ChartExportOptions &options,
    const ExportProgress &progress)
{
    BatchResult result;
    if (!QDir().mkpath(folder)) {
        result.errors.append(
            QCoreApplication::translate("TrendScope::BatchExporter", "Cannot create the folder %1")
                .arg(folder));
        return result;
    }
    const int total = int(views.size() * formats.size());
    int done = 0;
    for (ChartView *view : views) {
        for (ChartFormat format : formats) {
            const QString path = batchFilePath(folder, view->viewName(), format);
            if (progress && !progress(done, total, path)) {
                result.cancelled = true;
                return result;
            }
            ChartExportOptions fileOptions = options;
            fileOptions.format = format;
            if (format != ChartFormat::Png)
                fileOptions.scale = 1;
            QString error;
            if (exportView(view, path, fileOptions, &error))
                result.written.append(path);
            else
                result.errors.append(error);
            ++done;
        }
    }
    if (progress)
        progress(done, total, QString());
    return result;
}

} // namespace TrendScope
