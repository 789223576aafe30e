#include "window.h"

#include <algorithm>

namespace fusebox::xnnpack {

namespace {

std::vector<int64_t> intsOr(const Node& node, const char* name, std::vector<int64_t> fallback) {
    std::vector<int64_t> values = node.attributes.getInts(name);
    return values.empty() ? fallback : values;
}

} // namespace

bool isPlain2d(const Node& node) {
    for (const char* name : {"kernel_shape", "strides", "dilations"}) {
        const std::vector<int64_t> values = node.attributes.getInts(name);
        if (!values.empty() && (values.size() != 2 || std::ranges::any_of(values, [](int64_t v) { return v < 1; }))) return false;
    }
    const std::vector<int64_t> pads = node.attributes.getInts("pads");
    return pads.empty() || (pads.size() == 4 && std::ranges::all_of(pads, [](int64_t p) { return p >= 0; }));
}

Window2d windowOf(const Node& node, const std::vector<int64_t>& kernel, const std::vector<int64_t>& inputDims) {
    const std::vector<int64_t> strides = intsOr(node, "strides", {1, 1});
    const std::vector<int64_t> dilations = intsOr(node, "dilations", {1, 1});
    std::vector<int64_t> pads = intsOr(node, "pads", {0, 0, 0, 0}); // top, left, bottom, right
    const std::string autoPad = node.attributes.getString("auto_pad", "NOTSET");
    if (autoPad == "VALID") pads = {0, 0, 0, 0};
    if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
        for (std::size_t axis = 0; axis < 2; ++axis) {
            const int64_t in = inputDims[2 + axis], stride = strides[axis];
            const int64_t extent = (kernel[axis] - 1) * dilations[axis] + 1;
            const int64_t total = std::max<int64_t>(0, ((in + stride - 1) / stride - 1) * stride + extent - in);
            const int64_t small = total / 2, large = total - small;
            pads[axis] = autoPad == "SAME_UPPER" ? small : large;
            pads[axis + 2] = autoPad == "SAME_UPPER" ? large : small;
        }
    }
    auto u = [](int64_t v) { return static_cast<uint32_t>(v); };
    return {u(kernel[0]), u(kernel[1]), u(strides[0]), u(strides[1]), u(dilations[0]), u(dilations[1]),
            u(pads[0]), u(pads[1]), u(pads[2]), u(pads[3])};
}

} // namespace fusebox::xnnpack
