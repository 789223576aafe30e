#include "post_ops.h"

#include <oneapi/dnnl/dnnl_debug.h>

namespace fusebox::onednn {

namespace {

// `dims` right-aligned to `rank` with leading ones.
Dims padded(const Dims& dims, std::size_t rank) {
    Dims result(rank - std::min(rank, dims.size()), 1);
    result.insert(result.end(), dims.begin(), dims.end());
    return result;
}

} // namespace

void PostOps::eltwise(const EltwiseStep& step) {
    ops.append_eltwise(1.f, step.algorithm, step.alpha, step.beta);
    text += " +" + eltwiseText(step);
}

void PostOps::binary(NetBuilder& b, dnnl::algorithm algorithm, const NetTensor& operand, const Dims& dstDims) {
    memory source = operand.mem;
    if (operand.dims.size() != dstDims.size()) {
        const Dims dims = padded(operand.dims, dstDims.size());
        source = memory(plainDesc(dims, source.get_desc().data_type()), b.engine(), source.get_data_handle());
    }
    const int index = ops.len();
    ops.append_binary(algorithm, source.get_desc());
    args[DNNL_ARG_ATTR_MULTIPLE_POST_OP(index) | DNNL_ARG_SRC_1] = source;
    text += std::string(" +") + dnnl_alg_kind2str(static_cast<dnnl_alg_kind_t>(algorithm));
}

dnnl::primitive_attr PostOps::attr() const {
    dnnl::primitive_attr attr;
    attr.set_post_ops(ops);
    return attr;
}

FusedGroup foldBiasPostOps(const NetBuilder& b, FusedGroup g, std::vector<float>& bias, std::size_t rank) {
    while (!g.postOps.empty() && g.postOps.front().kind == PostOp::Kind::Binary) {
        const PostOp& op = g.postOps.front();
        const Node& node = b.node(op.node);
        const Value& operand = b.graph().value(op.operand);
        if ((node.opType != "Add" && node.opType != "Sub") || !operand.constant || operand.constant->type() != ElementType::Float32) break;
        if (node.opType == "Sub" && node.inputs[1] != op.operand) break;
        // Per channel: [C, 1, ...] right-aligned onto [N, C, ...], or a scalar.
        const Dims dims = padded(operand.constant->dims(), rank);
        int64_t count = 1;
        for (std::size_t i = 0; i < dims.size(); ++i) {
            if (i != 1 && dims[i] != 1) count = -1;
            else count *= dims[i];
        }
        if (count != 1 && count != static_cast<int64_t>(bias.size())) break;
        const std::vector<float> values = operand.constant->values<float>();
        const float sign = node.opType == "Sub" ? -1.f : 1.f;
        for (std::size_t c = 0; c < bias.size(); ++c) bias[c] += sign * values[count == 1 ? 0 : c];
        g.postOps.erase(g.postOps.begin());
    }
    return g;
}

Status appendGroupPostOps(NetBuilder& b, const FusedGroup& g, const Dims& dstDims, bool allowSum, PostOps& into) {
    for (const PostOp& op : g.postOps) {
        const Node& node = b.node(op.node);
        if (op.kind == PostOp::Kind::Eltwise) {
            const auto steps = eltwiseSteps(b.graph(), node);
            for (const EltwiseStep& step : *steps) into.eltwise(step);
            continue;
        }
        auto full = b.tensor(op.operand);
        if (!full) return full.error();
        const dnnl::algorithm algorithm = *binaryAlgorithm(node.opType);
        const bool sum = allowSum && !into.sum && algorithm == dnnl::algorithm::binary_add && full->dims == dstDims &&
                         full->mem.get_desc().data_type() == b.computeType() && b.deadAfter(op.operand, g.anchor, op.node);
        if (sum) {
            into.ops.append_sum(1.f);
            into.sum = full->mem;
            into.text += " +sum";
        } else {
            auto operand = full->dims == dstDims ? full : b.plainTensor(op.operand); // broadcast needs a plain view
            if (!operand) return operand.error();
            into.binary(b, algorithm, *operand, dstDims);
        }
    }
    return {};
}

memory destination(NetBuilder& b, const PostOps& postOps, const memory::desc& md) {
    return postOps.sum ? *postOps.sum : b.allocate(md);
}

std::string stepText(const Node& anchor, const std::string& kind, const std::string& impl, const memory::desc& src,
                     const memory::desc& dst, const PostOps* postOps, const memory::desc* weights) {
    std::string text = kind + " " + nodeLabel(anchor) + " [" + impl + "] src " + formatText(src);
    if (weights) text += " wei " + formatText(*weights);
    text += " dst " + formatText(dst);
    if (postOps && !postOps->text.empty()) text += " post-ops:" + postOps->text;
    return text;
}

} // namespace fusebox::onednn
