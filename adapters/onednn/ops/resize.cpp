// Resize as oneDNN resampling (nearest, linear). oneDNN samples at half-pixel centres
// and rounds its own way, so every resized axis is checked at compile time: a 1-D probe
// runs through the primitive and must match ONNX's result for the node's coordinate
// transformation, nearest mode and scale; otherwise the node is refused with the reason.
#include "op_registry.h"
#include "post_ops.h"

#include <cmath>

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

struct AxisResize {
    int64_t in = 0, out = 0;
    float scale = 1; // as ONNX uses it: the given scale, or out / in when sizes are given
};

// ONNX's source coordinate of output index `y`.
float sourceCoordinate(const std::string& transform, const AxisResize& a, int64_t y) {
    const float yf = static_cast<float>(y);
    if (transform == "asymmetric") return yf / a.scale;
    if (transform == "align_corners") return a.out > 1 ? yf * static_cast<float>(a.in - 1) / static_cast<float>(a.out - 1) : 0.f;
    if (transform == "tf_half_pixel_for_nn") return (yf + 0.5f) / a.scale;
    if (transform == "pytorch_half_pixel" && a.out <= 1) return 0.f;
    return (yf + 0.5f) / a.scale - 0.5f; // half_pixel
}

int64_t nearestIndex(const std::string& mode, float x, int64_t size) {
    int64_t i = 0;
    if (mode == "floor") i = static_cast<int64_t>(std::floor(x));
    else if (mode == "ceil") i = static_cast<int64_t>(std::ceil(x));
    else if (mode == "round_prefer_ceil") i = static_cast<int64_t>(std::floor(x + 0.5f));
    else i = static_cast<int64_t>(std::ceil(x - 0.5f)); // round_prefer_floor
    return std::clamp<int64_t>(i, 0, size - 1);
}

// ONNX's 1-D resize of `probe` along one axis.
std::vector<float> onnxResize(const Node& node, const AxisResize& a, const std::vector<float>& probe) {
    const std::string transform = node.attributes.getString("coordinate_transformation_mode", "half_pixel");
    const bool nearest = node.attributes.getString("mode", "nearest") == "nearest";
    std::vector<float> out;
    for (int64_t y = 0; y < a.out; ++y) {
        const float x = sourceCoordinate(transform, a, y);
        if (nearest) {
            out.push_back(probe[static_cast<std::size_t>(nearestIndex(node.attributes.getString("nearest_mode", "round_prefer_floor"), x, a.in))]);
            continue;
        }
        const float clamped = std::clamp(x, 0.f, static_cast<float>(a.in - 1));
        const auto low = static_cast<int64_t>(std::floor(clamped));
        const int64_t high = std::min(low + 1, a.in - 1);
        const float t = clamped - static_cast<float>(low);
        out.push_back(probe[static_cast<std::size_t>(low)] * (1 - t) + probe[static_cast<std::size_t>(high)] * t);
    }
    return out;
}

// Whether oneDNN's resampling of one axis matches ONNX's.
bool matchesOnnx(NetBuilder& b, const Node& node, algorithm kind, const AxisResize& a) {
    std::vector<float> probe(static_cast<std::size_t>(a.in));
    for (std::size_t i = 0; i < probe.size(); ++i) probe[i] = static_cast<float>(i * i + 1);
    const memory src = b.ownedFloats({1, 1, a.in}, probe);
    const memory dst = b.allocate(plainDesc({1, 1, a.out}, memory::data_type::f32));
    const dnnl::resampling_forward::primitive_desc pd({dnnl::prop_kind::forward_inference, kind, src.get_desc(), dst.get_desc()}, b.engine());
    dnnl::stream stream(b.engine());
    dnnl::resampling_forward(pd).execute(stream, {{DNNL_ARG_SRC, src}, {DNNL_ARG_DST, dst}});
    stream.wait();
    const std::vector<float> expected = onnxResize(node, a, probe);
    const auto* got = static_cast<const float*>(dst.get_data_handle());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::fabs(got[i] - expected[i]) > 1e-3f * std::max(1.f, std::fabs(expected[i]))) return false;
    }
    return true;
}

Result<std::vector<AxisResize>> axesOf(NetBuilder& b, const Node& node, const Dims& in) {
    const bool legacy = node.inputs.size() == 2; // opset 10: X, scales
    const ValueId scalesId = legacy ? node.inputs[1] : (node.inputs.size() > 2 ? node.inputs[2] : kNoValue);
    const ValueId sizesId = !legacy && node.inputs.size() > 3 ? node.inputs[3] : kNoValue;
    std::vector<float> scales;
    Dims sizes;
    if (scalesId != kNoValue) {
        auto values = b.constantFloats(scalesId);
        if (!values) return values.error().withContext(nodeLabel(node));
        scales = *values;
    }
    if (sizesId != kNoValue) {
        auto values = b.constantInts(sizesId);
        if (!values) return values.error().withContext(nodeLabel(node));
        sizes = *values;
    }
    if (!sizes.empty() && sizes.size() != in.size()) return Error(nodeLabel(node) + ": sizes must list every axis");
    if (sizes.empty() && scales.size() != in.size()) return Error(nodeLabel(node) + ": scales must list every axis");
    std::vector<AxisResize> axes;
    for (std::size_t i = 0; i < in.size(); ++i) {
        AxisResize a{in[i], 0, 1};
        if (!sizes.empty()) {
            a.out = sizes[i];
            a.scale = static_cast<float>(a.out) / static_cast<float>(a.in);
        } else {
            a.scale = scales[i];
            a.out = static_cast<int64_t>(std::floor(static_cast<float>(a.in) * a.scale));
        }
        axes.push_back(a);
    }
    return axes;
}

Status buildResize(NetBuilder& b, const FusedGroup& g) {
    const Node& node = b.node(g.anchor);
    auto x = b.tensor(node.inputs[0]);
    if (!x) return x.error();
    const std::string mode = node.attributes.getString("mode", "nearest");
    if ((mode != "nearest" && mode != "linear") || node.attributes.getInt("antialias", 0) != 0) {
        return Error(nodeLabel(node) + ": mode " + mode + " is not supported by oneDNN resampling");
    }
    auto axes = axesOf(b, node, x->dims);
    if (!axes) return axes.error();
    if (x->dims.size() < 3 || (*axes)[0].out != (*axes)[0].in || (*axes)[1].out != (*axes)[1].in) {
        return Error(nodeLabel(node) + ": only spatial axes (after N and C) can be resized");
    }
    const algorithm kind = mode == "nearest" ? algorithm::resampling_nearest : algorithm::resampling_linear;
    Dims out;
    for (std::size_t i = 0; i < axes->size(); ++i) {
        const AxisResize& a = (*axes)[i];
        if (i >= 2 && a.out != a.in && !matchesOnnx(b, node, kind, a)) {
            return Error(nodeLabel(node) + ": oneDNN resampling differs from ONNX for " +
                         node.attributes.getString("coordinate_transformation_mode", "half_pixel") + " from " + std::to_string(a.in) +
                         " to " + std::to_string(a.out));
        }
        out.push_back(a.out);
    }
    const dnnl::resampling_forward::primitive_desc pd(
        {dnnl::prop_kind::forward_inference, kind, x->mem.get_desc(), memory::desc(out, x->mem.get_desc().data_type(), memory::format_tag::any)},
        b.engine());
    const memory dst = b.allocate(pd.dst_desc());
    b.add(dnnl::resampling_forward(pd), {{DNNL_ARG_SRC, x->mem}, {DNNL_ARG_DST, dst}}, g.anchor,
          stepText(node, "resampling", pd.impl_info_str(), pd.src_desc(), pd.dst_desc(), nullptr));
    b.define(g.output, {out, dst});
    return {};
}

} // namespace

FUSEBOX_ONEDNN_OP(Resize, buildResize);

} // namespace fusebox::onednn
