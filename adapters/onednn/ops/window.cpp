#include "window.h"

namespace fusebox::onednn {

Dims tail(const Dims& dims, std::size_t count) { return Dims(dims.begin() + static_cast<std::ptrdiff_t>(std::min(count, dims.size())), dims.end()); }

Result<Window> readWindow(const Node& node, const Dims& input, const Dims& kernel, bool ceilMode) {
    const std::size_t n = input.size();
    auto listOr = [&](const char* name, int64_t fallback, std::size_t size) {
        Dims values = node.attributes.getInts(name);
        return values.size() == size ? values : Dims(size, fallback);
    };
    Window w{kernel, listOr("strides", 1, n), listOr("dilations", 1, n), {}, {}, {}};
    const Dims pads = listOr("pads", 0, 2 * n);
    const std::string autoPad = node.attributes.getString("auto_pad", "NOTSET");
    for (std::size_t i = 0; i < n; ++i) {
        const int64_t extent = (kernel[i] - 1) * w.dilations[i] + 1;
        int64_t begin = pads[i], end = pads[n + i], out = 0;
        if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            out = (input[i] + w.strides[i] - 1) / w.strides[i];
            const int64_t total = std::max<int64_t>(0, (out - 1) * w.strides[i] + extent - input[i]);
            begin = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            end = total - begin;
        } else {
            if (autoPad == "VALID") begin = end = 0;
            const int64_t span = input[i] + begin + end - extent;
            if (span < 0) return Error(nodeLabel(node) + ": the window is larger than the padded input");
            out = (ceilMode ? (span + w.strides[i] - 1) / w.strides[i] : span / w.strides[i]) + 1;
            if (ceilMode && (out - 1) * w.strides[i] >= input[i] + begin) --out; // last window must start inside
        }
        end = (out - 1) * w.strides[i] + extent - input[i] - begin;
        w.padBegin.push_back(begin);
        w.padEnd.push_back(end);
        w.output.push_back(out);
        w.dilations[i] -= 1;
    }
    return w;
}

} // namespace fusebox::onednn
