#pragma once
// How constant folding reaches the reference kernels without depending on an adapter:
// the host adapter installs its kernel runner here at start-up. An engine linked without
// the host adapter has none, and folding then does only what needs no kernel.

#include "core/result.h"
#include "ir/graph.h"
#include "runtime/tensor.h"

#include <cstdint>
#include <vector>

namespace fusebox {

// Evaluates one default-domain node: `inputs` has one entry per node input (nullptr for
// an omitted optional one), `opset` is the model's default-domain version. Returns one
// tensor per node output (empty ones for omitted outputs), or why it could not.
using ReferenceEvaluator = Result<std::vector<Tensor>> (*)(const Graph& graph, const Node& node, int64_t opset,
                                                          const std::vector<const Tensor*>& inputs);

class ReferenceKernels {
public:
    static bool install(ReferenceEvaluator evaluator); // returns true, for static registration
    static ReferenceEvaluator evaluator();             // nullptr when none is built in
};

} // namespace fusebox
