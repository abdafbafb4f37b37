#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TrendScope::Bench {

// How one child process ran: its wall time as the parent saw it and its own peak memory.
struct ChildRun
{
    qint64 startedNs = 0; // monotonicNs() just before the spawn
    qint64 finishedNs = 0; // monotonicNs() when the parent saw it exit
    int exitCode = -1; // -1 unless it exited normally
    double peakMiB = 0; // its max RSS (wait4's ru_maxrss)
    QByteArray standardOutput;
    QByteArray standardError;
    QString error; // not started, killed by a signal, or timed out

    bool ok() const { return error.isEmpty() && exitCode == 0; }
    double wallMs() const { return double(finishedNs - startedNs) / 1e6; }
    // "NAME exited with 2: the end of its stderr", for the report's error list.
    QString failure(const QString &name) const;
};

// Runs `program` with `arguments` and this process's environment, its output into temporary
// files (a pipe could fill up and stall it), and waits up to `timeoutMs` (then kills it).
// Not QProcess: it reaps the child itself, and only wait4 on the child gives that child's
// own peak memory (RUSAGE_CHILDREN is the largest of all children so far).
ChildRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs);

} // namespace TrendScope::Bench
