// Add, Sub, Mul, Div, Max, Min and Sum as oneDNN binary primitives with numpy-style
// broadcasting. oneDNN broadcasts only its second source, so a broadcast first operand
// swaps places (Sub and Div then fix the result with a post-op) or, when both operands
// broadcast, is first expanded by adding it to zeros.
#include "op_registry.h"
#include "post_ops.h"

#include <algorithm>

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

std::optional<Dims> broadcast(Dims a, Dims b) {
    const std::size_t rank = std::max(a.size(), b.size());
    a.insert(a.begin(), rank - a.size(), 1);
    b.insert(b.begin(), rank - b.size(), 1);
    Dims out(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        if (a[i] != b[i] && a[i] != 1 && b[i] != 1) return std::nullopt;
        out[i] = a[i] == 1 ? b[i] : a[i];
    }
    return out;
}

// `t` with leading ones up to `rank` (a view of its row-major form).
NetTensor withRank(NetBuilder& b, NetTensor t, std::size_t rank, NodeId node) {
    if (t.dims.size() == rank) return t;
    const auto type = t.mem.get_desc().data_type();
    if (!isPlain(t.mem.get_desc())) t.mem = b.reorder(t.mem, plainDesc(t.dims, type), node);
    t.dims.insert(t.dims.begin(), rank - t.dims.size(), 1);
    t.mem = memory(plainDesc(t.dims, type), b.engine(), t.mem.get_data_handle());
    return t;
}

Result<NetTensor> emitBinary(NetBuilder& b, NodeId id, algorithm kind, NetTensor lhs, NetTensor rhs, const FusedGroup* group) {
    const Node& node = b.node(id);
    const auto out = broadcast(lhs.dims, rhs.dims);
    if (!out) return Error(nodeLabel(node) + ": shapes do not broadcast");
    lhs = withRank(b, lhs, out->size(), id);
    rhs = withRank(b, rhs, out->size(), id);
    PostOps postOps;
    if (lhs.dims != *out && rhs.dims == *out) {
        std::swap(lhs, rhs);
        if (kind == algorithm::binary_sub) postOps.eltwise({algorithm::eltwise_linear, -1.f, 0.f});
        if (kind == algorithm::binary_div) postOps.eltwise({algorithm::eltwise_pow, 1.f, -1.f});
    } else if (lhs.dims != *out) {
        int64_t count = 1;
        for (int64_t d : *out) count *= d;
        const NetTensor zeros{*out, b.ownedFloats(*out, std::vector<float>(static_cast<std::size_t>(count), 0.f)), true};
        auto expanded = emitBinary(b, id, algorithm::binary_add, zeros, lhs, nullptr);
        if (!expanded) return expanded.error();
        lhs = *expanded;
    }
    // oneDNN 2.6's JIT binary kernel wants both sources in one format, even a broadcast
    // (scalar, per-channel) second source; otherwise it falls back to its reference loops.
    if (const memory::desc want = sameFormat(lhs.mem.get_desc(), rhs.dims); rhs.mem.get_desc() != want) {
        rhs.mem = rhs.constant ? b.prepared(rhs.mem, want) : b.reorder(rhs.mem, want, id);
    }
    if (group) {
        if (Status s = appendGroupPostOps(b, *group, *out, false, postOps); !s) return s.error();
    }
    const dnnl::binary::desc desc(kind, lhs.mem.get_desc(), rhs.mem.get_desc(), memory::desc(*out, b.computeType(), memory::format_tag::any));
    const dnnl::binary::primitive_desc pd(desc, postOps.attr(), b.engine());
    const memory dst = b.allocate(pd.dst_desc());
    Args args = postOps.args;
    args.insert({{DNNL_ARG_SRC_0, lhs.mem}, {DNNL_ARG_SRC_1, rhs.mem}, {DNNL_ARG_DST, dst}});
    b.add(dnnl::binary(pd), std::move(args), id, stepText(node, "binary", pd.impl_info_str(), pd.src_desc(0), pd.dst_desc(), &postOps));
    return NetTensor{*out, dst};
}

// Two inputs, or the variadic Sum/Max/Min folded left; the group's post-ops go on the last step.
Status buildBinary(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    const algorithm kind = *binaryAlgorithm(node.opType);
    auto result = b.tensor(node.inputs[0]);
    if (!result) return result.error();
    if (node.inputs.size() == 1) return b.defineView(g.output, node.inputs[0], result->dims);
    for (std::size_t i = 1; i < node.inputs.size(); ++i) {
        auto rhs = b.tensor(node.inputs[i]);
        if (!rhs) return rhs.error();
        result = emitBinary(b, g.anchor, kind, *result, *rhs, i + 1 == node.inputs.size() ? &g : nullptr);
        if (!result) return result.error();
    }
    b.define(g.output, *result);
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(Add, buildBinary);
FUSEBOX_ONEDNN_OP(Sub, buildBinary);
FUSEBOX_ONEDNN_OP(Mul, buildBinary);
FUSEBOX_ONEDNN_OP(Div, buildBinary);
FUSEBOX_ONEDNN_OP(Max, buildBinary);
FUSEBOX_ONEDNN_OP(Min, buildBinary);
FUSEBOX_ONEDNN_OP(Sum, buildBinary);

} // namespace fusebox::onednn
