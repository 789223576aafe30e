#include "pointwise_fusion.h"

#include "kernel_util.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace fusebox::host {

namespace {

constexpr std::size_t kMaxSteps = 15;   // a block holds steps + 1 registers
constexpr int64_t kBlock = 256;         // elements per register: all registers stay in L1
constexpr std::size_t kLookAhead = 8;   // nodes scanned past the last one taken
constexpr std::size_t kMinRank = 3;     // [N, C, spatial...]: smaller tensors are not worth it

bool defaultDomain(const Node& node) { return node.domain.empty() || node.domain == "ai.onnx"; }

// Producers whose first output is a buffer of their own, which the chain may overwrite.
bool writesFreshOutput(const Node& node) {
    static const std::set<std::string> ops = {"Conv", "ConvTranspose", "Gemm", "MatMul", "BatchNormalization",
                                              "AveragePool", "MaxPool", "GlobalAveragePool", "Add", "Sub", "Mul", "Div"};
    return defaultDomain(node) && ops.contains(node.opType);
}

std::optional<PointwiseStep::Op> binaryOp(const std::string& opType) {
    if (opType == "Add") return PointwiseStep::Op::Add;
    if (opType == "Sub") return PointwiseStep::Op::Sub;
    if (opType == "Mul") return PointwiseStep::Op::Mul;
    if (opType == "Div") return PointwiseStep::Op::Div;
    if (opType == "Sum") return PointwiseStep::Op::Add; // with two inputs, as the Sum kernel adds them
    return std::nullopt;
}

// A value's dims when they are known before running: a constant's, or a static shape.
std::optional<std::vector<int64_t>> knownDims(const Value& value) {
    if (value.constant) return value.constant->dims();
    if (value.shape.isStatic()) return value.shape.staticSizes();
    return std::nullopt;
}

// A float32 constant holding one value (a Clip bound).
std::optional<float> scalarConstant(const Graph& graph, ValueId id) {
    if (id == kNoValue || !graph.value(id).constant) return std::nullopt;
    const TensorData& data = *graph.value(id).constant;
    if (data.type() != ElementType::Float32 || data.elementCount() != 1) return std::nullopt;
    return data.values<float>()[0];
}

// Collects a chain that starts at a producer; registers by value.
class ChainBuilder {
public:
    ChainBuilder(const Graph& graph, NodeId producer) : graph_(graph) {
        chain_.producer = producer;
        const ValueId data = graph.node(producer).outputs[0];
        registers_[data] = 0;
        dims_ = graph.value(data).shape.staticSizes();
    }

    // Whether `node` reads the chain and can be one more step of it; adds it if so.
    bool tryAdd(const Node& node) {
        if (!defaultDomain(node) || chain_.steps.size() >= kMaxSteps || node.outputs.size() != 1) return false;
        const Value& out = graph_.value(node.outputs[0]);
        if (out.type != ElementType::Float32 || !out.shape.isStatic() || out.shape.staticSizes() != dims_) return false;
        PointwiseStep step;
        step.node = node.id;
        bool readsChain = false;
        auto operand = [&](ValueId id, PointwiseOperand& into) {
            if (id == kNoValue) return false;
            if (auto it = registers_.find(id); it != registers_.end()) {
                into.reg = it->second;
                readsChain = true;
                return true;
            }
            into.value = id;
            return knownDims(graph_.value(id)) == dims_ || broadcastsPerChannel(graph_.value(id));
        };
        if (auto op = binaryOp(node.opType)) {
            if (node.inputs.size() != 2 || !operand(node.inputs[0], step.a) || !operand(node.inputs[1], step.b)) return false;
            step.op = *op;
        } else if (node.opType == "Clip") {
            if (node.inputs.empty() || !operand(node.inputs[0], step.a) || step.a.reg < 0 || !clipBounds(node, step)) return false;
            step.op = PointwiseStep::Op::Clip;
        } else if (node.opType == "BatchNormalization") {
            if (node.inputs.size() != 5 || node.attributes.getInt("training_mode", 0) != 0 || !operand(node.inputs[0], step.a) ||
                step.a.reg < 0 || node.outputs.size() != 1) return false;
            for (std::size_t k = 1; k < 5; ++k) {
                if (!isChannelVector(graph_.value(node.inputs[k]))) return false;
            }
            step.op = PointwiseStep::Op::BatchNorm;
        } else if (auto function = unaryFunction(node)) {
            if (node.inputs.size() != 1 || !operand(node.inputs[0], step.a) || step.a.reg < 0) return false;
            step.op = PointwiseStep::Op::Unary;
            step.unary = *function;
        } else {
            return false;
        }
        if (!readsChain) return false;
        chain_.steps.push_back(step);
        registers_[node.outputs[0]] = static_cast<int>(chain_.steps.size());
        return true;
    }

    // True when no value of the chain but its last is read by a node outside it, is a
    // graph output or is in `keep`.
    bool closed(const std::set<ValueId>& keep) const {
        std::set<NodeId> inside{chain_.producer};
        for (const PointwiseStep& step : chain_.steps) inside.insert(step.node);
        const ValueId last = graph_.node(chain_.steps.back().node).outputs[0];
        for (const auto& [value, reg] : registers_) {
            if (value == last) continue;
            if (keep.contains(value)) return false;
            for (NodeId consumer : graph_.value(value).consumers) {
                if (!inside.contains(consumer)) return false;
            }
        }
        return true;
    }

    FusedChain prefix(std::size_t steps) const {
        FusedChain chain = chain_;
        chain.steps.resize(steps);
        chain.output = graph_.node(chain.steps.back().node).outputs[0];
        return chain;
    }
    std::size_t size() const { return chain_.steps.size(); }

private:
    // A float32 tensor of one value, or of one value per channel laid out along axis 1.
    bool broadcastsPerChannel(const Value& value) const {
        const auto known = knownDims(value);
        if (value.type != ElementType::Float32 || !known) return false;
        const std::vector<int64_t>& dims = *known;
        if (dims.size() > dims_.size()) return false;
        const std::size_t channelAxis = dims_.size() - dims.size() <= 1 ? 1 - (dims_.size() - dims.size()) : SIZE_MAX;
        for (std::size_t i = 0; i < dims.size(); ++i) {
            if (dims[i] != 1 && !(i == channelAxis && dims[i] == dims_[1])) return false;
        }
        return true;
    }

    // BatchNormalization's parameters: float32 [C].
    bool isChannelVector(const Value& value) const {
        return value.type == ElementType::Float32 && knownDims(value) == std::vector<int64_t>{dims_[1]};
    }

    bool clipBounds(const Node& node, PointwiseStep& step) const {
        step.low = std::numeric_limits<float>::lowest();
        step.high = std::numeric_limits<float>::max();
        if (node.inputs.size() == 1) { // before opset 11 the bounds are attributes
            step.low = node.attributes.get<float>("min").value_or(step.low);
            step.high = node.attributes.get<float>("max").value_or(step.high);
            return true;
        }
        for (std::size_t k = 1; k < node.inputs.size() && k < 3; ++k) {
            if (node.inputs[k] == kNoValue) continue;
            const auto bound = scalarConstant(graph_, node.inputs[k]);
            if (!bound) return false;
            (k == 1 ? step.low : step.high) = *bound;
        }
        return true;
    }

    const Graph& graph_;
    FusedChain chain_;
    std::map<ValueId, int> registers_;
    std::vector<int64_t> dims_;
};

} // namespace

Result<std::pair<std::vector<float>, std::vector<float>>> batchNormAffine(const Node& node, const std::array<const Tensor*, 4>& parameters,
                                                                          int64_t channels) {
    for (const Tensor* p : parameters) {
        if (!p || p->type() != ElementType::Float32 || p->elementCount() != channels) {
            return Error("BatchNormalization '" + node.name + "': scale, B, mean and var need " + std::to_string(channels) +
                             " float32 values",
                         ErrorKind::Failed);
        }
    }
    const auto& [scaleIn, bias, mean, variance] = parameters;
    const float epsilon = node.attributes.getFloat("epsilon", 1e-5f);
    std::vector<float> scale(static_cast<std::size_t>(channels)), shift(static_cast<std::size_t>(channels));
    for (int64_t c = 0; c < channels; ++c) {
        const auto i = static_cast<std::size_t>(c);
        scale[i] = scaleIn->data<float>()[c] / std::sqrt(variance->data<float>()[c] + epsilon);
        shift[i] = bias->data<float>()[c] - mean->data<float>()[c] * scale[i];
    }
    return std::pair{std::move(scale), std::move(shift)};
}

std::vector<FusedChain> findPointwiseChains(const Graph& graph, const std::vector<NodeId>& nodes,
                                            const std::vector<ValueId>& keep) {
    const std::set<ValueId> kept(keep.begin(), keep.end());
    std::set<NodeId> taken;
    std::vector<FusedChain> chains;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node& producer = graph.node(nodes[i]);
        if (taken.contains(producer.id) || !writesFreshOutput(producer) || producer.outputs.empty()) continue;
        const Value& data = graph.value(producer.outputs[0]);
        if (data.type != ElementType::Float32 || !data.shape.isStatic() || data.shape.rank() < kMinRank) continue;
        ChainBuilder builder(graph, producer.id);
        std::size_t best = 0;
        for (std::size_t j = i + 1, lastTaken = i; j < nodes.size() && j - lastTaken <= kLookAhead; ++j) {
            if (taken.contains(nodes[j]) || !builder.tryAdd(graph.node(nodes[j]))) continue;
            lastTaken = j;
            if (builder.closed(kept)) best = builder.size();
        }
        if (best == 0) continue;
        FusedChain chain = builder.prefix(best);
        taken.insert(chain.producer);
        for (const PointwiseStep& step : chain.steps) taken.insert(step.node);
        chains.push_back(std::move(chain));
    }
    return chains;
}

Result<PreparedChain> PreparedChain::prepare(const Graph& graph, const FusedChain& chain, const std::vector<int64_t>& dims,
                                             const std::function<const Tensor*(ValueId)>& operand) {
    if (dims.size() < 2) {
        return Error("fused chain after '" + graph.node(chain.producer).name + "': expected a float32 tensor of rank >= 2",
                     ErrorKind::Failed);
    }
    PreparedChain prepared;
    prepared.chain_ = &chain;
    prepared.dims_ = dims;
    prepared.channels_ = dims[1];
    prepared.plane_ = product(dims, 2);
    const int64_t channels = prepared.channels_;
    prepared.broadcast_.resize(chain.steps.size());
    prepared.affine_.reserve(2 * chain.steps.size()); // broadcast_ points into it: no reallocation
    for (std::size_t s = 0; s < chain.steps.size(); ++s) {
        const PointwiseStep& step = chain.steps[s];
        if (step.op == PointwiseStep::Op::BatchNorm) {
            const Node& node = graph.node(step.node);
            auto parameters = batchNormAffine(node, {operand(node.inputs[1]), operand(node.inputs[2]), operand(node.inputs[3]), operand(node.inputs[4])}, channels);
            if (!parameters) return parameters.error();
            prepared.affine_.push_back(std::move(parameters->first));
            prepared.affine_.push_back(std::move(parameters->second));
            const auto& affine = prepared.affine_;
            prepared.broadcast_[s] = {Broadcast{affine[affine.size() - 2].data(), channels}, Broadcast{affine.back().data(), channels}};
            continue;
        }
        const bool binary = step.op != PointwiseStep::Op::Clip && step.op != PointwiseStep::Op::Unary;
        const PointwiseOperand* operands[2] = {&step.a, binary ? &step.b : nullptr};
        for (int k = 0; k < 2; ++k) {
            if (!operands[k] || operands[k]->reg >= 0) continue;
            const Tensor* t = operand(operands[k]->value);
            const bool whole = t && t->dims() == dims;
            if (!t || t->type() != ElementType::Float32 || (!whole && t->elementCount() != 1 && t->elementCount() != channels)) {
                return Error(graph.node(step.node).opType + " '" + graph.node(step.node).name + "': operand '" +
                                 graph.value(operands[k]->value).name +
                                 "' is not a float32 tensor of the data's shape, one value or one per channel",
                             ErrorKind::Failed);
            }
            prepared.broadcast_[s][static_cast<std::size_t>(k)] = {t->data<float>(), t->elementCount(), whole};
        }
    }
    return prepared;
}

void PreparedChain::apply(float* data, int64_t image, int64_t channelBegin, int64_t channelEnd, int64_t first, int64_t count) const {
    for (int64_t channel = channelBegin; channel < channelEnd; ++channel) {
        const int64_t planeIndex = image * channels_ + channel;
        for (int64_t offset = first; offset < first + count; offset += kBlock) {
            runBlock(data, planeIndex, offset, std::min(kBlock, first + count - offset));
        }
    }
}

void PreparedChain::applyAll(float* data, int threads) const {
    const int64_t blocksPerPlane = (plane_ + kBlock - 1) / kBlock;
    const int64_t units = dims_[0] * channels_ * blocksPerPlane;
    constexpr int64_t kUnitsPerThread = 64;
    parallelFor(units, units >= 2 * kUnitsPerThread ? threads : 1, [&](int64_t begin, int64_t end) {
        for (int64_t unit = begin; unit < end; ++unit) {
            const int64_t offset = (unit % blocksPerPlane) * kBlock;
            runBlock(data, unit / blocksPerPlane, offset, std::min(kBlock, plane_ - offset));
        }
    });
}

// The steps over elements [offset, offset + n) of plane `planeIndex` (image * channels +
// channel), n <= kBlock, through registers that stay in L1.
void PreparedChain::runBlock(float* base, int64_t planeIndex, int64_t offset, int64_t n) const {
    alignas(64) float registers[kMaxSteps + 1][kBlock];
    const int64_t channel = planeIndex % channels_;
    float* x = base + planeIndex * plane_ + offset;
    std::copy_n(x, n, registers[0]);
    for (std::size_t s = 0; s < chain_->steps.size(); ++s) {
        const PointwiseStep& step = chain_->steps[s];
        float* out = registers[s + 1];
        // Registers, or the block of a whole tensor from outside, are read element by element.
        auto block = [&](const PointwiseOperand& o, const Broadcast& outside) -> const float* {
            if (o.reg >= 0) return registers[o.reg];
            return outside.whole ? outside.values + planeIndex * plane_ + offset : nullptr;
        };
        const float* ra = block(step.a, broadcast_[s][0]);
        const float* rb = block(step.b, broadcast_[s][1]);
        const bool batchNorm = step.op == PointwiseStep::Op::BatchNorm; // its a is the data, its scale is beside it
        const float sa = (ra && !batchNorm) || !broadcast_[s][0].values ? 0.f : broadcast_[s][0].at(channel);
        const float sb = rb || !broadcast_[s][1].values ? 0.f : broadcast_[s][1].at(channel);
        auto binary = [&](auto f) {
            if (ra && rb) for (int64_t i = 0; i < n; ++i) out[i] = f(ra[i], rb[i]);
            else if (ra) for (int64_t i = 0; i < n; ++i) out[i] = f(ra[i], sb);
            else for (int64_t i = 0; i < n; ++i) out[i] = f(sa, rb[i]);
        };
        switch (step.op) {
        case PointwiseStep::Op::Add: binary([](float p, float q) { return p + q; }); break;
        case PointwiseStep::Op::Sub: binary([](float p, float q) { return p - q; }); break;
        case PointwiseStep::Op::Mul: binary([](float p, float q) { return p * q; }); break;
        case PointwiseStep::Op::Div: binary([](float p, float q) { return p / q; }); break;
        case PointwiseStep::Op::Clip: // as the Clip kernel: NaN stays NaN
            for (int64_t i = 0; i < n; ++i) out[i] = std::min(std::max(ra[i], step.low), step.high);
            break;
        case PointwiseStep::Op::Unary:
            for (int64_t i = 0; i < n; ++i) out[i] = step.unary(ra[i]);
            break;
        case PointwiseStep::Op::BatchNorm: // as the BatchNormalization kernel
            for (int64_t i = 0; i < n; ++i) out[i] = ra[i] * sa + sb;
            break;
        }
    }
    std::copy_n(registers[chain_->steps.size()], n, x);
}

} // namespace fusebox::host
