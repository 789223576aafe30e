// ReduceMean, ReduceSum, ReduceMax, ReduceMin, ReduceProd, ReduceL1 and ReduceL2 as
// oneDNN reduction on the row-major form; keepdims=0 is a free view of the result.
#include "op_registry.h"
#include "post_ops.h"

#include <algorithm>
#include <map>

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

struct Reduction {
    algorithm kind;
    float p = 0;
};

Status buildReduce(NetBuilder& b, const FusedGroup& g) {
    static const std::map<std::string, Reduction> kinds{
        {"ReduceMean", {algorithm::reduction_mean}}, {"ReduceSum", {algorithm::reduction_sum}},
        {"ReduceMax", {algorithm::reduction_max}},   {"ReduceMin", {algorithm::reduction_min}},
        {"ReduceProd", {algorithm::reduction_mul}},  {"ReduceL1", {algorithm::reduction_norm_lp_sum, 1.f}},
        {"ReduceL2", {algorithm::reduction_norm_lp_sum, 2.f}},
    };
    const Node& node = b.node(g.anchor);
    const Reduction reduction = kinds.at(node.opType);
    auto x = b.plainTensor(node.inputs[0]);
    if (!x) return x.error();
    Dims axes = node.attributes.getInts("axes");
    if (!node.attributes.has("axes") && node.inputs.size() > 1 && node.inputs[1] != kNoValue) {
        auto given = b.constantInts(node.inputs[1]);
        if (!given) return given.error().withContext(nodeLabel(node));
        axes = *given;
    }
    const auto rank = static_cast<int64_t>(x->dims.size());
    if (axes.empty() && node.attributes.getInt("noop_with_empty_axes", 0) != 0) return b.defineView(g.output, node.inputs[0], x->dims);
    Dims kept = x->dims, dropped;
    for (int64_t i = 0; i < rank; ++i) {
        const bool reduced = axes.empty() || std::find_if(axes.begin(), axes.end(), [&](int64_t a) { return (a < 0 ? a + rank : a) == i; }) != axes.end();
        if (reduced) kept[static_cast<std::size_t>(i)] = 1;
        else dropped.push_back(x->dims[static_cast<std::size_t>(i)]);
    }
    const auto type = x->mem.get_desc().data_type();
    const memory::desc dstMd = plainDesc(kept, type);
    const dnnl::reduction::primitive_desc pd({reduction.kind, x->mem.get_desc(), dstMd, reduction.p, 0.f}, b.engine());
    const memory dst = b.allocate(dstMd);
    b.add(dnnl::reduction(pd), {{DNNL_ARG_SRC, x->mem}, {DNNL_ARG_DST, dst}}, g.anchor,
          stepText(node, "reduction", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), nullptr));
    const bool keepDims = node.attributes.getInt("keepdims", 1) != 0;
    const Dims out = keepDims ? kept : dropped;
    b.define(g.output, {out, keepDims ? dst : memory(plainDesc(out, type), b.engine(), dst.get_data_handle())});
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(ReduceMean, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceSum, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceMax, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceMin, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceProd, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceL1, buildReduce);
FUSEBOX_ONEDNN_OP(ReduceL2, buildReduce);

} // namespace fusebox::onednn
