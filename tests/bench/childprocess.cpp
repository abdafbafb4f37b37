#include "childprocess.h"

#include "measure.h"

#include <QTemporaryFile>

#include <cerrno>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace TrendScope::Bench {

namespace {

// Waits for `pid` to exit, at most `timeoutMs`; false on time-out. A pidfd (Linux 5.3) makes
// the wait both bounded and immediate; without one, the wait is unbounded.
bool waitForExit(pid_t pid, int timeoutMs)
{
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0)
        return true;
    pollfd p {pidfd, POLLIN, 0};
    int ready = 0;
    do {
        ready = poll(&p, 1, timeoutMs);
    } while (ready < 0 && errno == EINTR);
    close(pidfd);
    return ready != 0;
}

} // namespace

QString ChildRun::failure(const QString &name) const
{
    const QString stderrText = QString::fromLocal8Bit(standardError).trimmed().right(400);
    if (!error.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(name, error, stderrText);
    return QStringLiteral("%1 exited with %2: %3").arg(name).arg(exitCode).arg(stderrText);
}

ChildRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ChildRun run;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open()) {
        run.error
            = QStringLiteral("cannot create a temporary file for the output of %1").arg(program);
        return run;
    }
    QList<QByteArray> args {program.toLocal8Bit()};
    for (const QString &a : arguments)
        args.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.handle(), STDERR_FILENO);
    pid_t pid = 0;
    run.startedNs = monotonicNs();
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = QStringLiteral("cannot start %1: %2")
                        .arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return run;
    }
    const bool exited = waitForExit(pid, timeoutMs);
    if (!exited)
        kill(pid, SIGKILL);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.finishedNs = monotonicNs();
    run.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    if (!exited)
        run.error = QStringLiteral("timed out after %1 s").arg(timeoutMs / 1000);
    else if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else
        run.error = QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
    out.seek(0);
    err.seek(0);
    run.standardOutput = out.readAll();
    run.standardError = err.readAll();
    return run;
}

} // namespace TrendScope::Bench
