#pragma once
// A stored run as Model Explorer node data (google-ai-edge/model-explorer, "custom node
// data"): {"<graph id>": {"results": {"<node id>": {"value": N}}, "gradient": [...]}}.
// Model Explorer's ONNX adapter names nodes by their ONNX node name and the graph by the
// ONNX graph's name, so the file overlays the same model opened there. The value of a
// node is its median time in microseconds; nodes without a time of their own (those
// timed only as part of a whole subgraph) have no entry.

#include "store/run_record.h"

#include <string>

namespace fusebox::store {

// The graph name torch.onnx.export writes, and so what most ONNX models carry.
inline constexpr const char* kModelExplorerDefaultGraph = "main_graph";

std::string modelExplorerNodeDataJson(const StoredRun& run, const std::string& graphId = kModelExplorerDefaultGraph);

} // namespace fusebox::store
