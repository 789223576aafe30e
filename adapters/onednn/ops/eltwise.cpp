// Elementwise ops that no anchor absorbed: one oneDNN eltwise primitive per step, on the
// input's own format.
#include "op_registry.h"
#include "post_ops.h"

namespace fusebox::onednn {

namespace {

Status buildEltwise(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    const auto steps = eltwiseSteps(b.graph(), node);
    if (!steps) return Error(nodeLabel(node) + ": parameters must be constant scalars");
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    memory current = x->mem;
    for (const EltwiseStep& step : *steps) {
        const dnnl::eltwise_forward::desc desc(dnnl::prop_kind::forward_inference, step.algorithm, current.get_desc(), step.alpha, step.beta);
        const dnnl::eltwise_forward::primitive_desc pd(desc, b.engine());
        const memory dst = b.allocate(pd.dst_desc());
        b.add(dnnl::eltwise_forward(pd), {{DNNL_ARG_SRC, current}, {DNNL_ARG_DST, dst}}, g.anchor,
              stepText(node, "eltwise " + eltwiseText(step), pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), nullptr));
        current = dst;
    }
    b.define(g.output, {x->dims, current});
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(Relu, buildEltwise);
FUSEBOX_ONEDNN_OP(LeakyRelu, buildEltwise);
FUSEBOX_ONEDNN_OP(Elu, buildEltwise);
FUSEBOX_ONEDNN_OP(Sigmoid, buildEltwise);
FUSEBOX_ONEDNN_OP(HardSigmoid, buildEltwise);
FUSEBOX_ONEDNN_OP(HardSwish, buildEltwise);
FUSEBOX_ONEDNN_OP(Tanh, buildEltwise);
FUSEBOX_ONEDNN_OP(Exp, buildEltwise);
FUSEBOX_ONEDNN_OP(Log, buildEltwise);
FUSEBOX_ONEDNN_OP(Sqrt, buildEltwise);
FUSEBOX_ONEDNN_OP(Abs, buildEltwise);
FUSEBOX_ONEDNN_OP(Neg, buildEltwise);
FUSEBOX_ONEDNN_OP(Round, buildEltwise);
FUSEBOX_ONEDNN_OP(Softplus, buildEltwise);
FUSEBOX_ONEDNN_OP(Reciprocal, buildEltwise);
FUSEBOX_ONEDNN_OP(Clip, buildEltwise);

} // namespace fusebox::onednn
