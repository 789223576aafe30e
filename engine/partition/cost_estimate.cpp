#include "partition/cost_estimate.h"

#include "analysis/flops.h"

#include <algorithm>

namespace fusebox {

namespace {

constexpr double kMsPerSecond = 1e3;

double peakFlopsPerSecond(const CostModel& cost, Precision precision) {
    auto it = cost.peakGflops.find(precision);
    if (it == cost.peakGflops.end()) it = cost.peakGflops.begin(); // the profile's only figure
    return it == cost.peakGflops.end() ? 0.0 : it->second * 1e9;
}

int64_t memoryTraffic(const Graph& graph, const Node& node) {
    int64_t bytes = 0;
    for (ValueId id : node.inputs) {
        if (id != kNoValue) bytes += staticByteSize(graph.value(id));
    }
    for (ValueId id : node.outputs) {
        if (id != kNoValue) bytes += staticByteSize(graph.value(id));
    }
    return bytes;
}

} // namespace

double estimateNodeMs(const Graph& graph, const Node& node, const DeviceProfile& profile, Precision precision) {
    const double peak = peakFlopsPerSecond(profile.cost, precision);
    const double bandwidth = profile.cost.memoryGBps * 1e9;
    const double flops = static_cast<double>(estimateFlops(graph, node).value_or(0));
    const double compute = peak > 0 ? flops / peak : 0.0;
    const double memory = bandwidth > 0 ? static_cast<double>(memoryTraffic(graph, node)) / bandwidth : 0.0;
    return std::max(compute, memory) * kMsPerSecond;
}

double estimateSubgraphMs(const Graph& graph, const std::vector<NodeId>& nodes, int64_t boundaryBytes,
                          const DeviceProfile& profile, Precision precision) {
    double ms = profile.cost.launchUs / 1e3;
    for (NodeId id : nodes) ms += estimateNodeMs(graph, graph.node(id), profile, precision);
    if (profile.cost.transferGBps > 0) ms += static_cast<double>(boundaryBytes) / (profile.cost.transferGBps * 1e9) * kMsPerSecond;
    return ms;
}

} // namespace fusebox
