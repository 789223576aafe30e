#pragma once
// Constant folding: a node whose inputs are all constant is evaluated once, here, with
// the host reference kernels (the same code that runs it on the host), and replaced by
// its results. A folded node is removed; its output values keep their names and ids and
// gain `constant` data, so consumers are untouched.
//
// What needs no kernel folds also in an engine built without the host adapter: Constant,
// Identity of a constant, and Shape of a value with a static shape. Every other node
// folds only when the host kernels are built in, when shape inference has declared a
// static shape for each of its outputs, and when each output fits kMaxFoldedBytes, so the
// size is checked before a kernel allocates anything. A result that contradicts the
// declared type or shape leaves the node in place. If/Loop/Scan, custom domains and
// random ops are never folded.

#include "core/result.h"
#include "ir/model.h"

#include <cstddef>
#include <string>
#include <vector>

namespace fusebox {

// No folded result is larger than this, so folding cannot blow up memory (ConstantOfShape
// of a huge shape, Expand, Range ...). Constant and Identity return data that already
// exists and are not limited.
inline constexpr std::size_t kMaxFoldedBytes = std::size_t(64) * 1024 * 1024;

struct FoldResult {
    std::vector<std::string> foldedNodes; // names, in the order they were folded
};

// Folds the top-level graph of `model` in one pass in topological order, so chains of
// constant nodes fold completely. The model's opsets tell the kernels which version of
// an op they evaluate.
Result<FoldResult> foldConstants(Model& model);

} // namespace fusebox
