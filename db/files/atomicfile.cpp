#include "atomicfile.h"

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
        return QStringLiteral("no space left on the device");
    case EDQUOT:
        return QStringLiteral("the disk quota is used up");
    case EFBIG:
        return QStringLiteral("the file is too large for this system's limit");
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    default:
        return fallback.isEmpty() ? QString::fromLocal8Bit(std::strerror(code)) : fallback;
    }
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QStringLiteral("Cannot write %1: %2").arg(path, why);
}

bool writeAll(int fd, const QByteArray &data, int *failure)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *failure = errno;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// A device or a FIFO gets the bytes as they are: no temp file beside it, no rename over it.
bool streamToFile(const QString &path, const QByteArray &data, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    int failure = fd < 0 ? errno : 0;
    if (fd >= 0) {
        writeAll(fd, data, &failure);
        if (::close(fd) != 0 && failure == 0 && errno != EINTR)
            failure = errno;
    }
    if (failure != 0 && error)
        *error = cannotWrite(path, describeErrno(failure));
    return failure == 0;
}

bool replaceFile(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](QSaveFile &file, const QString &why) {
        file.cancelWriting();
        if (error)
            *error = cannotWrite(path, why);
        return false;
    };

    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int failure = errno;
        return fail(file, describeErrno(failure, file.errorString()));
    }
    // Written through the descriptor, not QSaveFile::write(), to learn why a write failed:
    // errno, not Qt's string.
    int failure = 0;
    if (!writeAll(int(file.handle()), data, &failure))
        return fail(file, describeErrno(failure));
    if (file.error() != QFileDevice::NoError)
        return fail(file, file.errorString());
    errno = 0;
    if (!file.commit()) {
        failure = errno;
        if (error)
            *error = cannotWrite(path, describeErrno(failure, file.errorString()));
        return false;
    }
    return true;
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

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return streamToFile(path, data, error);
        if (error)
            *error = cannotWrite(path,
                S_ISDIR(st.st_mode) ? QStringLiteral("it is a folder")
                                    : QStringLiteral("it is a device or socket, not a file"));
        return false;
    }
    return replaceFile(path, data, error);
}

bool writeOutputFile(const QString &path, const QByteArray &data, QString *error)
{
    if (path != QLatin1String("-"))
        return writeFileAtomically(path, data, error);
    int failure = 0;
    if (std::fflush(stdout) != 0)
        failure = errno;
    if (failure == 0)
        writeAll(STDOUT_FILENO, data, &failure);
    if (failure != 0 && error)
        *error = QStringLiteral("Cannot write to standard output: %1").arg(describeErrno(failure));
    return failure == 0;
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
