#include "cli/shape_option.h"

#include <charconv>

namespace fusebox::cli {

namespace {

Result<std::vector<int64_t>> parseDims(const std::string& text, const std::string& whole) {
    std::vector<int64_t> dims;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        int64_t dim = 0;
        const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), dim);
        if (item.empty() || ec != std::errc() || end != item.data() + item.size() || dim <= 0) {
            return Error("--shape " + whole + ": '" + item + "' is not a positive integer dim");
        }
        dims.push_back(dim);
        start = comma + 1;
    }
    return dims;
}

} // namespace

Result<std::map<std::string, std::vector<int64_t>>> parseShapeOptions(const std::vector<std::string>& values) {
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const std::string& value : values) {
        const auto equals = value.rfind('=');
        if (equals == std::string::npos || equals == 0) {
            return Error("--shape " + value + ": expected NAME=D0,D1,... (e.g. x=1,3,224,224)");
        }
        const std::string name = value.substr(0, equals);
        auto dims = parseDims(value.substr(equals + 1), value);
        if (!dims) return dims.error();
        if (!shapes.emplace(name, std::move(*dims)).second) return Error("--shape given twice for input '" + name + "'");
    }
    return shapes;
}

} // namespace fusebox::cli
