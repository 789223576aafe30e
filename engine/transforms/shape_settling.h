#pragma once
// Settles an imported model's shapes: constant folding and ONNX shape inference take
// turns until neither finds anything new, so a Reshape target computed by a Shape ->
// Gather -> Concat chain becomes a constant and the Reshape's output gets a static shape,
// which lets the next folding round go on. Called once after import, instead of
// foldConstants, by everything that partitions, runs or inspects a model.

#include "core/result.h"
#include "ir/model.h"

#include <string>
#include <vector>

namespace fusebox {

// Folding and inference rounds at most: real models settle in two or three.
inline constexpr int kMaxSettlingRounds = 8;

struct UnshapedValue {
    std::string value;  // name
    std::string reason; // as recorded in Value::unshapedReason
};

struct SettledShapes {
    std::vector<std::string> foldedNodes; // names, in the order they were folded
    std::vector<UnshapedValue> unshaped;  // node outputs of the top-level graph without a static shape
    int rounds = 0;                       // folding rounds run
};

// Folds, infers and folds again until nothing changes or kMaxSettlingRounds have run;
// then records on every value still without a static shape why (Value::unshapedReason):
// a graph input with open dims, an op that decides its output shape from data (NonZero,
// TopK with a computed k, ...), an op shape inference does not know, or an input that
// has no static shape for one of those reasons.
Result<SettledShapes> settleShapes(Model& model);

} // namespace fusebox
