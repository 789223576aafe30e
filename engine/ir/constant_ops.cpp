#include "ir/constant_ops.h"

#include <algorithm>

namespace fusebox {

Result<TensorData> constantNodeValue(const Attributes& attributes) {
    if (auto value = attributes.get<TensorData>("value")) {
        if (elementSize(value->type()) == 0) {
            return Error("element type " + std::string(elementTypeName(value->type())) + " is not supported");
        }
        return *value;
    }
    if (auto f = attributes.get<float>("value_float")) return TensorData::fromValues(ElementType::Float32, {}, std::vector<float>{*f});
    if (auto fs = attributes.get<std::vector<float>>("value_floats")) {
        return TensorData::fromValues(ElementType::Float32, {int64_t(fs->size())}, *fs);
    }
    if (auto i = attributes.get<int64_t>("value_int")) return TensorData::fromValues(ElementType::Int64, {}, std::vector<int64_t>{*i});
    if (auto is = attributes.get<std::vector<int64_t>>("value_ints")) {
        return TensorData::fromValues(ElementType::Int64, {int64_t(is->size())}, *is);
    }
    return Error("needs one of value, value_float(s), value_int(s) (sparse and string values are not supported)");
}

std::vector<int64_t> shapeOpResult(const Attributes& attributes, const std::vector<int64_t>& dims) {
    const auto rank = static_cast<int64_t>(dims.size());
    auto clampAxis = [rank](int64_t axis) { return std::clamp(axis < 0 ? axis + rank : axis, int64_t(0), rank); };
    const int64_t start = clampAxis(attributes.getInt("start", 0));
    const int64_t end = clampAxis(attributes.getInt("end", rank));
    if (start >= end) return {};
    return std::vector<int64_t>(dims.begin() + start, dims.begin() + end);
}

} // namespace fusebox
