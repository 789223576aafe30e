// Conv and ConvTranspose as oneDNN convolution and deconvolution: weights reordered
// once into the format the primitive chose, a following BatchNormalization folded into
// weights and bias, absorbed nodes as post-ops.
#include "op_registry.h"
#include "post_ops.h"
#include "window.h"

#include <cmath>

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;
using dnnl::prop_kind;

struct Weights {
    Dims dims;                 // ONNX dims
    std::vector<float> values; // row-major, per ONNX
    std::vector<float> bias;   // one per output channel
};

// Reads weights and bias; folds the group's BatchNormalization into them:
// w' = w * s, b' = (b - mean) * s + beta with s = gamma / sqrt(var + eps) per channel.
Result<Weights> readWeights(NetBuilder& b, const FusedGroup& g, int64_t outChannels) {
    const Node& node = b.node(g.anchor);
    Weights w{b.graph().value(node.inputs[1]).constant ? b.graph().value(node.inputs[1]).constant->dims() : Dims{}, {}, {}};
    auto values = b.constantFloats(node.inputs[1]);
    if (!values) return values.error().withContext(nodeLabel(node) + " weights");
    w.values = std::move(*values);
    w.bias.assign(static_cast<std::size_t>(outChannels), 0.f);
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) {
        auto bias = b.constantFloats(node.inputs[2]);
        if (!bias) return bias.error().withContext(nodeLabel(node) + " bias");
        if (static_cast<int64_t>(bias->size()) != outChannels) return Error(nodeLabel(node) + ": bias size does not match the output channels");
        w.bias = std::move(*bias);
    }
    if (g.batchNorm == kNoNode) return w;
    const Node& bn = b.node(g.batchNorm);
    std::vector<std::vector<float>> params;
    for (std::size_t i = 1; i < 5; ++i) {
        auto p = b.constantFloats(bn.inputs[i]);
        if (!p || static_cast<int64_t>(p->size()) != outChannels) return Error(nodeLabel(bn) + ": parameters do not match the channels");
        params.push_back(std::move(*p));
    }
    const float epsilon = bn.attributes.getFloat("epsilon", 1e-5f);
    std::vector<float> scale(static_cast<std::size_t>(outChannels));
    for (std::size_t c = 0; c < scale.size(); ++c) {
        scale[c] = params[0][c] / std::sqrt(params[3][c] + epsilon);
        w.bias[c] = (w.bias[c] - params[2][c]) * scale[c] + params[1][c];
    }
    // Conv weights are [OC, IC/g, k...]: the channel is index / (size / OC).
    const std::size_t perChannel = w.values.size() / scale.size();
    for (std::size_t i = 0; i < w.values.size(); ++i) w.values[i] *= scale[i / perChannel];
    return w;
}

// ONNX weights [OC, IC/g, k...] as oneDNN's [g, OC/g, IC/g, k...] when grouped.
Dims groupedDims(const Dims& dims, int64_t group) {
    if (group == 1) return dims;
    Dims result{group, dims[0] / group};
    result.insert(result.end(), dims.begin() + 1, dims.end());
    return result;
}

Status buildConv(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    const Value& weightValue = b.graph().value(node.inputs[1]);
    if (!weightValue.constant) return Error(nodeLabel(node) + ": weights must be constant");
    const Dims wDims = weightValue.constant->dims();
    const int64_t group = node.attributes.getInt("group", 1);
    if (x->dims.size() < 3 || wDims.size() != x->dims.size() || group < 1 || x->dims[1] != wDims[1] * group || wDims[0] % group) {
        return Error(nodeLabel(node) + ": input, weights and group do not fit");
    }
    auto window = readWindow(node, tail(x->dims, 2), tail(wDims, 2), false);
    if (!window) return window.error().withContext(nodeLabel(node));
    auto weights = readWeights(b, g, wDims[0]);
    if (!weights) return weights.error();

    Dims dstDims{x->dims[0], wDims[0]};
    dstDims.insert(dstDims.end(), window->output.begin(), window->output.end());
    const FusedGroup rest = foldBiasPostOps(b, g, weights->bias, dstDims.size());
    PostOps postOps;
    if (Status s = appendGroupPostOps(b, rest, dstDims, true, postOps); !s) return s;

    const auto type = b.computeType();
    const Dims gDims = groupedDims(wDims, group);
    const memory::desc srcMd(x->dims, type, memory::format_tag::any);
    const memory::desc wMd(gDims, type, memory::format_tag::any);
    const memory::desc biasMd({wDims[0]}, memory::data_type::f32, memory::format_tag::a);
    const memory::desc dstMd = postOps.sum ? postOps.sum->get_desc() : memory::desc(dstDims, type, memory::format_tag::any);
    const dnnl::convolution_forward::desc desc(prop_kind::forward_inference, algorithm::convolution_direct, srcMd, wMd, biasMd,
                                               dstMd, window->strides, window->dilations, window->padBegin, window->padEnd);
    const dnnl::convolution_forward::primitive_desc pd(desc, postOps.attr(), b.engine());

    auto src = b.input(node.inputs[0], pd.src_desc(), g.anchor);
    if (!src) return src.error();
    const memory wei = b.prepared(b.ownedFloats(gDims, std::move(weights->values)), pd.weights_desc());
    const memory bias = b.ownedFloats({wDims[0]}, std::move(weights->bias));
    const memory dst = destination(b, postOps, pd.dst_desc());
    Args args = postOps.args;
    args.insert({{DNNL_ARG_SRC, *src}, {DNNL_ARG_WEIGHTS, wei}, {DNNL_ARG_BIAS, bias}, {DNNL_ARG_DST, dst}});
    const memory::desc weiDesc = pd.weights_desc();
    b.add(dnnl::convolution_forward(pd), std::move(args), g.anchor,
          stepText(node, "convolution", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), &postOps, &weiDesc));
    b.define(g.output, {dstDims, dst});
    return {};
}

memory::format_tag channelsLast(std::size_t rank) {
    switch (rank) {
    case 3: return memory::format_tag::acb;
    case 4: return memory::format_tag::acdb;
    default: return memory::format_tag::acdeb;
    }
}

// ConvTranspose: ONNX weights are [IC, OC/g, k...]; oneDNN's deconvolution takes
// [g, OC/g, IC/g, k...], so the first two axes of each group swap.
std::vector<float> deconvWeights(const std::vector<float>& w, const Dims& dims, int64_t group) {
    const int64_t ic = dims[0], ocg = dims[1], icg = ic / group;
    const int64_t k = static_cast<int64_t>(w.size()) / (ic * ocg);
    std::vector<float> out(w.size());
    for (int64_t gi = 0; gi < group; ++gi)
        for (int64_t i = 0; i < icg; ++i)
            for (int64_t o = 0; o < ocg; ++o)
                for (int64_t s = 0; s < k; ++s)
                    out[static_cast<std::size_t>(((gi * ocg + o) * icg + i) * k + s)] = w[static_cast<std::size_t>(((gi * icg + i) * ocg + o) * k + s)];
    return out;
}

Status buildConvTranspose(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    auto w = b.constantFloats(node.inputs[1]);
    if (!w) return w.error().withContext(nodeLabel(node) + " weights");
    const Dims wDims = b.graph().value(node.inputs[1]).constant->dims();
    const int64_t group = node.attributes.getInt("group", 1);
    if (x->dims.size() < 3 || wDims.size() != x->dims.size() || x->dims[1] != wDims[0] || wDims[0] % group) {
        return Error(nodeLabel(node) + ": input, weights and group do not fit");
    }
    const std::size_t n = x->dims.size() - 2;
    const Dims in = tail(x->dims, 2), kernel = tail(wDims, 2);
    auto list = [&](const char* name, int64_t fallback, std::size_t size) {
        Dims v = node.attributes.getInts(name);
        return v.size() == size ? v : Dims(size, fallback);
    };
    const Dims strides = list("strides", 1, n), dilations = list("dilations", 1, n), outPad = list("output_padding", 0, n);
    Dims pads = list("pads", 0, 2 * n);
    const Dims outputShape = node.attributes.getInts("output_shape");
    const std::string autoPad = node.attributes.getString("auto_pad", "NOTSET");
    Dims out(n), padBegin(n), padEnd(n), oneDnnDilations(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int64_t full = strides[i] * (in[i] - 1) + outPad[i] + (kernel[i] - 1) * dilations[i] + 1;
        if (outputShape.size() == n || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            out[i] = outputShape.size() == n ? outputShape[i] : in[i] * strides[i];
            const int64_t total = std::max<int64_t>(0, full - out[i]);
            padBegin[i] = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            padEnd[i] = total - padBegin[i];
        } else {
            if (autoPad == "VALID") pads.assign(2 * n, 0);
            padBegin[i] = pads[i];
            padEnd[i] = pads[n + i];
            out[i] = full - padBegin[i] - padEnd[i];
        }
        padEnd[i] -= outPad[i]; // output_padding extends the end
        oneDnnDilations[i] = dilations[i] - 1;
    }
    const int64_t outChannels = wDims[1] * group;
    std::vector<float> bias(static_cast<std::size_t>(outChannels), 0.f);
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) {
        auto given = b.constantFloats(node.inputs[2]);
        if (!given || static_cast<int64_t>(given->size()) != outChannels) return Error(nodeLabel(node) + ": bias must be constant, one per output channel");
        bias = std::move(*given);
    }
    Dims dstDims{x->dims[0], outChannels};
    dstDims.insert(dstDims.end(), out.begin(), out.end());
    const FusedGroup rest = foldBiasPostOps(b, g, bias, dstDims.size());
    PostOps postOps;
    if (Status s = appendGroupPostOps(b, rest, dstDims, true, postOps); !s) return s;

    Dims gDims = group == 1 ? Dims{outChannels, wDims[0]} : Dims{group, wDims[1], wDims[0] / group};
    gDims.insert(gDims.end(), kernel.begin(), kernel.end());
    const auto type = b.computeType();
    // Channels-last: oneDNN 2.6 otherwise picks 16-channel blocks, which for the few
    // output channels of a segmentation head (PP-OCR det: 1) computes 16 times the work.
    const memory::desc dstMd = postOps.sum ? postOps.sum->get_desc() : memory::desc(dstDims, type, channelsLast(dstDims.size()));
    const dnnl::deconvolution_forward::desc desc(
        prop_kind::forward_inference, algorithm::deconvolution_direct, memory::desc(x->dims, type, channelsLast(x->dims.size())),
        memory::desc(gDims, type, memory::format_tag::any), memory::desc({outChannels}, memory::data_type::f32, memory::format_tag::a),
        dstMd, strides, oneDnnDilations, padBegin, padEnd);
    const dnnl::deconvolution_forward::primitive_desc pd(desc, postOps.attr(), b.engine());
    auto src = b.input(node.inputs[0], pd.src_desc(), g.anchor);
    if (!src) return src.error();
    const memory wei = b.prepared(b.ownedFloats(gDims, deconvWeights(*w, wDims, group)), pd.weights_desc());
    const memory dst = destination(b, postOps, pd.dst_desc());
    Args args = postOps.args;
    args.insert({{DNNL_ARG_SRC, *src}, {DNNL_ARG_WEIGHTS, wei}, {DNNL_ARG_BIAS, b.ownedFloats({outChannels}, std::move(bias))}, {DNNL_ARG_DST, dst}});
    const memory::desc weiDesc = pd.weights_desc();
    b.add(dnnl::deconvolution_forward(pd), std::move(args), g.anchor,
          stepText(node, "deconvolution", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), &postOps, &weiDesc));
    b.define(g.output, {dstDims, dst});
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(Conv, buildConv);
FUSEBOX_ONEDNN_OP(ConvTranspose, buildConvTranspose);

} // namespace fusebox::onednn
