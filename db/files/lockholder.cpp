#include "lockholder.h"

#include "format.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSet>
#include <QStringList>

#include <sys/stat.h>

namespace TrendScope {

namespace {

quint64 inodeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return quint64(st.st_ino);
}

QString processName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

} // namespace

QString LockHolder::describe(const QString &databasePath)
{
    QSet<quint64> inodes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (const quint64 inode = inodeOf(databasePath + suffix))
            inodes.insert(inode);
    QFile locks(QStringLiteral("/proc/locks"));
    if (inodes.isEmpty() || !locks.open(QIODevice::ReadOnly))
        return {};
    // "1: POSIX  ADVISORY  WRITE 21578 fe:00:10953031 120 120"
    QList<qint64> pids;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(3) != "WRITE")
            continue;
        const QList<QByteArray> device = fields.at(5).split(':');
        if (device.size() != 3 || !inodes.contains(device.at(2).toULongLong()))
            continue;
        const qint64 pid = fields.at(4).toLongLong();
        if (pid > 0 && !pids.contains(pid))
            pids.append(pid);
    }
    QStringList names;
    for (qint64 pid : std::as_const(pids)) {
        if (pid == QCoreApplication::applicationPid()) {
            names.append(QCoreApplication::translate(
                "TrendScope::LockHolder", "another connection inside this program (process %1)")
                             .arg(pid));
            continue;
        }
        const QString name = processName(pid);
        names.append(name.isEmpty()
                ? QCoreApplication::translate("TrendScope::LockHolder", "process %1").arg(pid)
                : QCoreApplication::translate("TrendScope::LockHolder", "%1 (process %2)")
                      .arg(name)
                      .arg(pid));
    }
    return Format::list(names);
}

} // namespace TrendScope
