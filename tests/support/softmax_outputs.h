#pragma once
// Graph outputs that a Softmax computes are compared through their logits. The shared
// light models carry constant weights, so every class of their classifiers ties in exact
// arithmetic: the probabilities (even which class wins) are then decided by each kernel's
// summation order, which differs between adapters and CPUs, not by the model. The
// logits are well defined to within fp32 rounding of their own scale.

#include "ir/graph.h"
#include "runtime/tensor.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::test {

// Per graph output: the input of the Softmax that computes it, nullopt for other outputs.
std::vector<std::optional<ValueId>> softmaxLogits(const Graph& graph);
// Those inputs, for ExecutorOptions::keep.
std::vector<ValueId> logitsToKeep(const Graph& graph);

// The largest |value| of a float tensor.
double scaleOf(const Tensor& tensor);

// Logits against reference logits: every |actual - expected| <= rtol * the reference's scale.
std::optional<std::string> logitsMismatch(const Tensor& actual, const Tensor& expected, double rtol);

// Probabilities of one softmax row against reference probabilities, compared as logits:
// log p up to the shift softmax ignores, within rtol * `logitScale`.
std::optional<std::string> logProbabilityMismatch(const Tensor& actual, const Tensor& expected, double logitScale, double rtol);

} // namespace fusebox::test
