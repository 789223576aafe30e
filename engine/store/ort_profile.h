#pragma once
// ONNX Runtime profiles (SessionOptions.enable_profiling): Chrome trace JSON where each
// kernel call is an "X" event named "<node>_kernel_time" with args.op_name and
// args.provider, and each inference a "model_run" event. Read into per-node samples, so
// an ORT run can be stored and compared with Fusebox runs node by node.

#include "core/result.h"
#include "ir/graph.h"
#include "store/run_record.h"

#include <string>
#include <vector>

namespace fusebox::store {

struct OrtNodeSamples {
    std::string name;
    std::string opType;
    std::string provider;
    std::vector<double> samplesMs;
};

struct OrtProfile {
    std::vector<double> runMs;          // one per model_run event
    std::vector<OrtNodeSamples> nodes;  // in order of first appearance
    std::vector<std::string> providers; // in order of first appearance
};

// `path` names the file in messages. Accepts the top-level array ORT writes and the
// {"traceEvents": [...]} object form.
Result<OrtProfile> parseOrtProfile(const std::string& text, const std::string& path);

// The profile as a run's figures: nodes that `graph` has take its execution order (and
// the profile's op type and provider as device); nodes it lacks (fused or renamed by
// ORT's optimizations) come last. `unmatched` receives their count.
RunResults ortProfileResults(const OrtProfile& profile, const Graph& graph, int* unmatched = nullptr);

} // namespace fusebox::store
