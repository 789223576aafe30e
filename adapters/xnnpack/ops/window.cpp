#include "window.h"

#include "ir/spatial_window.h"

#include <algorithm>

namespace fusebox::xnnpack {

bool isPlain2d(const Node& node) {
    for (const char* name : {"kernel_shape", "strides", "dilations"}) {
        const std::vector<int64_t> values = node.attributes.getInts(name);
        if (!values.empty() && (values.size() != 2 || std::ranges::any_of(values, [](int64_t v) { return v < 1; }))) return false;
    }
    const std::vector<int64_t> pads = node.attributes.getInts("pads");
    return pads.empty() || (pads.size() == 4 && std::ranges::all_of(pads, [](int64_t p) { return p >= 0; }));
}

Result<Window2d> windowOf(const Node& node, const std::vector<int64_t>& kernel, const std::vector<int64_t>& inputDims) {
    auto w = readSpatialWindow(node, {inputDims[2], inputDims[3]}, kernel);
    if (!w) return w.error();
    auto u = [](int64_t v) { return static_cast<uint32_t>(v); };
    return Window2d{u(w->kernel[0]), u(w->kernel[1]), u(w->strides[0]), u(w->strides[1]), u(w->dilations[0]), u(w->dilations[1]),
                    u(w->padBegin[0]), u(w->padBegin[1]), u(w->padEnd[0]), u(w->padEnd[1])};
}

} // namespace fusebox::xnnpack
