#pragma once
// Runs the fusebox CLI built next to the tests as a child process.

#include <QString>
#include <QStringList>

namespace fusebox::test {

struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args, int timeoutMs = 600000);

} // namespace fusebox::test
