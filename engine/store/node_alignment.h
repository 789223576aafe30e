#pragma once
// Several runs of one model node by node: one row per node of the model as written,
// with each run's time, share and ratio to the first run, and why a node has no time
// of its own (folded away, fused into its producer, timed only with its subgraph).

#include "store/layer_report.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

struct AlignedCell {
    bool present = false;          // the run executed this node
    std::string where;             // "host", "onednn sg 0"
    std::optional<double> us;      // its own median
    double share = 0;              // of the run's per-layer sum
    std::optional<double> ratio;   // us / the first run's us: below 1, faster than the first run
    TimeNote note = TimeNote::NotMeasured;
};

struct AlignedNode {
    std::string node;
    std::string opType;
    bool folded = false;            // folded into a constant before partitioning: no run executes it
    std::vector<AlignedCell> cells; // one per report, in the reports' order
};

// Nodes in the first report's execution order, nodes only later reports have after
// them, then the folded nodes (`folded` and `foldedOpTypes` as ModelSession keeps them).
std::vector<AlignedNode> alignNodes(const std::vector<LayerReport>& reports, const std::vector<std::string>& folded = {},
                                    const std::vector<std::string>& foldedOpTypes = {});

} // namespace fusebox::store
