#pragma once
// The IR back to ONNX: the reverse of proto_to_ir. Used to save edited models and, by
// plan_export, to write a partition plan as an ONNX file.
//
// What is written:
// - constants with no producer become initializers (raw_data: the bytes of TensorData
//   as they are, little-endian), all of them: whether a nested body reads one is not
//   visible from its consumers;
// - graph inputs and outputs become ValueInfo with type and shape (static dims as
//   dim_value, symbols as dim_param, unknown dims as empty dims, unknown rank: no shape;
//   an unknown element type: no type at all, which only nested graphs may have);
// - every other node output with a known type goes into value_info;
// - nodes in graph.topologicalOrder(), named with their IR names; an omitted optional
//   input or output (kNoValue) is written as "";
// - nested graphs (If/Loop/Scan bodies) do not declare the values they read from an
//   enclosing graph; a body is named "<node>_<attribute>" ("<node>_<attribute>_<i>" in
//   a list), because the IR does not keep body names.
// String constants cannot be written: the importer keeps no string contents.
// For shape inference, which reads the data of small constants only (shape operands),
// a byte limit declares every larger constant (and every string constant) as a typed
// graph input without data, so the weights are not copied.

#include "core/result.h"
#include "ir/model.h"

#include <onnx/onnx_pb.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

namespace fusebox {

inline constexpr std::size_t kAllConstantData = std::numeric_limits<std::size_t>::max();

// Converts `graph` for a model of IR version `irVersion`: up to IR version 3 every
// initializer must also be listed as a graph input, and is.
Result<onnx::GraphProto> graphToProto(const Graph& graph, const std::string& name,
                                      int64_t irVersion = onnx::IR_VERSION,
                                      std::size_t maxInitializerBytes = kAllConstantData);

// Converts a model: IR version (the larger of the model's and `minIrVersion`; a model
// without one gets the newest this build knows), opsets per domain ("" is the default
// domain), producer name and version. The graph is named after the model file's stem.
Result<onnx::ModelProto> modelToProto(const Model& model, int64_t minIrVersion = 0,
                                      std::size_t maxInitializerBytes = kAllConstantData);

// Writes `model` to `path` through "path.part" and a rename, so a failure never leaves
// a half-written model behind. Errors name the path.
Status saveModel(const onnx::ModelProto& model, const std::string& path);

} // namespace fusebox
