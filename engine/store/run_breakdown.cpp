#include "store/run_breakdown.h"

#include "store/layer_report.h"

#include <algorithm>
#include <map>

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
    for (const LayerRow& row : report.rows) {
        if (row.medianUs) byOp[row.opType] += *row.medianUs / 1000.0;
    }
    std::vector<TimeSlice> slices;
    for (const auto& [op, ms] : byOp) slices.push_back({op, ms});
    std::stable_sort(slices.begin(), slices.end(), [](const TimeSlice& a, const TimeSlice& b) { return a.ms > b.ms; });
    if (!report.wholeSubgraphs.empty()) {
        double wholeMs = 0;
        for (const ItemTiming& step : run.results.subgraphs) {
            const bool whole = step.subgraph && std::find(report.wholeSubgraphs.begin(), report.wholeSubgraphs.end(),
                                                          *step.subgraph) != report.wholeSubgraphs.end();
            if (whole && step.stats.samples > 0) wholeMs += step.stats.medianMs;
        }
        slices.push_back({kWholeSubgraphsPart, wholeMs});
    }
    addRemainder(slices, run);
    return slices;
}

} // namespace fusebox::store
