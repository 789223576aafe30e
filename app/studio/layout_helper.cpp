// fusebox-layout: the studio's Graphviz layout in a process of its own, so that a layout
// can be stopped (killed) at once: a serialized LayoutRequest on stdin, a serialized
// LayoutResult on stdout (views/graph_layout.h). Exit code 2: unreadable request.
#include "graph_layout.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv) {
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
