#pragma once
// The per-layer report of one stored run, in the manner of the NPU vendors' reports:
// per executed node its order, op, device and subgraph, precision, shapes, time and
// share, FLOPs and achieved GFLOP/s, bytes moved; and a network summary. The figures
// come from the store; shapes, FLOPs and bytes from the model's graph when it is given
// (the model file may have moved or changed since the run).

#include "ir/graph.h"
#include "store/run_record.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

// Why a node has no time of its own.
enum class TimeNote {
    Measured,       // its own median
    InSubgraph,     // its adapter times whole subgraphs: the time is the subgraph's
    FusedNoTime,    // measured at 0, or no time in a subgraph whose other nodes have theirs: fused into a timed pass
    NotMeasured,    // no figure (an imported profile without this node, a failed step)
};
const char* timeNoteText(TimeNote note);

struct LayerRow {
    int order = 0; // execution order
    std::string node;
    std::string opType;
    std::string device;
    std::optional<int> subgraph;
    std::string precision;                 // the config's [device.D] precision, else the output's element type
    std::vector<std::string> inputShapes;  // "1x3x32x32"; empty without the graph
    std::vector<std::string> outputShapes;
    std::optional<double> medianUs;        // its own median; none unless Measured (or FusedNoTime measured at 0)
    double share = 0;                      // of the per-layer sum, 0..1
    std::optional<int64_t> flops;
    std::optional<double> gflopsPerSecond; // flops / own median
    std::optional<int64_t> bytes;          // inputs read + outputs written (static shapes only)
    TimeNote note = TimeNote::NotMeasured;
};

struct LayerReport {
    RunId run = 0;
    std::string model;
    std::string label;
    std::string devices;
    double endToEndMs = 0;     // the run's median
    double layerSumMs = 0;     // sum of the nodes' own medians and of the wholeSubgraphs' medians
    std::vector<int> wholeSubgraphs; // subgraphs timed only as a whole (no node of theirs has a time), in order
    std::map<std::string, int> nodesPerDevice;
    int subgraphs = 0;
    std::optional<int> layoutConversions;
    std::optional<int64_t> peakBytes;
    std::vector<Fallback> fallbacks;
    bool withGraph = false;    // shapes, FLOPs and bytes are known
    std::vector<LayerRow> rows;
};

// `graph` may be null (no shapes, FLOPs or bytes then); `precisionByDevice` comes from
// the run's config ([device.D] precision) and may be empty.
LayerReport buildLayerReport(const StoredRun& run, const Graph* graph,
                             const std::map<std::string, std::string>& precisionByDevice = {});

// One header row, then one row per executed node, in execution order (RFC 4180 quoting).
std::string layerReportCsv(const LayerReport& report);

} // namespace fusebox::store
