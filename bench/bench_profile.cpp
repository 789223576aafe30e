// Cost of per-node timing: runs one model on host without and with per-node timing,
// alternating run by run so each pair sees the same machine load, and prints both
// medians and the median of the paired differences in percent of the model's latency
// (pairs cancel slow drifts in load that would swamp an effect this small).
//
//   bench_profile [--pairs N] [--threads T] MODEL [NAME=D0,D1,...]...
#include "cli/shape_option.h"
#include "runtime/input_generator.h"
#include "runtime/measurement.h"
#include "runtime/timing_stats.h"
#include "workflow/model_session.h"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

using namespace fusebox;

namespace {

int fail(const Error& error) {
    std::fprintf(stderr, "bench_profile: %s\n", error.message().c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    int pairs = 50, threads = 0;
    PartitionRequest request;
    std::vector<std::string> shapes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--pairs" && i + 1 < argc) pairs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--threads" && i + 1 < argc) threads = std::max(0, std::atoi(argv[++i]));
        else if (request.modelPath.empty()) request.modelPath = arg;
        else shapes.push_back(arg);
    }
    if (request.modelPath.empty()) {
        std::fprintf(stderr, "usage: bench_profile [--pairs N] [--threads T] MODEL [NAME=D0,D1,...]...\n");
        return 2;
    }
    auto parsedShapes = cli::parseShapeOptions(shapes);
    if (!parsedShapes) return fail(parsedShapes.error());
    request.shapes = *parsedShapes;
    auto session = partitionModel(request); // no targets: every node on host, one plan step each
    if (!session) return fail(session.error());
    auto executor = Executor::create(session->model(), session->plan, threads);
    if (!executor) return fail(executor.error());
    auto inputs = generateInputs(session->model().graph, 0);
    if (!inputs) return fail(inputs.error());

    if (auto warm = measure(**executor, *inputs, {3, 0, true, nullptr}); !warm) return fail(warm.error());
    std::vector<double> plain, timed, differences;
    for (int pair = 0; pair < pairs; ++pair) {
        double ms[2] = {0, 0};
        for (bool perNode : {false, true}) {
            auto m = measure(**executor, *inputs, {0, 1, perNode, nullptr});
            if (!m) return fail(m.error());
            ms[perNode] = m->totalMs.front();
        }
        plain.push_back(ms[0]);
        timed.push_back(ms[1]);
        differences.push_back(ms[1] - ms[0]);
    }
    const TimingStats off = summarizeTimings(plain), on = summarizeTimings(timed);
    const TimingStats difference = summarizeTimings(differences);
    std::printf("%s: %zu nodes, %d pairs of runs\n", request.modelPath.c_str(), session->model().graph.nodeCount(), pairs);
    std::printf("without per-node timing  median %.3f ms  min %.3f ms  max %.3f ms\n", off.medianMs, off.minMs, off.maxMs);
    std::printf("with per-node timing     median %.3f ms  min %.3f ms  max %.3f ms\n", on.medianMs, on.minMs, on.maxMs);
    std::printf("overhead                 median of pairs %+.3f ms (%+.2f%%), of minimums %+.2f%%\n", difference.medianMs,
                100 * difference.medianMs / off.medianMs, 100 * (on.minMs / off.minMs - 1));
    return 0;
}
