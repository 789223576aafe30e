// Large graphs in the studio, offscreen: for generated chains (tests/modelbuilder
// largeChainModel, element-wise ops with skip connections) of each size and plan, the time
// from opening the model to the first painted picture, the time to open one box of the
// fused view into its nodes (a leaf of up to 1,000 nodes), and the peak resident memory of
// the studio process (the layout helper, a process of its own, is not counted: laying out
// 1,000 nodes it stays under 50 MiB). Each measurement runs in a fresh process, so peaks do not add up;
// rounds interleave sizes and plans. Prints medians with min and max.
//
//   bench_large_graphs [--nodes N]... [--rounds R]     (default: 10000 30000 100000, 3 rounds)
#include "graph_hierarchy.h"
#include "graph_layout.h"
#include "graph_scene.h"
#include "graph_view.h"
#include "main_window.h"
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kTimeoutMs = 600000;

struct Plan {
    const char* name;
    const char* config; // TOML; empty: every node on host
};

// All on host; XNNPACK where it can; XNNPACK with Sigmoid and Tanh on host (more subgraphs).
const Plan kPlans[] = {
    {"host", ""},
    {"xnnpack", "[partition]\ntargets = [\"xnnpack\"]\n"},
    {"xnnpack, Sigmoid+Tanh on host", "[partition]\ntargets = [\"xnnpack\"]\n[[rule]]\nops = [\"Sigmoid\", \"Tanh\"]\ndevice = \"host\"\n"},
};

long peakKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// One measurement: prints "first_ms expand_ms expand_nodes subgraphs rss_kib".
int measure(int nodes, const Plan& plan) {
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("chain.onnx"));
    std::string error;
    if (!testmodels::writeModel(testmodels::largeChainModel(nodes), model.toStdString(), &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    QString config;
    if (*plan.config) {
        config = dir.filePath(QStringLiteral("plan.toml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(plan.config) < 0) return 1;
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (!window.openModel(model, config) || !waitForIdle(window, kTimeoutMs) || !window.document()->session()) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 1;
    }
    window.grab(); // painted
    const double firstMs = timer.nsecsElapsed() / 1e6;

    // Open the boxes down to the largest leaf (not timed), then time opening the leaf.
    const auto session = window.document()->session();
    const GraphHierarchy hierarchy(session->model().graph, session->plan);
    const auto& groups = hierarchy.groups();
    const auto largest = std::max_element(groups.begin(), groups.end(), [](const HierarchyGroup& a, const HierarchyGroup& b) {
        return (a.children.empty() ? a.size() : 0) < (b.children.empty() ? b.size() : 0);
    });
    const std::vector<int> path = hierarchy.pathTo(hierarchy.order()[std::size_t(largest->begin)]);
    const bool topOpen = hierarchy.topLevel().size() == 1; // a lone top box is open already
    for (std::size_t step = topOpen ? 1 : 0; step + 1 < path.size(); ++step) {
        emit window.view()->groupActivated(hierarchy.groups()[std::size_t(path[step])].key());
        if (!waitForIdle(window, kTimeoutMs)) return 1;
    }
    const HierarchyGroup& leaf = hierarchy.groups()[std::size_t(path.back())];
    timer.restart();
    emit window.view()->groupActivated(leaf.key());
    if (!waitForIdle(window, kTimeoutMs)) return 1;
    window.grab();
    const double expandMs = timer.nsecsElapsed() / 1e6;
    if (!window.scene()->showsNodeItself(hierarchy.order()[std::size_t(leaf.begin)])) {
        std::fprintf(stderr, "the leaf did not open\n");
        return 1;
    }
    std::printf("%.1f %.1f %d %zu %ld\n", firstMs, expandMs, leaf.size(), session->plan.subgraphs.size(), peakKiB());
    return 0;
}

struct Figures {
    std::vector<double> first, expand, rss;
    int leafNodes = 0;
    std::size_t subgraphs = 0;
};

QString summary(std::vector<double> values, int decimals) {
    std::sort(values.begin(), values.end());
    return QStringLiteral("%1 (%2–%3)")
        .arg(values[values.size() / 2], 0, 'f', decimals)
        .arg(values.front(), 0, 'f', decimals)
        .arg(values.back(), 0, 'f', decimals);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings away from the user's
    GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER));
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--measure")) return measure(args[2].toInt(), kPlans[args[3].toInt()]);

    std::vector<int> sizes;
    int rounds = 3;
    for (int index = 1; index < args.size(); ++index) {
        if (args[index] == QLatin1String("--nodes") && index + 1 < args.size()) sizes.push_back(args[++index].toInt());
        else if (args[index] == QLatin1String("--rounds") && index + 1 < args.size()) rounds = std::max(1, args[++index].toInt());
        else {
            std::fprintf(stderr, "usage: bench_large_graphs [--nodes N]... [--rounds R]\n");
            return 2;
        }
    }
    if (sizes.empty()) sizes = {10000, 30000, 100000};

    std::map<std::pair<int, int>, Figures> figures;
    for (int round = 0; round < rounds; ++round) {
        for (int nodes : sizes) {
            for (int plan = 0; plan < int(std::size(kPlans)); ++plan) {
                QProcess child;
                child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                child.start(app.applicationFilePath(), {QStringLiteral("--measure"), QString::number(nodes), QString::number(plan)});
                if (!child.waitForFinished(kTimeoutMs) || child.exitCode() != 0) {
                    std::fprintf(stderr, "%d nodes, %s: failed\n", nodes, kPlans[plan].name);
                    continue;
                }
                const QStringList parts = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
                if (parts.size() != 5) continue;
                Figures& f = figures[{nodes, plan}];
                f.first.push_back(parts[0].toDouble());
                f.expand.push_back(parts[1].toDouble());
                f.leafNodes = parts[2].toInt();
                f.subgraphs = parts[3].toULong();
                f.rss.push_back(parts[4].toDouble() / 1024.0);
            }
        }
    }
    std::printf("| nodes | plan | subgraphs | first picture ms | open a box ms (nodes) | peak RSS MiB |\n");
    std::printf("|---|---|---|---|---|---|\n");
    for (const auto& [key, f] : figures) {
        std::printf("| %d | %s | %zu | %s | %s (%d) | %s |\n", key.first, kPlans[key.second].name, f.subgraphs,
                    qPrintable(summary(f.first, 0)), qPrintable(summary(f.expand, 0)), f.leafNodes, qPrintable(summary(f.rss, 0)));
    }
    std::printf("medians of %d rounds (min–max), each measurement a fresh process\n", rounds);
    return figures.empty() ? 1 : 0;
}
