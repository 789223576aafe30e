#pragma once
// Element-wise fusion on the host. A node's output followed by element-wise nodes over
// the same tensor (PP-OCR: Conv -> Mul -> Add -> Add/Clip/Mul/Div (HardSwish) -> Mul ->
// Add; ResNet: Conv -> BatchNormalization -> Relu) runs as one pass over memory, right
// after that node, instead of one pass per node. Every step computes what its kernel computes in the same precision, so results
// are bit for bit those of the unfused kernels.

#include "core/result.h"
#include "ir/graph.h"
#include "runtime/tensor.h"
#include "unary_functions.h"

#include <array>
#include <functional>
#include <utility>
#include <vector>

namespace fusebox::host {

// An input of a step: a register (the chain's data so far), or a tensor from outside the
// chain: one of the data's shape (a residual), or one value per channel (axis 1) or a
// single value, broadcast over the rest.
struct PointwiseOperand {
    int reg = -1;             // 0 is the producer's output, step i writes register i + 1
    ValueId value = kNoValue; // when reg < 0
};

struct PointwiseStep {
    enum class Op { Add, Sub, Mul, Div, Clip, Unary, BatchNorm }; // BatchNorm: inference form, per channel
    Op op = Op::Add;
    NodeId node = kNoNode;
    PointwiseOperand a, b;    // b for the binary ops only
    float low = 0, high = 0;  // Clip bounds
    UnaryFunction unary;      // Op::Unary
};

struct FusedChain {
    NodeId producer = kNoNode;        // runs first, through its own kernel
    std::vector<PointwiseStep> steps; // in order; the last one's output is the chain's
    ValueId output = kNoValue;
};

// Chains among `nodes` (one host step, in execution order). Only the last value of a
// chain may be read outside it, and never a value in `keep` (the step's outputs) unless
// it is that last value.
std::vector<FusedChain> findPointwiseChains(const Graph& graph, const std::vector<NodeId>& nodes,
                                            const std::vector<ValueId>& keep);

// A chain with its operands resolved for a producer output of `dims` (float32, [N, C,
// ...]): runs its steps in place on the whole output, or on any block of it, so that a
// kernel writing its output in blocks (Conv) runs them on each block while it is still
// in cache. The arithmetic is the same either way.
class PreparedChain {
public:
    // `operand` gives the tensors of broadcast operands; they must outlive the result.
    static Result<PreparedChain> prepare(const Graph& graph, const FusedChain& chain, const std::vector<int64_t>& dims,
                                         const std::function<const Tensor*(ValueId)>& operand);

    const std::vector<int64_t>& dims() const { return dims_; }
    // Channels [channelBegin, channelEnd) of image `image`, plane offsets [first, first + count).
    void apply(float* data, int64_t image, int64_t channelBegin, int64_t channelEnd, int64_t first, int64_t count) const;
    void applyAll(float* data, int threads) const;

private:
    // An operand from outside the chain: one value, one per channel, or one per element.
    struct Broadcast {
        const float* values = nullptr;
        int64_t count = 0;
        bool whole = false; // the data's shape
        float at(int64_t channel) const { return values[count == 1 ? 0 : channel]; }
    };
    void runBlock(float* base, int64_t planeIndex, int64_t offset, int64_t n) const;

    const FusedChain* chain_ = nullptr;
    std::vector<int64_t> dims_;
    int64_t channels_ = 0, plane_ = 0;
    std::vector<std::array<Broadcast, 2>> broadcast_; // per step: its a and b operands
    std::vector<std::vector<float>> affine_;          // BatchNormalization's scale and shift, per channel
};

// An inference BatchNormalization as y = x * scale[c] + shift[c], from its scale, B, mean
// and var (the kernel and the fused step compute it alike).
Result<std::pair<std::vector<float>, std::vector<float>>> batchNormAffine(const Node& node, const std::array<const Tensor*, 4>& parameters,
                                                                          int64_t channels);

} // namespace fusebox::host
