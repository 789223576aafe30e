#pragma once
// Invariants every partition plan must satisfy, shared by the partitioner tests.

#include "partition/partition_plan.h"

#include <string>

namespace fusebox::test {

// Empty when the plan is valid, else what is wrong: every node is in exactly one
// subgraph or on host; the plan's order is a topological order of the graph of steps
// (so that graph is acyclic); every subgraph is weakly connected through its own edges.
std::string planViolation(const Graph& graph, const PartitionPlan& plan);

// The plan as readable lines for golden files:
//   "0 xnnpack: a b c" for a subgraph (nodes in execution order), "host: d" for a host node.
std::string planToText(const Graph& graph, const PartitionPlan& plan);

} // namespace fusebox::test
