#pragma once
// Two stored runs side by side: the same node, op type or part of the model in both,
// the time in each, their ratio and each one's share of its run's total.

#include "store/run_record.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

enum class CompareBy {
    Subgraph, // parts of the model aligned by the nodes they contain (see compareRuns)
    Node,
    OpType,
};

struct ComparisonRow {
    std::string item;   // node name, op type, or the first node of an aligned part
    std::string a, b;   // what runs the item in each run: "onednn sg 0", "host", "3 host nodes"; "" when absent
    int nodes = 0;      // nodes the row covers
    std::optional<double> aMs, bMs; // medians; none when the run has no time for it
    std::optional<double> ratio;    // bMs / aMs: below 1, B is faster
    double aShare = 0, bShare = 0;  // of the run's total median
};

struct Comparison {
    ComparisonRow totals; // the whole model
    std::vector<ComparisonRow> rows;
};

// By node: one row per node name of either run, in A's execution order (nodes only in B
// last). By op type: times summed per op type, slowest in A first. By subgraph: a run's
// units are its subgraphs and its host nodes; units of A and B that share a node are
// joined until no node is in two rows, so each row is the same set of nodes in both
// runs (a subgraph of A against the host nodes that run it in B, say), in A's order.
Comparison compareRuns(const StoredRun& a, const StoredRun& b, CompareBy by);

} // namespace fusebox::store
