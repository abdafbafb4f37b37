#pragma once

// Runs the trendscope binary the way a person would, for the command-line tests
// (header-only, shared by the command-line tst_ files).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace TestUtil {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs trendscope with `arguments` and a private home under `home`: the user's own dataset
// and settings are never touched, and the export verbs must choose the offscreen platform
// themselves (no QT_QPA_PLATFORM, no DISPLAY).
inline CliResult runCli(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRENDSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qWarning("trendscope did not finish");
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace TestUtil
