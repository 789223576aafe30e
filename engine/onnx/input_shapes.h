#pragma once

#include "core/result.h"

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace fusebox::onnx_import {

// Names of the graph inputs that are real inputs: IR-version-3 models also list every
// initializer as an input, which is not something a user feeds.
std::vector<const onnx::ValueInfoProto*> realInputs(const onnx::GraphProto& graph);

// Writes user-fixed dims into the model's input types before shape inference. Fails when
// an input does not exist, the rank differs, or a static dim in the model disagrees.
Status applyInputShapes(onnx::ModelProto& model, const std::map<std::string, std::vector<int64_t>>& shapes);

// Strict stops at the first node inference rejects (what import wants: the model is
// wrong); BestEffort leaves such a node's outputs as they were and goes on.
enum class Inference { Strict, BestEffort };

// Runs ONNX shape inference (with data propagation so Shape->Reshape chains resolve).
Status inferShapes(onnx::ModelProto& model, Inference mode = Inference::Strict);

} // namespace fusebox::onnx_import
