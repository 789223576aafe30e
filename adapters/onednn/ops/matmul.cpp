// MatMul and Gemm as the oneDNN matmul primitive: constant weights reordered once into
// the format it chose, batch dimensions broadcast, Gemm's transposes as strides, alpha,
// beta and C as bias or post-ops, absorbed nodes as post-ops.
#include "op_registry.h"
#include "post_ops.h"

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

Dims stridesOf(const memory::desc& md) {
    const auto& blocking = md.data.format_desc.blocking;
    return Dims(blocking.strides, blocking.strides + md.data.ndims);
}

Dims padded(const Dims& dims, std::size_t rank) {
    Dims result(rank - std::min(rank, dims.size()), 1);
    result.insert(result.end(), dims.begin(), dims.end());
    return result;
}

// An operand as the matmul reads it: dims [.., R, C] over the value's row-major buffer
// with `strides` (a transposed read swaps the last two).
struct Operand {
    ValueId id = kNoValue;
    Dims dims;
    Dims strides;

    static Operand of(ValueId id, const Dims& dims, bool transposed) {
        Operand op{id, dims, stridesOf(plainDesc(dims, memory::data_type::f32))};
        if (transposed) {
            std::swap(op.dims[dims.size() - 1], op.dims[dims.size() - 2]);
            std::swap(op.strides[dims.size() - 1], op.strides[dims.size() - 2]);
        }
        return op;
    }
};

// The operand in the primitive's format `want`: the value's buffer seen through the
// operand's strides, converted once (constants) or per run when the format differs.
Result<memory> operandMemory(NetBuilder& b, const Operand& op, const memory::desc& want, NodeId anchor) {
    auto plain = b.plainTensor(op.id);
    if (!plain) return plain.error();
    memory view(memory::desc(op.dims, plain->mem.get_desc().data_type(), op.strides), b.engine(), plain->mem.get_data_handle());
    if (view.get_desc() == want) return view;
    if (b.isConstant(op.id)) return b.prepared(view, want);
    return b.reorder(view, want, anchor);
}

// `a` [.., M, K] times `w` [.., K, N]; `postOps` holds what must come before the
// group's own post-ops. `resultDims`: the ONNX output dims (1-D operands drop axes).
Status emitMatmul(NetBuilder& b, const FusedGroup& g, const Operand& a, const Operand& w, const Dims& dstDims,
                  const Dims& resultDims, PostOps postOps, std::optional<memory> bias) {
    const Node& node = b.node(g.anchor);
    const auto type = b.computeType();
    if (Status s = appendGroupPostOps(b, g, dstDims, dstDims == resultDims, postOps); !s) return s;
    auto describe = [&](const Operand& op) {
        return b.isConstant(op.id) ? memory::desc(op.dims, type, memory::format_tag::any) : memory::desc(op.dims, type, op.strides);
    };
    const memory::desc dstMd = postOps.sum ? postOps.sum->get_desc() : plainDesc(dstDims, type);
    const dnnl::matmul::desc desc = bias ? dnnl::matmul::desc(describe(a), describe(w), bias->get_desc(), dstMd)
                                         : dnnl::matmul::desc(describe(a), describe(w), dstMd);
    const dnnl::matmul::primitive_desc pd(desc, postOps.attr(), b.engine());
    auto src = operandMemory(b, a, pd.src_desc(), g.anchor);
    if (!src) return src.error();
    auto wei = operandMemory(b, w, pd.weights_desc(), g.anchor);
    if (!wei) return wei.error();
    const memory dst = destination(b, postOps, pd.dst_desc());
    Args args = postOps.args;
    args.insert({{DNNL_ARG_SRC, *src}, {DNNL_ARG_WEIGHTS, *wei}, {DNNL_ARG_DST, dst}});
    if (bias) args[DNNL_ARG_BIAS] = *bias;
    const memory::desc weiDesc = pd.weights_desc();
    b.add(dnnl::matmul(pd), std::move(args), g.anchor,
          stepText(node, "matmul", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), &postOps, &weiDesc));
    b.define(g.output, {resultDims, resultDims == dstDims ? dst : memory(plainDesc(resultDims, type), b.engine(), dst.get_data_handle())});
    return {};
}

Status buildMatMul(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto a = b.tensor(node.inputs[0]);
    auto w = b.tensor(node.inputs[1]);
    if (!a || !w) return (!a ? a.error() : w.error()).withContext(nodeLabel(node));
    Dims ad = a->dims.size() == 1 ? Dims{1, a->dims[0]} : a->dims;
    Dims wd = w->dims.size() == 1 ? Dims{w->dims[0], 1} : w->dims;
    const std::size_t rank = std::max(ad.size(), wd.size());
    ad = padded(ad, rank);
    wd = padded(wd, rank);
    if (ad[rank - 1] != wd[rank - 2]) return Error(nodeLabel(node) + ": inner dimensions differ");
    Dims dstDims(rank);
    for (std::size_t i = 0; i + 2 < rank; ++i) {
        if (ad[i] != wd[i] && ad[i] != 1 && wd[i] != 1) return Error(nodeLabel(node) + ": batch dimensions do not broadcast");
        dstDims[i] = std::max(ad[i], wd[i]);
    }
    dstDims[rank - 2] = ad[rank - 2];
    dstDims[rank - 1] = wd[rank - 1];
    Dims resultDims = dstDims;
    if (w->dims.size() == 1) resultDims.pop_back();
    if (a->dims.size() == 1) resultDims.erase(resultDims.end() - (w->dims.size() == 1 ? 1 : 2));
    return emitMatmul(b, g, Operand::of(node.inputs[0], ad, false), Operand::of(node.inputs[1], wd, false), dstDims, resultDims,
                      PostOps{}, std::nullopt);
}

// Gemm: Y = alpha * A' B' + beta * C. A constant C becomes the bias, pre-divided by alpha
// because alpha is applied as a linear post-op after the bias; a computed C is a binary
// post-op after that linear step.
Status buildGemm(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto a = b.tensor(node.inputs[0]);
    auto w = b.tensor(node.inputs[1]);
    if (!a || !w) return (!a ? a.error() : w.error()).withContext(nodeLabel(node));
    if (a->dims.size() != 2 || w->dims.size() != 2) return Error(nodeLabel(node) + ": A and B must be matrices");
    const Operand opA = Operand::of(node.inputs[0], a->dims, node.attributes.getInt("transA", 0) != 0);
    const Operand opW = Operand::of(node.inputs[1], w->dims, node.attributes.getInt("transB", 0) != 0);
    if (opA.dims[1] != opW.dims[0]) return Error(nodeLabel(node) + ": inner dimensions differ");
    const float alpha = node.attributes.getFloat("alpha", 1.f), beta = node.attributes.getFloat("beta", 1.f);
    const Dims dstDims{opA.dims[0], opW.dims[1]};
    PostOps postOps;
    if (alpha != 1.f) postOps.eltwise({algorithm::eltwise_linear, alpha, 0.f});
    std::optional<memory> bias;
    const ValueId c = node.inputs.size() > 2 && beta != 0.f ? node.inputs[2] : kNoValue;
    if (c != kNoValue && b.isConstant(c)) {
        auto values = b.constantFloats(c);
        if (!values) return values.error();
        for (float& v : *values) v *= beta / alpha;
        bias = b.ownedFloats(padded(b.graph().value(c).constant->dims(), 2), std::move(*values));
    } else if (c != kNoValue) {
        if (beta != 1.f) return Error(nodeLabel(node) + ": beta != 1 needs a constant C");
        auto plain = b.plainTensor(c);
        if (!plain) return plain.error();
        postOps.binary(b, algorithm::binary_add, *plain, dstDims);
    }
    return emitMatmul(b, g, opA, opW, dstDims, dstDims, postOps, bias);
}

} // namespace

FUSEBOX_ONEDNN_OP(MatMul, buildMatMul);
FUSEBOX_ONEDNN_OP(Gemm, buildGemm);

} // namespace fusebox::onednn
