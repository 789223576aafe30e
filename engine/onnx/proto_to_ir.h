#pragma once

#include "core/result.h"
#include "ir/graph.h"
#include "onnx/external_data.h"

#include <onnx/onnx_pb.h>

#include <map>
#include <memory>
#include <string>

namespace fusebox::onnx_import {

// What conversion needs besides the proto. `keepAlive` owns the parsed model: constant
// data of the IR are views into it, valid for as long as any TensorData holds it.
struct ConvertContext {
    std::shared_ptr<const onnx::ModelProto> keepAlive;
    ExternalData* externalData = nullptr;
    std::map<std::string, int64_t> opsets; // domain -> version, "" for ai.onnx
};

// A value's shape and element type as a TypeProto declares them (unknown where it does
// not: no shape, an empty dim, a sequence or map type).
Shape shapeOf(const onnx::TypeProto& type);
ElementType typeOf(const onnx::TypeProto& type);

Result<TensorData> convertTensor(const onnx::TensorProto& tensor, ConvertContext& context);

// Converts a (possibly nested) graph. Names a nested graph uses without defining them
// become values marked fromOuterScope, typed from `outer` when it knows them.
Result<Graph> convertGraph(const onnx::GraphProto& proto, ConvertContext& context, const Graph* outer = nullptr);

} // namespace fusebox::onnx_import
