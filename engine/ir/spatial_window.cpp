#include "ir/spatial_window.h"

#include <algorithm>
#include <string>

namespace fusebox {

Result<SpatialWindow> readSpatialWindow(const Node& node, const std::vector<int64_t>& spatial,
                                        const std::vector<int64_t>& kernelFallback) {
    auto fail = [&](const std::string& message) { return Error(node.opType + " '" + node.name + "': " + message, ErrorKind::Failed); };
    const std::size_t rank = spatial.size();
    const Attributes& a = node.attributes;
    SpatialWindow w;
    w.kernel = a.getInts("kernel_shape");
    if (w.kernel.empty()) w.kernel = kernelFallback;
    w.strides = a.getInts("strides");
    w.dilations = a.getInts("dilations");
    if (w.strides.empty()) w.strides.assign(rank, 1);
    if (w.dilations.empty()) w.dilations.assign(rank, 1);
    if (w.kernel.size() != rank || w.strides.size() != rank || w.dilations.size() != rank) {
        return fail("kernel_shape, strides and dilations need " + std::to_string(rank) + " values, one per spatial axis");
    }
    const std::vector<int64_t> pads = a.getInts("pads");
    if (!pads.empty() && pads.size() != 2 * rank) return fail("pads needs " + std::to_string(2 * rank) + " values");
    w.padBegin.assign(rank, 0);
    w.padEnd.assign(rank, 0);
    const std::string autoPad = a.getString("auto_pad", "NOTSET");
    for (std::size_t i = 0; i < rank; ++i) {
        if (w.kernel[i] <= 0 || w.strides[i] <= 0 || w.dilations[i] <= 0) return fail("kernel, strides and dilations must be positive");
        if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            const int64_t out = (spatial[i] + w.strides[i] - 1) / w.strides[i];
            const int64_t total = std::max<int64_t>(0, (out - 1) * w.strides[i] + w.dilations[i] * (w.kernel[i] - 1) + 1 - spatial[i]);
            w.padBegin[i] = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            w.padEnd[i] = total - w.padBegin[i];
        } else if (autoPad == "NOTSET" && !pads.empty()) {
            w.padBegin[i] = pads[i];
            w.padEnd[i] = pads[rank + i];
        }
    }
    return w;
}

int64_t windowOutputSize(int64_t input, const SpatialWindow& w, std::size_t i, bool ceilMode) {
    const int64_t span = input + w.padBegin[i] + w.padEnd[i] - w.dilations[i] * (w.kernel[i] - 1) - 1;
    if (span < 0) return 0;
    int64_t out = (ceilMode ? (span + w.strides[i] - 1) / w.strides[i] : span / w.strides[i]) + 1;
    if (ceilMode && (out - 1) * w.strides[i] >= input + w.padBegin[i]) --out;
    return out;
}

} // namespace fusebox
