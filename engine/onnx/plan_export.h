#pragma once
// Writes a partition plan as an ONNX file, so the partitioned model can be looked at in
// any ONNX viewer and loaded back.
//
// Each subgraph of the plan becomes ONE node of domain "fusebox":
//   op_type     "Subgraph_<id>" (the device is an attribute, so the name stays stable
//               whatever the device is called)
//   name        "subgraph_<id>" (with a suffix should a node of the model have that name)
//   inputs      the subgraph's `inputs`, then the constants its nodes read (also from
//               inside If/Loop/Scan bodies), in the order they are first read
//   outputs     the subgraph's `outputs`
//   attributes  device, precision, layout (strings)
// Its body is a model-local function (ModelProto.functions) with the same domain and
// name, whose inputs and outputs are the tensor names and whose nodes are the subgraph's
// nodes, in the subgraph's order. Functions cannot hold initializers, so constants are
// passed in as function inputs: each weight stays once in the main graph's initializers,
// and the call node shows which weights the subgraph needs.
// Host nodes stay ordinary nodes. Steps are written in plan.order. The model imports
// the "fusebox" opset, version 1, and has IR version 8 or newer (functions need it).

#include "core/result.h"
#include "ir/model.h"
#include "partition/partition_plan.h"

#include <onnx/onnx_pb.h>

#include <string>

namespace fusebox {

inline constexpr const char* kFuseboxDomain = "fusebox";

// Fails when the plan does not cover every node exactly once, names a node or subgraph
// that does not exist, or a subgraph reads a non-constant value that is neither among
// its inputs nor produced inside it.
Result<onnx::ModelProto> planToProto(const Model& model, const PartitionPlan& plan);

// planToProto, the ONNX checker, then saveModel. Errors start with `path`.
Status exportPlanAsOnnx(const Model& model, const PartitionPlan& plan, const std::string& path);

} // namespace fusebox
