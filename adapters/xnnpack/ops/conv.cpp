// Conv -> convolution_2d, or depthwise_convolution_2d when every group has one input
// channel; ConvTranspose -> deconvolution_2d. ONNX weights are repacked into XNNPACK's
// channels-last filters here, once.
#include "op_registry.h"
#include "subgraph_builder.h"
#include "window.h"

#include <string>

namespace fusebox::xnnpack {

namespace {

Support checkConvolution(const Graph& graph, const Node& node, int64_t) {
    const std::vector<int64_t> weights = staticDims(graph, node.inputs[1]);
    if (weights.size() != 4) return Support::no(node.opType + ": weights of rank " + std::to_string(weights.size()) + " (2-D only)");
    if (!isPlain2d(node)) return Support::no(node.opType + ": negative pads or attributes that are not 2-D");
    if (node.attributes.getInt("group", 1) < 1) return Support::no(node.opType + ": group below 1");
    if (node.opType == "ConvTranspose") {
        const std::vector<int64_t> strides = node.attributes.getInts("strides");
        const std::vector<int64_t> extra = node.attributes.getInts("output_padding");
        for (std::size_t axis = 0; axis < extra.size(); ++axis) {
            if (extra[axis] < 0 || extra[axis] >= (strides.empty() ? 1 : strides[axis])) {
                return Support::no("ConvTranspose: output_padding must be below the stride for XNNPACK");
            }
        }
    }
    return Support::yes();
}

// The bias as static data: the constant, or zeros when the node has none.
Result<uint32_t> biasOf(SubgraphBuilder& b, const Node& node, std::size_t channels) {
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) return b.value(node.inputs[2]);
    return b.staticTensor(std::vector<float>(channels, 0.0f), {channels}, "zero bias of '" + node.name + "'");
}

std::string windowText(const Window2d& w) {
    return std::to_string(w.kernelH) + "x" + std::to_string(w.kernelW) + " stride " + std::to_string(w.strideH) + "x" +
           std::to_string(w.strideW) + " dilation " + std::to_string(w.dilationH) + "x" + std::to_string(w.dilationW) +
           " pads " + std::to_string(w.top) + "," + std::to_string(w.left) + "," + std::to_string(w.bottom) + "," +
           std::to_string(w.right);
}

Status defineConv(SubgraphBuilder& b, const Node& node) {
    const Graph& graph = b.graph();
    const std::vector<int64_t> in = staticDims(graph, node.inputs[0]);
    const std::vector<int64_t> w = staticDims(graph, node.inputs[1]); // [O, I/g, kh, kw]
    const std::vector<float> weights = *constantFloats(graph, node.inputs[1]);
    const int64_t groups = node.attributes.getInt("group", 1);
    const int64_t out = w[0], groupIn = w[1], kh = w[2], kw = w[3], groupOut = out / groups;
    auto window = windowOf(node, {kh, kw}, in);
    if (!window) return window.error();
    const Window2d win = *window;
    auto input = b.value(node.inputs[0]);
    auto bias = biasOf(b, node, static_cast<std::size_t>(out));
    auto output = b.value(node.outputs[0]);
    if (!input || !bias || !output) return !input ? input.error() : !bias ? bias.error() : output.error();

    const std::size_t taps = static_cast<std::size_t>(kh * kw);
    std::vector<float> filter(weights.size());
    if (groups > 1 && groupIn == 1) { // depthwise: [1, kh, kw, O]
        for (int64_t o = 0; o < out; ++o) {
            for (std::size_t t = 0; t < taps; ++t) filter[t * out + o] = weights[o * taps + t];
        }
        auto f = b.staticTensor(filter, {1, std::size_t(kh), std::size_t(kw), std::size_t(out)}, "filter of '" + node.name + "'");
        if (!f) return f.error();
        b.note(node, "depthwise_convolution_2d " + windowText(win) + " channels " + std::to_string(in[1]) + " x" +
                         std::to_string(out / in[1]));
        return b.check(xnn_define_depthwise_convolution_2d(b.subgraph(), win.top, win.right, win.bottom, win.left, win.kernelH,
                                                           win.kernelW, win.strideH, win.strideW, win.dilationH, win.dilationW,
                                                           uint32_t(out / in[1]), std::size_t(in[1]), kNoMin, kNoMax, *input,
                                                           *f, *bias, *output, 0),
                       node, "xnn_define_depthwise_convolution_2d");
    }
    for (int64_t o = 0; o < out; ++o) { // [O, kh, kw, I/g]
        for (int64_t i = 0; i < groupIn; ++i) {
            for (std::size_t t = 0; t < taps; ++t) filter[(o * taps + t) * groupIn + i] = weights[(o * groupIn + i) * taps + t];
        }
    }
    auto f = b.staticTensor(filter, {std::size_t(out), std::size_t(kh), std::size_t(kw), std::size_t(groupIn)},
                            "filter of '" + node.name + "'");
    if (!f) return f.error();
    b.note(node, "convolution_2d " + windowText(win) + " groups " + std::to_string(groups) + " " +
                     std::to_string(groupIn * groups) + "->" + std::to_string(out));
    return b.check(xnn_define_convolution_2d(b.subgraph(), win.top, win.right, win.bottom, win.left, win.kernelH, win.kernelW,
                                             win.strideH, win.strideW, win.dilationH, win.dilationW, uint32_t(groups),
                                             std::size_t(groupIn), std::size_t(groupOut), kNoMin, kNoMax, *input, *f, *bias,
                                             *output, 0),
                   node, "xnn_define_convolution_2d");
}

Status defineConvTranspose(SubgraphBuilder& b, const Node& node) {
    const Graph& graph = b.graph();
    const std::vector<int64_t> in = staticDims(graph, node.inputs[0]);
    const std::vector<int64_t> outDims = staticDims(graph, node.outputs[0]);
    const std::vector<int64_t> w = staticDims(graph, node.inputs[1]); // [I, O/g, kh, kw]
    const std::vector<float> weights = *constantFloats(graph, node.inputs[1]);
    const int64_t groups = node.attributes.getInt("group", 1);
    const int64_t groupIn = w[0] / groups, groupOut = w[1], kh = w[2], kw = w[3], out = groupOut * groups;
    auto window = windowOf(node, {kh, kw}, in);
    if (!window) return window.error();
    Window2d win = *window;
    std::vector<int64_t> adjustment = node.attributes.getInts("output_padding");
    if (adjustment.empty()) adjustment = {0, 0};
    // With output_shape or auto_pad the padding follows from the output size (ONNX's rule).
    const std::string autoPad = node.attributes.getString("auto_pad", "NOTSET");
    if (node.attributes.has("output_shape") || autoPad != "NOTSET") {
        const int64_t kernel[2] = {kh, kw}, stride[2] = {win.strideH, win.strideW}, dilation[2] = {win.dilationH, win.dilationW};
        uint32_t* begin[2] = {&win.top, &win.left};
        uint32_t* end[2] = {&win.bottom, &win.right};
        for (int axis = 0; axis < 2; ++axis) {
            const int64_t total = stride[axis] * (in[2 + axis] - 1) + adjustment[axis] + (kernel[axis] - 1) * dilation[axis] + 1 -
                                  outDims[2 + axis];
            if (total < 0) return Error("ConvTranspose '" + node.name + "': output larger than XNNPACK can produce", ErrorKind::Failed);
            const int64_t small = total / 2, large = total - small;
            *begin[axis] = uint32_t(autoPad == "SAME_UPPER" ? small : large);
            *end[axis] = uint32_t(autoPad == "SAME_UPPER" ? large : small);
        }
    }
    auto input = b.value(node.inputs[0]);
    auto bias = biasOf(b, node, static_cast<std::size_t>(out));
    auto output = b.value(node.outputs[0]);
    if (!input || !bias || !output) return !input ? input.error() : !bias ? bias.error() : output.error();

    const std::size_t taps = static_cast<std::size_t>(kh * kw);
    std::vector<float> filter(weights.size()); // [g * O/g, kh, kw, I/g]
    for (int64_t g = 0; g < groups; ++g) {
        for (int64_t o = 0; o < groupOut; ++o) {
            for (int64_t i = 0; i < groupIn; ++i) {
                for (std::size_t t = 0; t < taps; ++t) {
                    filter[((g * groupOut + o) * taps + t) * groupIn + i] = weights[((g * groupIn + i) * groupOut + o) * taps + t];
                }
            }
        }
    }
    auto f = b.staticTensor(filter, {std::size_t(out), std::size_t(kh), std::size_t(kw), std::size_t(groupIn)},
                            "filter of '" + node.name + "'");
    if (!f) return f.error();
    b.note(node, "deconvolution_2d " + windowText(win) + " adjustment " + std::to_string(adjustment[0]) + "x" +
                     std::to_string(adjustment[1]) + " groups " + std::to_string(groups) + " " + std::to_string(w[0]) + "->" +
                     std::to_string(out));
    return b.check(xnn_define_deconvolution_2d(b.subgraph(), win.top, win.right, win.bottom, win.left, uint32_t(adjustment[0]),
                                               uint32_t(adjustment[1]), win.kernelH, win.kernelW, win.strideH, win.strideW,
                                               win.dilationH, win.dilationW, uint32_t(groups), std::size_t(groupIn),
                                               std::size_t(groupOut), kNoMin, kNoMax, *input, *f, *bias, *output, 0),
                   node, "xnn_define_deconvolution_2d");
}

} // namespace

FUSEBOX_XNNPACK_OP(Conv, checkConvolution, defineConv);
FUSEBOX_XNNPACK_OP(ConvTranspose, checkConvolution, defineConvTranspose);

} // namespace fusebox::xnnpack
