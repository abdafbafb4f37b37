#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace TrendScope {

namespace {

// Qt's error strings come from strerror() and a full disk can come out as "Unknown error";
// the failures people meet get plain words. `fallback` is for any other code: after a failed
// QSaveFile step errno is only trusted for these codes, which no probing of a path sets.
QString describeErrno(int code, const QString &fallback = {})
{
    switch (code) {
    case ENOSPC:
        return QCoreApplication::translate("TrendScope::AtomicFile", "no space left on the device");
    case EDQUOT:
        return QCoreApplication::translate("TrendScope::AtomicFile", "the disk quota is used up");
    case EFBIG:
        return QCoreApplication::translate(
            "TrendScope::AtomicFile", "the file is too large for this system's limit");
    case EROFS:
        return QCoreApplication::translate(
            "TrendScope::AtomicFile", "the file system is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("TrendScope::AtomicFile", "permission denied");
    default:
        return fallback.isEmpty() ? QString::fromLocal8Bit(std::strerror(code)) : fallback;
    }
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("TrendScope::AtomicFile", "Cannot write %1: %2")
        .arg(path, why);
}

// The names one path goes by: absolute, its real path, its real folder with its name (for a
// file that does not exist yet) and, for a symbolic link, where it points.
QStringList pathForms(const QString &path)
{
    const QFileInfo info(path);
    QStringList forms {QDir::cleanPath(info.absoluteFilePath())};
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        forms.append(canonical);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty())
        forms.append(QDir(folder).filePath(info.fileName()));
    if (info.isSymLink())
        forms.append(QDir::cleanPath(info.symLinkTarget()));
    return forms;
}

} // namespace

OutputStream::OutputStream(const QString &path)
    : m_path(path)
{ }

OutputStream::~OutputStream()
{
    cancel();
}

bool OutputStream::open(QString *error)
{
    if (m_path == QLatin1String("-")) {
        // What stdio buffered so far goes first.
        if (std::fflush(stdout) != 0) {
            if (error)
                *error = QCoreApplication::translate(
                    "TrendScope::AtomicFile", "Cannot write to standard output: %1")
                             .arg(describeErrno(errno));
            return false;
        }
        m_fd = STDOUT_FILENO;
        return true;
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
            if (error)
                *error = cannotWrite(m_path,
                    S_ISDIR(st.st_mode)
                        ? QCoreApplication::translate("TrendScope::AtomicFile", "it is a folder")
                        : QCoreApplication::translate(
                            "TrendScope::AtomicFile", "it is a device or socket, not a file"));
            return false;
        }
        // A device or a FIFO gets the bytes as they are: no temp file beside it, no rename.
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0) {
            if (error)
                *error = cannotWrite(m_path, describeErrno(errno));
            return false;
        }
        m_ownsFd = true;
        return true;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    errno = 0;
    if (!m_file->open(QIODevice::WriteOnly)) {
        const int failure = errno;
        if (error)
            *error = cannotWrite(m_path, describeErrno(failure, m_file->errorString()));
        m_file.reset();
        return false;
    }
    // Written through the descriptor, not QSaveFile::write(), to learn why a write failed:
    // errno, not Qt's string.
    m_fd = int(m_file->handle());
    return true;
}

bool OutputStream::write(const char *data, qsizetype size)
{
    if (m_fd < 0 || m_failure != 0 || m_done)
        return false;
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_failure = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool OutputStream::commit(QString *error)
{
    if (m_fd < 0 || m_done)
        return false;
    m_done = true;
    QString why;
    if (m_path == QLatin1String("-")) {
        if (m_failure != 0 && error)
            *error = QCoreApplication::translate(
                "TrendScope::AtomicFile", "Cannot write to standard output: %1")
                         .arg(describeErrno(m_failure));
        return m_failure == 0;
    }
    if (!m_file) {
        if (::close(m_fd) != 0 && m_failure == 0 && errno != EINTR)
            m_failure = errno;
        m_fd = -1;
        if (m_failure != 0)
            why = describeErrno(m_failure);
    } else if (m_failure != 0) {
        why = describeErrno(m_failure);
    } else if (m_file->error() != QFileDevice::NoError) {
        why = m_file->errorString();
    } else {
        errno = 0;
        if (m_file->commit())
            return true;
        why = describeErrno(errno, m_file->errorString());
    }
    if (m_file)
        m_file->cancelWriting();
    if (!why.isEmpty() && error)
        *error = cannotWrite(m_path, why);
    return why.isEmpty();
}

void OutputStream::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    else if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    // "-" is a file here; only writeOutputFile reads it as standard output.
    return writeOutputFile(path == QLatin1String("-") ? QStringLiteral("./-") : path, data, error);
}

bool writeOutputFile(const QString &path, const QByteArray &data, QString *error)
{
    OutputStream stream(path);
    if (!stream.open(error))
        return false;
    stream.write(data.constData(), data.size());
    return stream.commit(error);
}

bool isSameFile(const QString &a, const QString &b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev
        && sa.st_ino == sb.st_ino;
}

bool isDatasetFile(const QString &path, const QString &datasetPath)
{
    if (path.isEmpty() || datasetPath.isEmpty())
        return false;
    const QStringList outputForms = pathForms(path);
    for (const QString &dataset : pathForms(datasetPath)) {
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"),
                 QLatin1String("-shm"), QLatin1String("-journal")}) {
            const QString file = dataset + suffix;
            if (outputForms.contains(file) || isSameFile(path, file))
                return true;
        }
    }
    return false;
}

} // namespace TrendScope
