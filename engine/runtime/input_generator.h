#pragma once
// Deterministic inputs for runs where the user gives none.
//
// Element i of the k-th input (0-based) with seed s takes
//     u = frac((i + 1) * 0.6180339887 + (k + 1) * 0.4142135624 + s * 0.7320508076)
// and becomes 2u - 1 for floating-point types (values in [-1, 1)), floor(10u) for
// integers (0..9) and u >= 0.5 for bool. The same model, shapes and seed always give
// the same bytes, on every machine.

#include "core/result.h"
#include "ir/graph.h"
#include "runtime/tensor.h"

#include <map>
#include <string>

namespace fusebox {

// Fails when the value's shape is not static (the message says to use --shape).
Result<Tensor> generateInput(const Value& input, int inputIndex, uint64_t seed);

// Every input of the graph generated as above, by name.
Result<std::map<std::string, Tensor>> generateInputs(const Graph& graph, uint64_t seed);

// Checks a user-given tensor against the model's input: element type and every static
// dim. The message names the input and what the model expects.
Status checkInput(const Value& input, const Tensor& given);

} // namespace fusebox
