// Partition benchmark: partitions generated graphs of 10k, 100k and 1M nodes and prints
// median/min/max times and the time per node (to see that growth is about linear).
//
//   bench_partition [--runs N] [SIZE...]
#include "config/partition_config.h"
#include "partition/partitioner.h"
#include "support/fake_devices.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace fusebox;

namespace {

// A deep graph with residual branches: every 8th op is one the device refuses (host),
// so fusion has real decisions to make and cycles to avoid.
Graph generatedGraph(int64_t size) {
    static const char* pattern[] = {"Conv", "Relu", "Add", "Conv", "Sigmoid", "Mul", "Erf", "Add"};
    Graph graph;
    const Shape shape = Shape::of({1, 64, 8, 8});
    std::vector<ValueId> values{graph.addValue("x", ElementType::Float32, shape)};
    graph.addInput(values[0]);
    for (int64_t i = 0; i < size; ++i) {
        NodeSpec spec;
        spec.opType = pattern[i % 8];
        spec.inputs.push_back(values.back());
        if (spec.opType == "Add" || spec.opType == "Mul") spec.inputs.push_back(values[values.size() > 5 ? values.size() - 5 : 0]);
        std::string name = "t";
        const ValueId out = graph.addValue(name.append(std::to_string(i)), ElementType::Float32, shape);
        spec.outputs.push_back(out);
        graph.addNode(std::move(spec));
        values.push_back(out);
    }
    graph.addOutput(values.back());
    return graph;
}

std::vector<DeviceProfile> profiles() {
    return {test::hostProfile(), test::fakeDevice("device", {"Conv", "Relu", "Add", "Sigmoid", "Mul"})};
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::vector<int64_t> sizes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else sizes.push_back(std::atoll(argv[i]));
    }
    if (sizes.empty()) sizes = {10000, 100000, 1000000};

    PartitionConfig config;
    config.targets = {"device"};
    config.minSubgraphSize = 2;
    const auto devices = profiles();
    for (int64_t size : sizes) {
        const Graph graph = generatedGraph(size);
        std::vector<double> times;
        std::size_t subgraphs = 0;
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            auto plan = partitionGraph(graph, config, devices);
            const auto end = std::chrono::steady_clock::now();
            if (!plan) {
                std::fprintf(stderr, "%s\n", plan.error().message().c_str());
                return 1;
            }
            subgraphs = plan->subgraphs.size();
            times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        std::printf("partition  %8lld nodes  %7zu subgraphs  median %9.1f ms  min %9.1f ms  max %9.1f ms  %6.0f ns/node  runs %d\n",
                    static_cast<long long>(size), subgraphs, median, times.front(), times.back(),
                    median * 1e6 / static_cast<double>(size), runs);
    }
    return 0;
}
