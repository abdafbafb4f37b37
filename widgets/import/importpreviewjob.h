#pragma once

#include "importplan.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace TrendScope {

// Plans an import away from the window's thread, on its own read-only connection to the
// dataset file, so that previewing a file of 100,000 rows never freezes the window. Reports
// progress; cancel() stops it between records. One job per preview; a newer preview
// cancels the older one.
class ImportPreviewJob : public QObject
{
    Q_OBJECT
public:
    ImportPreviewJob(const QString &datasetPath, const ImportFile &file,
        const ImportMapping &mapping, const ImportOptions &options, QObject *parent = nullptr);
    ~ImportPreviewJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // The plan, or nullopt with the reason (including "cancelled").
    void finished(const std::optional<TrendScope::ImportPlan> &plan, const QString &error);

private:
    struct Shared
    {
        std::atomic_bool cancelled {false};
        std::atomic_int done {0};
        int total = 0;
        std::optional<ImportPlan> plan;
        QString error;
    };

    QString m_datasetPath;
    ImportFile m_file;
    ImportMapping m_mapping;
    ImportOptions m_options;
    std::shared_ptr<Shared> m_shared;
    QPointer<QThread> m_thread;
};

} // namespace TrendScope
