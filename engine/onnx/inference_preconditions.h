#pragma once
// What ONNX's shape-inference functions assume without checking, checked before they
// run: a tensor's data is as long as its dims say (a short raw_data makes them read
// past the end), the convolution and pooling attributes they divide by or index with
// are positive, and a convolution's weight has its input's rank. A model that breaks
// them is a bad file: an error naming the tensor or node, never a fault inside onnx::.

#include "core/result.h"

#include <onnx/onnx_pb.h>

namespace fusebox::onnx_import {

// Checks the graph and every subgraph (If/Loop/Scan bodies) it holds.
Status checkInferencePreconditions(const onnx::GraphProto& graph);

} // namespace fusebox::onnx_import
