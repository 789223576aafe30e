// BatchNormalization (inference), LayerNormalization, LRN, Softmax/LogSoftmax and PRelu.
#include "op_registry.h"
#include "post_ops.h"

namespace fusebox::onednn {

namespace {

using dnnl::prop_kind;
using flags = dnnl::normalization_flags;

// An f32 parameter vector of `count` values (constant input `id`).
Result<memory> parameter(NetBuilder& b, const Node& node, ValueId id, int64_t count) {
    auto values = b.constantFloats(id);
    if (!values) return values.error().withContext(nodeLabel(node));
    if (static_cast<int64_t>(values->size()) != count) return Error(nodeLabel(node) + ": parameter '" + b.graph().value(id).name + "' has the wrong size");
    return b.ownedFloats({count}, std::move(*values));
}

template <typename PrimitiveDesc>
void emit(NetBuilder& b, const FusedGroup& g, const char* kind, const PrimitiveDesc& pd, const dnnl::primitive& primitive,
          Args args, const Dims& dims) {
    const memory dst = b.allocate(pd.dst_desc());
    args[DNNL_ARG_DST] = dst;
    b.add(primitive, std::move(args), g.anchor, stepText(b.node(g.anchor), kind, pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), nullptr));
    b.define(g.output, {dims, dst});
}

Status buildBatchNorm(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    if (x->dims.size() < 2) return Error(nodeLabel(node) + ": expected a channel axis");
    Args args{{DNNL_ARG_SRC, x->mem}};
    const int keys[] = {DNNL_ARG_SCALE, DNNL_ARG_SHIFT, DNNL_ARG_MEAN, DNNL_ARG_VARIANCE};
    for (std::size_t i = 0; i < 4; ++i) {
        auto p = parameter(b, node, node.inputs[i + 1], x->dims[1]);
        if (!p) return p.error();
        args[keys[i]] = *p;
    }
    const dnnl::batch_normalization_forward::desc desc(prop_kind::forward_inference, x->mem.get_desc(), node.attributes.getFloat("epsilon", 1e-5f),
                                                       flags::use_global_stats | flags::use_scale | flags::use_shift);
    const dnnl::batch_normalization_forward::primitive_desc pd(desc, b.engine());
    emit(b, g, "batch_normalization", pd, dnnl::batch_normalization_forward(pd), std::move(args), x->dims);
    return {};
}

Status buildLayerNorm(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.plainTensor(node.inputs[0]);
    if (!x) return x.error();
    const int64_t axis = node.attributes.getInt("axis", -1);
    if (axis != -1 && axis != static_cast<int64_t>(x->dims.size()) - 1) return Error(nodeLabel(node) + ": only the last axis is supported");
    const int64_t channels = x->dims.back();
    Args args{{DNNL_ARG_SRC, x->mem}};
    auto scale = parameter(b, node, node.inputs[1], channels);
    if (!scale) return scale.error();
    args[DNNL_ARG_SCALE] = *scale;
    flags use = flags::use_scale;
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) {
        auto shift = parameter(b, node, node.inputs[2], channels);
        if (!shift) return shift.error();
        args[DNNL_ARG_SHIFT] = *shift;
        use = use | flags::use_shift;
    }
    const dnnl::layer_normalization_forward::desc desc(prop_kind::forward_inference, x->mem.get_desc(), node.attributes.getFloat("epsilon", 1e-5f), use);
    const dnnl::layer_normalization_forward::primitive_desc pd(desc, b.engine());
    emit(b, g, "layer_normalization", pd, dnnl::layer_normalization_forward(pd), std::move(args), x->dims);
    return {};
}

Status buildLrn(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    const Attributes& a = node.attributes;
    const dnnl::lrn_forward::desc desc(prop_kind::forward_inference, dnnl::algorithm::lrn_across_channels, x->mem.get_desc(), a.getInt("size", 1),
                                       a.getFloat("alpha", 1e-4f), a.getFloat("beta", 0.75f), a.getFloat("bias", 1.f));
    const dnnl::lrn_forward::primitive_desc pd(desc, b.engine());
    emit(b, g, "lrn", pd, dnnl::lrn_forward(pd), {{DNNL_ARG_SRC, x->mem}}, x->dims);
    return {};
}

// Softmax before opset 13 works on the input flattened to 2-D at `axis`; from 13 on
// along `axis` alone. Both run on the row-major form.
Status buildSoftmax(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.plainTensor(node.inputs[0]);
    if (!x) return x.error();
    const auto rank = static_cast<int64_t>(x->dims.size());
    const bool legacy = b.opset() > 0 && b.opset() < 13;
    int64_t axis = node.attributes.getInt("axis", legacy ? 1 : -1);
    if (axis < 0) axis += rank;
    if (axis < 0 || axis >= std::max<int64_t>(rank, 1)) return Error(nodeLabel(node) + ": axis out of range");
    memory::desc md = x->mem.get_desc();
    int softmaxAxis = static_cast<int>(axis);
    if (legacy) {
        int64_t outer = 1, inner = 1;
        for (int64_t i = 0; i < rank; ++i) (i < axis ? outer : inner) *= x->dims[static_cast<std::size_t>(i)];
        md = plainDesc({outer, inner}, md.data_type());
        softmaxAxis = 1;
    }
    const memory src(md, b.engine(), x->mem.get_data_handle());
    const memory dst = b.allocate(md);
    std::string impl;
    if (node.opType == "LogSoftmax") {
        const dnnl::logsoftmax_forward::primitive_desc pd({prop_kind::forward_inference, md, softmaxAxis}, b.engine());
        b.add(dnnl::logsoftmax_forward(pd), {{DNNL_ARG_SRC, src}, {DNNL_ARG_DST, dst}}, g.anchor, stepText(node, "logsoftmax", pd.impl_info_str(), md, md, nullptr));
    } else {
        const dnnl::softmax_forward::primitive_desc pd({prop_kind::forward_inference, md, softmaxAxis}, b.engine());
        b.add(dnnl::softmax_forward(pd), {{DNNL_ARG_SRC, src}, {DNNL_ARG_DST, dst}}, g.anchor, stepText(node, "softmax", pd.impl_info_str(), md, md, nullptr));
    }
    b.define(g.output, {x->dims, memory(x->mem.get_desc(), b.engine(), dst.get_data_handle())});
    return {};
}

// PRelu: the slope broadcasts onto X (right-aligned), as oneDNN's prelu weights.
Status buildPRelu(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    auto slope = b.plainTensor(node.inputs[1]);
    if (!x || !slope) return (!x ? x.error() : slope.error());
    if (slope->dims.size() > x->dims.size()) return Error(nodeLabel(node) + ": slope has a higher rank than X");
    Dims dims(x->dims.size() - slope->dims.size(), 1);
    dims.insert(dims.end(), slope->dims.begin(), slope->dims.end());
    const memory weights(plainDesc(dims, slope->mem.get_desc().data_type()), b.engine(), slope->mem.get_data_handle());
    const dnnl::prelu_forward::primitive_desc pd({prop_kind::forward_inference, x->mem.get_desc(), weights.get_desc()}, b.engine());
    emit(b, g, "prelu", pd, dnnl::prelu_forward(pd), {{DNNL_ARG_SRC, x->mem}, {DNNL_ARG_WEIGHTS, weights}}, x->dims);
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(BatchNormalization, buildBatchNorm);
FUSEBOX_ONEDNN_OP(LayerNormalization, buildLayerNorm);
FUSEBOX_ONEDNN_OP(LRN, buildLrn);
FUSEBOX_ONEDNN_OP(Softmax, buildSoftmax);
FUSEBOX_ONEDNN_OP(LogSoftmax, buildSoftmax);
FUSEBOX_ONEDNN_OP(PRelu, buildPRelu);

} // namespace fusebox::onednn
