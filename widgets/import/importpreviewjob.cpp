#include "importpreviewjob.h"

#include "database.h"
#include "editschema.h"

#include <QThread>
#include <QTimer>

namespace TrendScope {

ImportPreviewJob::ImportPreviewJob(const QString &datasetPath, const ImportFile &file,
    const ImportMapping &mapping, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_datasetPath(datasetPath)
    , m_file(file)
    , m_mapping(mapping)
    , m_options(options)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->total = int(file.records.size());
}

ImportPreviewJob::~ImportPreviewJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool ImportPreviewJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportPreviewJob::cancel()
{
    m_shared->cancelled = true;
}

void ImportPreviewJob::start()
{
    std::shared_ptr<Shared> shared = m_shared;
    const QString path = m_datasetPath;
    const ImportFile file = m_file;
    const ImportMapping mapping = m_mapping;
    const ImportOptions options = m_options;
    m_thread = QThread::create([shared, path, file, mapping, options] {
        DatabaseError openError;
        const auto db = Database::openReader(path, &openError);
        if (!db) {
            shared->error = openError.message();
            return;
        }
        QString error;
        const EditSchema schema = EditSchema::read(*db, &error);
        shared->plan = ImportPlanner::build(
            *db, schema, file, mapping, options, &error, [shared](int done, int) {
                shared->done = done;
                return !shared->cancelled.load();
            });
        if (!shared->plan)
            shared->error = error;
    });
    m_thread->setParent(this);
    // Progress is read from the shared counter: no signal per record crosses threads.
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this,
        [this, shared] { emit progress(shared->done.load(), shared->total); });
    connect(m_thread, &QThread::finished, this, [this, shared, poll] {
        poll->stop();
        poll->deleteLater();
        m_thread->deleteLater();
        emit progress(shared->total, shared->total);
        emit finished(shared->plan, shared->error);
    });
    poll->start();
    m_thread->start();
}

} // namespace TrendScope
