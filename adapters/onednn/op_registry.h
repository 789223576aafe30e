#pragma once
// The op builders of the oneDNN adapter, one family per file in ops/, registered next to
// their code:
//
//   Status buildConv(NetBuilder& b, const FusedGroup& g) { ... }
//   FUSEBOX_ONEDNN_OP(Conv, buildConv);
//
// A builder turns a fused group (its anchor node plus absorbed nodes) into primitives
// and defines the group's output value.

#include "net_builder.h"

#include <string>
#include <vector>

namespace fusebox::onednn {

using OpBuild = Status (*)(NetBuilder&, const FusedGroup&);

class OpRegistry {
public:
    static bool add(const std::string& opType, OpBuild build);
    static OpBuild find(const std::string& opType); // nullptr when no builder
    static std::vector<std::string> ops();
};

#define FUSEBOX_ONEDNN_OP(OP, FUNCTION) \
    [[maybe_unused]] static const bool kOnednnOp##OP = ::fusebox::onednn::OpRegistry::add(#OP, FUNCTION)

} // namespace fusebox::onednn
