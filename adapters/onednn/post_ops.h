#pragma once
// A fused group's absorbed nodes as oneDNN post-ops: eltwise steps, binary ops with
// their second input (broadcast onto the anchor's output), and an in-place sum when
// the addend is dead afterwards (the anchor then writes into the addend's buffer).

#include "net_builder.h"
#include "op_algorithms.h"

#include <optional>

namespace fusebox::onednn {

struct PostOps {
    dnnl::post_ops ops;
    Args args;                 // the memories binary post-ops read
    std::optional<memory> sum; // the dst buffer, already holding the sum addend
    std::string text;          // "+relu +sum ..." for describe()

    void eltwise(const EltwiseStep& step);
    void binary(NetBuilder& b, dnnl::algorithm algorithm, const NetTensor& operand, const Dims& dstDims);
    dnnl::primitive_attr attr() const;
};

// Folds leading post-ops that add or subtract a constant per-channel tensor into `bias`
// (one value per output channel; channel axis 1) and returns the group without them:
// a per-channel binary post-op is much slower than a bias in some oneDNN kernels
// (deconvolution).
FusedGroup foldBiasPostOps(const NetBuilder& b, FusedGroup g, std::vector<float>& bias, std::size_t rank);

// Appends the group's post-ops. `allowSum`: the anchor can write into the addend's
// buffer in its format (convolutions and matmuls can).
Status appendGroupPostOps(NetBuilder& b, const FusedGroup& g, const Dims& dstDims, bool allowSum, PostOps& into);

// The memory a primitive writes: the sum addend's buffer or a new one.
memory destination(NetBuilder& b, const PostOps& postOps, const memory::desc& md);

// Primitive descriptions for describe(): "conv 'name' brg_conv:avx512_core src ... dst ...".
std::string stepText(const Node& anchor, const std::string& kind, const std::string& impl, const memory::desc& src,
                     const memory::desc& dst, const PostOps* postOps, const memory::desc* weights = nullptr);

} // namespace fusebox::onednn
