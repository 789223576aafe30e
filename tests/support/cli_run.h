#pragma once
// Runs the fusebox CLI built next to the tests as a child process.

#include <QString>
#include <QtGlobal>
#include <QStringList>

namespace fusebox::test {

struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

// `addressSpaceBytes` > 0: the child runs under that RLIMIT_AS (as `ulimit -v` would set it).
CliRun runCli(const QStringList& args, int timeoutMs = 600000, qint64 addressSpaceBytes = 0);

} // namespace fusebox::test
