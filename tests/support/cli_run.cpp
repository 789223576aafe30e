#include "support/cli_run.h"

#include "support/test_support.h"

#include <QProcess>

#include <sys/resource.h>

namespace fusebox::test {

CliRun runCli(const QStringList& args, int timeoutMs, qint64 addressSpaceBytes) {
    QProcess process;
    if (addressSpaceBytes > 0) {
        process.setChildProcessModifier([addressSpaceBytes] {
            const rlimit limit{rlim_t(addressSpaceBytes), rlim_t(addressSpaceBytes)};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
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
