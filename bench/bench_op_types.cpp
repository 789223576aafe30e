// Where the time of a whole-model run goes, by op type: runs MODEL with per-node timing
// on the devices of `targets` (host when none) and prints, per op type, the median
// summed time over the iterations and its share.
//
//   bench_op_types MODEL NAME=D0,D1,... [THREADS] [ITERS] [DEVICE]
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "workflow/model_session.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <string>

using namespace fusebox;

namespace {

std::vector<int64_t> parseDims(const std::string& text) {
    std::vector<int64_t> dims;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) dims.push_back(std::stoll(item));
    return dims;
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_op_types MODEL NAME=D0,D1,... [THREADS] [ITERS] [DEVICE]\n");
        return 2;
    }
    const std::string shape = argv[2];
    const int threads = argc > 3 ? std::atoi(argv[3]) : 2;
    const int iters = argc > 4 ? std::atoi(argv[4]) : 10;
    PartitionRequest request;
    request.modelPath = argv[1];
    request.shapes[shape.substr(0, shape.find('='))] = parseDims(shape.substr(shape.find('=') + 1));
    if (argc > 5) request.config.targets = {argv[5]};
    auto session = partitionModel(request);
    if (!session) {
        std::fprintf(stderr, "%s\n", session.error().message().c_str());
        return 1;
    }
    const Graph& graph = session->model().graph;
    std::map<std::string, Tensor> inputs;
    int index = 0;
    for (ValueId id : graph.inputs()) inputs[graph.value(id).name] = *generateInput(graph.value(id), index++, 0);
    auto executor = Executor::create(session->model(), session->plan, threads);
    if (!executor) {
        std::fprintf(stderr, "%s\n", executor.error().message().c_str());
        return 1;
    }
    std::map<std::string, std::vector<double>> byOpType;
    std::vector<double> totals;
    for (int i = 0; i < iters + 2; ++i) {
        RunStats stats;
        if (auto result = (*executor)->run(inputs, &stats, true); !result) {
            std::fprintf(stderr, "%s\n", result.error().message().c_str());
            return 1;
        }
        if (i < 2) continue; // warm-up
        std::map<std::string, double> sums;
        for (const ProgramTimings& step : stats.stepNodeTimes) {
            for (const auto& [node, ms] : step.nodeMs) sums[graph.node(node).opType] += ms;
        }
        for (const auto& [op, ms] : sums) byOpType[op].push_back(ms);
        double total = 0;
        for (double ms : stats.stepMs) total += ms;
        totals.push_back(total);
    }
    const double total = median(totals);
    std::vector<std::pair<double, std::string>> rows;
    for (const auto& [op, samples] : byOpType) rows.emplace_back(median(samples), op);
    std::sort(rows.rbegin(), rows.rend());
    std::printf("total %.2f ms (median of %d, %d threads)\n", total, iters, threads);
    for (const auto& [ms, op] : rows) std::printf("  %-22s %9.2f ms  %5.1f%%\n", op.c_str(), ms, 100 * ms / total);
    return 0;
}
