#include "store/run_breakdown.h"

#include "store/layer_report.h"

#include <algorithm>
#include <map>
#include <set>

namespace fusebox::store {

namespace {

void addRemainder(std::vector<TimeSlice>& slices, const StoredRun& run) {
    double sum = 0;
    for (const TimeSlice& slice : slices) sum += slice.ms;
    slices.push_back({kBetweenStepsPart, std::max(0.0, run.results.total.medianMs - sum)});
}

} // namespace

std::vector<TimeSlice> timeBySubgraph(const StoredRun& run) {
    std::vector<TimeSlice> slices;
    for (const ItemTiming& step : run.results.subgraphs) {
        const std::string id = step.subgraph ? std::to_string(*step.subgraph) : step.item;
        slices.push_back({step.device + " sg " + id, step.stats.samples > 0 ? step.stats.medianMs : 0});
    }
    double hostMs = 0;
    for (const ItemTiming& node : run.results.nodes) {
        if (!node.subgraph && node.stats.samples > 0) hostMs += node.stats.medianMs;
    }
    slices.push_back({kHostNodesPart, hostMs});
    addRemainder(slices, run);
    return slices;
}

std::vector<TimeSlice> timeByOpType(const StoredRun& run) {
    const LayerReport report = buildLayerReport(run, nullptr);
    std::map<std::string, double> byOp;
    std::map<int, double> subgraphMs;
    for (const ItemTiming& step : run.results.subgraphs) {
        if (step.subgraph && step.stats.samples > 0) subgraphMs[*step.subgraph] = step.stats.medianMs;
    }
    std::set<int> counted;
    double wholeSubgraphs = 0;
    for (const LayerRow& row : report.rows) {
        if (row.medianUs) byOp[row.opType] += *row.medianUs / 1000.0;
        if (row.note == TimeNote::InSubgraph && counted.insert(*row.subgraph).second) wholeSubgraphs += subgraphMs[*row.subgraph];
    }
    std::vector<TimeSlice> slices;
    for (const auto& [op, ms] : byOp) slices.push_back({op, ms});
    std::stable_sort(slices.begin(), slices.end(), [](const TimeSlice& a, const TimeSlice& b) { return a.ms > b.ms; });
    if (!counted.empty()) slices.push_back({kWholeSubgraphsPart, wholeSubgraphs});
    addRemainder(slices, run);
    return slices;
}

} // namespace fusebox::store
