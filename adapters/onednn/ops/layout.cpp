// Ops that only move data: Reshape, Flatten, Squeeze, Unsqueeze and Identity are views
// of the row-major buffer (free once the value is row-major); Transpose is one reorder
// into a permuted descriptor; Concat is oneDNN's concat.
#include "op_registry.h"
#include "post_ops.h"

#include <algorithm>
#include <numeric>

namespace fusebox::onednn {

namespace {

int64_t countOf(const Dims& dims) { return std::accumulate(dims.begin(), dims.end(), int64_t{1}, std::multiplies<>()); }

// Axes from the attribute (older opsets) or the optional constant input 1.
Result<Dims> axesOf(NetBuilder& b, const Node& node) {
    if (node.attributes.has("axes")) return node.attributes.getInts("axes");
    if (node.inputs.size() > 1 && node.inputs[1] != kNoValue) return b.constantInts(node.inputs[1]);
    return Dims{};
}

Result<Dims> reshapeDims(NetBuilder& b, const Node& node, const Dims& in) {
    auto target = b.constantInts(node.inputs[1]);
    if (!target) return target.error().withContext(nodeLabel(node));
    Dims out = *target;
    const bool allowZero = node.attributes.getInt("allowzero", 0) != 0;
    int64_t known = 1, inferred = -1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == 0 && !allowZero && i < in.size()) out[i] = in[i];
        if (out[i] == -1) inferred = static_cast<int64_t>(i);
        else known *= out[i];
    }
    if (inferred >= 0 && known > 0) out[static_cast<std::size_t>(inferred)] = countOf(in) / known;
    if (countOf(out) != countOf(in)) return Error(nodeLabel(node) + ": the new shape has another element count");
    return out;
}

Status buildView(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    const Dims& in = x->dims;
    const auto rank = static_cast<int64_t>(in.size());
    Dims out = in;
    if (node.opType == "Reshape") {
        auto dims = reshapeDims(b, node, in);
        if (!dims) return dims.error();
        out = *dims;
    } else if (node.opType == "Flatten") {
        int64_t axis = node.attributes.getInt("axis", 1);
        if (axis < 0) axis += rank;
        if (axis < 0 || axis > rank) return Error(nodeLabel(node) + ": axis out of range");
        out = {countOf(Dims(in.begin(), in.begin() + axis)), countOf(Dims(in.begin() + axis, in.end()))};
    } else if (node.opType == "Squeeze" || node.opType == "Unsqueeze") {
        auto axes = axesOf(b, node);
        if (!axes) return axes.error();
        const bool squeeze = node.opType == "Squeeze";
        const int64_t outRank = squeeze ? rank : rank + static_cast<int64_t>(axes->size());
        for (int64_t& a : *axes) a = a < 0 ? a + (squeeze ? rank : outRank) : a;
        if (squeeze) {
            out.clear();
            for (int64_t i = 0; i < rank; ++i) {
                const bool listed = std::find(axes->begin(), axes->end(), i) != axes->end();
                if (!(listed || (axes->empty() && in[static_cast<std::size_t>(i)] == 1))) out.push_back(in[static_cast<std::size_t>(i)]);
            }
        } else {
            out.clear();
            for (int64_t i = 0, k = 0; i < outRank; ++i) {
                out.push_back(std::find(axes->begin(), axes->end(), i) != axes->end() ? 1 : in[static_cast<std::size_t>(k++)]);
            }
        }
    }
    return b.defineView(g.output, node.inputs[0], out);
}

Status buildTranspose(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    const std::size_t rank = x->dims.size();
    Dims perm = node.attributes.getInts("perm");
    if (perm.empty()) {
        for (std::size_t i = 0; i < rank; ++i) perm.push_back(static_cast<int64_t>(rank - 1 - i));
    }
    if (perm.size() != rank) return Error(nodeLabel(node) + ": perm does not match the rank");
    Dims out(rank);
    for (std::size_t j = 0; j < rank; ++j) out[j] = x->dims[static_cast<std::size_t>(perm[j])];
    const auto type = x->mem.get_desc().data_type();
    const memory::desc outMd = plainDesc(out, type);
    // The output buffer described in the input's axis order: out axis j is in axis perm[j].
    const auto& outStrides = outMd.data.format_desc.blocking.strides;
    Dims strides(rank);
    for (std::size_t j = 0; j < rank; ++j) strides[static_cast<std::size_t>(perm[j])] = outStrides[j];
    const memory dst = b.allocate(outMd);
    const memory permuted(memory::desc(x->dims, type, strides), b.engine(), dst.get_data_handle());
    b.add(dnnl::reorder(x->mem, permuted), {{DNNL_ARG_FROM, x->mem}, {DNNL_ARG_TO, permuted}}, g.anchor,
          "transpose " + nodeLabel(node) + " reorder " + formatText(x->mem.get_desc()) + " -> " + formatText(permuted.get_desc()));
    b.define(g.output, {out, dst});
    return {};
}

Status buildConcat(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    std::vector<memory::desc> sources;
    Args args;
    Dims out;
    int64_t axis = node.attributes.getInt("axis", 1);
    for (std::size_t i = 0; i < node.inputs.size(); ++i) {
        auto x = b.tensor(node.inputs[i]);
        if (!x) return x.error();
        if (axis < 0) axis += static_cast<int64_t>(x->dims.size());
        if (axis < 0 || axis >= static_cast<int64_t>(x->dims.size())) return Error(nodeLabel(node) + ": axis out of range");
        if (i == 0) out = x->dims;
        else out[static_cast<std::size_t>(axis)] += x->dims[static_cast<std::size_t>(axis)];
        memory source = x->mem;
        if (source.get_desc().data_type() != b.computeType()) source = *b.input(node.inputs[i], plainDesc(x->dims, b.computeType()), g.anchor);
        sources.push_back(source.get_desc());
        args[DNNL_ARG_MULTIPLE_SRC + static_cast<int>(i)] = source;
    }
    const dnnl::concat::primitive_desc pd(static_cast<int>(axis), sources, b.engine());
    const memory dst = b.allocate(pd.dst_desc());
    args[DNNL_ARG_DST] = dst;
    b.add(dnnl::concat(pd), std::move(args), g.anchor, stepText(node, "concat", pd.impl_info_str(), sources[0], pd.dst_desc(), nullptr));
    b.define(g.output, {out, dst});
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(Reshape, buildView);
FUSEBOX_ONEDNN_OP(Flatten, buildView);
FUSEBOX_ONEDNN_OP(Squeeze, buildView);
FUSEBOX_ONEDNN_OP(Unsqueeze, buildView);
FUSEBOX_ONEDNN_OP(Identity, buildView);
FUSEBOX_ONEDNN_OP(Transpose, buildTranspose);
FUSEBOX_ONEDNN_OP(Concat, buildConcat);

} // namespace fusebox::onednn
