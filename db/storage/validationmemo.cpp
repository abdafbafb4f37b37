#include "validationmemo.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <time.h>

namespace TrendScope {

namespace {

// One line per file: the identity's five numbers and the newest schema version of the build
// that checked it (a newer build may check more).
QByteArray lineFor(const ValidationMemo::Identity &id)
{
    return QByteArray::number(id.device) + ' ' + QByteArray::number(id.inode) + ' '
        + QByteArray::number(id.size) + ' ' + QByteArray::number(id.modifiedNs) + ' '
        + QByteArray::number(id.statusChangedNs) + ' '
        + QByteArray::number(Database::latestSchemaVersion());
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A memo is a few kilobytes; anything larger is not ours.
    const QByteArray content = file.read(64 * 1024);
    QList<QByteArray> lines = content.split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.isEmpty() || line.size() > 160 || line.count(' ') != 5;
    });
    return lines;
}

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

std::optional<ValidationMemo::Identity> ValidationMemo::identify(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    Identity id;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.modifiedNs = nanoseconds(st.st_mtim);
    id.statusChangedNs = nanoseconds(st.st_ctim);
    return id;
}

ValidationMemo::ValidationMemo(QString memoPath)
    : m_path(std::move(memoPath))
{ }

ValidationMemo ValidationMemo::forUser()
{
    if (qEnvironmentVariableIsSet("TRENDSCOPE_VALIDATION_MEMO"))
        return ValidationMemo(qEnvironmentVariable("TRENDSCOPE_VALIDATION_MEMO"));
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return ValidationMemo(cache.isEmpty() ? QString() : cache + QStringLiteral("/validated-files"));
}

qint64 ValidationMemo::nowNs()
{
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return nanoseconds(now);
}

bool ValidationMemo::remembers(const Identity &identity) const
{
    return isEnabled() && readLines(m_path).contains(lineFor(identity));
}

void ValidationMemo::remember(
    const QString &path, const Identity &before, qint64 checkStartedNs) const
{
    if (!isEnabled())
        return;
    const qint64 lastChange = std::max(before.modifiedNs, before.statusChangedNs);
    if (checkStartedNs - lastChange < SettledNs || identify(path) != before)
        return;

    const QByteArray line = lineFor(before);
    QList<QByteArray> lines = readLines(m_path);
    lines.removeAll(line);
    lines.append(line);
    if (lines.size() > MaxEntries)
        lines.remove(0, lines.size() - MaxEntries);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(lines.join('\n') + '\n');
    file.commit();
}

} // namespace TrendScope
