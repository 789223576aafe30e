// fusebox-layout: the studio's Graphviz layout in a process of its own, so that a layout
// can be stopped (killed) at once: a serialized LayoutRequest on stdin, a serialized
// LayoutResult on stdout (views/graph_layout.h). Exit code 2: unreadable request.
#include "graph_layout.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif

int main(int argc, char** argv) {
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL); // a studio that dies takes its layout along
#endif
    QCoreApplication app(argc, argv);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) return 2;
    fusebox::studio::LayoutRequest request;
    if (!fusebox::studio::deserializeRequest(in.readAll(), &request)) {
        std::fputs("fusebox-layout: the request on stdin is not a layout request\n", stderr);
        return 2;
    }
    out.write(fusebox::studio::serializeResult(fusebox::studio::layoutWithGraphviz(request)));
    return 0;
}
