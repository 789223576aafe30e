// Cost of per-node timing: runs one model on host with and without per-node timing, in
// alternating rounds so both see the same machine load, and prints the medians and
// the overhead in percent of the model's latency.
//
//   bench_profile [--rounds R] [--iters N] [--threads T] MODEL [NAME=D0,D1,...]...
#include "cli/shape_option.h"
#include "runtime/input_generator.h"
#include "runtime/measurement.h"
#include "runtime/timing_stats.h"
#include "workflow/partition_workflow.h"

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
    int rounds = 10, iters = 5, threads = 0;
    PartitionRequest request;
    std::vector<std::string> shapes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--iters" && i + 1 < argc) iters = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--threads" && i + 1 < argc) threads = std::max(0, std::atoi(argv[++i]));
        else if (request.modelPath.empty()) request.modelPath = arg;
        else shapes.push_back(arg);
    }
    if (request.modelPath.empty()) {
        std::fprintf(stderr, "usage: bench_profile [--rounds R] [--iters N] [--threads T] MODEL [NAME=D0,D1,...]...\n");
        return 2;
    }
    auto parsedShapes = cli::parseShapeOptions(shapes);
    if (!parsedShapes) return fail(parsedShapes.error());
    request.shapes = *parsedShapes;
    auto session = partitionModel(request); // no targets: every node on host, one plan step each
    if (!session) return fail(session.error());
    auto executor = Executor::create(session->model, session->plan, threads);
    if (!executor) return fail(executor.error());
    auto inputs = generateInputs(session->model.graph, 0);
    if (!inputs) return fail(inputs.error());

    std::vector<double> plain, timed;
    for (int round = 0; round < rounds; ++round) {
        for (bool perNode : {false, true}) {
            auto m = measure(**executor, *inputs, {round == 0 ? 2 : 0, iters, perNode, nullptr});
            if (!m) return fail(m.error());
            for (double ms : m->totalMs) (perNode ? timed : plain).push_back(ms);
        }
    }
    const TimingStats off = summarizeTimings(plain), on = summarizeTimings(timed);
    std::printf("%s: %zu nodes, %d rounds x %d runs each way\n", request.modelPath.c_str(),
                session->model.graph.nodeCount(), rounds, iters);
    std::printf("without per-node timing  median %.3f ms  min %.3f ms  max %.3f ms\n", off.medianMs, off.minMs, off.maxMs);
    std::printf("with per-node timing     median %.3f ms  min %.3f ms  max %.3f ms\n", on.medianMs, on.minMs, on.maxMs);
    std::printf("overhead                 median %+.2f%%  min %+.2f%%\n", 100 * (on.medianMs / off.medianMs - 1),
                100 * (on.minMs / off.minMs - 1));
    return 0;
}
