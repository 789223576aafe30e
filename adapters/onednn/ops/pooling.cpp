// MaxPool, AveragePool and the global pools as oneDNN pooling (it works on whatever
// format the producer chose, so no reorder comes in between).
#include "op_registry.h"
#include "post_ops.h"
#include "window.h"

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

Status emitPooling(NetBuilder& b, const FusedGroup& g, algorithm kind, const NetTensor& x, const Window& w) {
    const Node& node = b.node(g.anchor);
    Dims dstDims{x.dims[0], x.dims[1]};
    dstDims.insert(dstDims.end(), w.output.begin(), w.output.end());
    const memory::desc dstMd(dstDims, x.mem.get_desc().data_type(), memory::format_tag::any);
    const dnnl::pooling_v2_forward::desc desc(dnnl::prop_kind::forward_inference, kind, x.mem.get_desc(), dstMd, w.strides, w.kernel,
                                              w.dilations, w.padBegin, w.padEnd);
    const dnnl::pooling_v2_forward::primitive_desc pd(desc, b.engine());
    const memory dst = b.allocate(pd.dst_desc());
    b.add(dnnl::pooling_v2_forward(pd), {{DNNL_ARG_SRC, x.mem}, {DNNL_ARG_DST, dst}}, g.anchor,
          stepText(node, "pooling", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), nullptr));
    b.define(g.output, {dstDims, dst});
    return {};
}

Status buildPool(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    if (node.outputs.size() > 1 && node.outputs[1] != kNoValue) return Error(nodeLabel(node) + ": the Indices output is not supported");
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    if (x->dims.size() < 3) return Error(nodeLabel(node) + ": expected N, C and spatial dims");
    auto w = readWindow(node, tail(x->dims, 2), node.attributes.getInts("kernel_shape"), node.attributes.getInt("ceil_mode", 0) != 0);
    if (!w) return w.error().withContext(nodeLabel(node));
    algorithm kind = algorithm::pooling_max;
    if (node.opType == "AveragePool") {
        kind = node.attributes.getInt("count_include_pad", 0) ? algorithm::pooling_avg_include_padding : algorithm::pooling_avg_exclude_padding;
    }
    return emitPooling(b, g, kind, *x, *w);
}

Status buildGlobalPool(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    if (x->dims.size() < 3) return Error(nodeLabel(node) + ": expected N, C and spatial dims");
    const Dims spatial = tail(x->dims, 2);
    const std::size_t n = spatial.size();
    const Window w{spatial, Dims(n, 1), Dims(n, 0), Dims(n, 0), Dims(n, 0), Dims(n, 1)};
    return emitPooling(b, g, node.opType == "GlobalMaxPool" ? algorithm::pooling_max : algorithm::pooling_avg_exclude_padding, *x, w);
}

} // namespace

FUSEBOX_ONEDNN_OP(MaxPool, buildPool);
FUSEBOX_ONEDNN_OP(AveragePool, buildPool);
FUSEBOX_ONEDNN_OP(GlobalAveragePool, buildGlobalPool);
FUSEBOX_ONEDNN_OP(GlobalMaxPool, buildGlobalPool);

} // namespace fusebox::onednn
