#pragma once
// One translator per ONNX op: a check (does the node fit XNNPACK beyond what the profile
// can say?) and a definition (the xnn_define_* calls). Translators register themselves
// next to their code in ops/*.cpp:
//
//   FUSEBOX_XNNPACK_OP(Conv, checkConv, defineConv);

#include "devices/device_profile.h"
#include "ir/graph.h"

#include <string>
#include <string_view>

namespace fusebox::xnnpack {

class SubgraphBuilder;

// `opset` is the model's default-domain version, 0 when unknown (Adapter::supports).
using OpCheck = Support (*)(const Graph& graph, const Node& node, int64_t opset);
using OpDefine = Status (*)(SubgraphBuilder& builder, const Node& node);

struct OpTranslator {
    OpCheck check;
    OpDefine define;
};

bool registerOp(std::string_view opType, OpTranslator translator);
const OpTranslator* findOp(std::string_view opType); // nullptr when XNNPACK has no node for it

// A check for ops whose only conditions are the common ones (float32, static shapes).
inline Support noFurtherConditions(const Graph&, const Node&, int64_t) { return Support::yes(); }

#define FUSEBOX_XNNPACK_OP(OP, CHECK, DEFINE) \
    [[maybe_unused]] static const bool kXnnpackOp##OP = ::fusebox::xnnpack::registerOp(#OP, {CHECK, DEFINE})

} // namespace fusebox::xnnpack
