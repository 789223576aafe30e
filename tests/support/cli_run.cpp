#include "support/cli_run.h"

#include "support/test_support.h"

#include <QProcess>

namespace fusebox::test {

CliRun runCli(const QStringList& args, int timeoutMs) {
    QProcess process;
    process.start(cliPath(), args);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) process.kill();
    CliRun run;
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace fusebox::test
