#include "ir/shape.h"

namespace fusebox {

std::string Dim::toString() const {
    if (isStatic()) return std::to_string(size_);
    if (isSymbolic()) return symbol_;
    return "?";
}

Shape Shape::of(const std::vector<int64_t>& sizes) {
    std::vector<Dim> dims;
    dims.reserve(sizes.size());
    for (int64_t size : sizes) dims.push_back(Dim::fixed(size));
    return Shape(std::move(dims));
}

bool Shape::isStatic() const {
    if (!rankKnown_) return false;
    for (const Dim& d : dims_) {
        if (!d.isStatic()) return false;
    }
    return true;
}

std::optional<int64_t> checkedElementCount(std::span<const int64_t> dims) {
    int64_t volume = 1;
    bool empty = false;
    for (int64_t d : dims) {
        if (d < 0 || (d > 0 && volume > kMaxElementCount / d)) return std::nullopt;
        if (d == 0) empty = true;
        else volume *= d;
    }
    return empty ? 0 : volume;
}

std::optional<int64_t> Shape::elementCount() const {
    if (!isStatic()) return std::nullopt;
    return checkedElementCount(staticSizes());
}

std::vector<int64_t> Shape::staticSizes() const {
    std::vector<int64_t> sizes;
    sizes.reserve(dims_.size());
    for (const Dim& d : dims_) sizes.push_back(d.size());
    return sizes;
}

std::string Shape::toString() const {
    if (!rankKnown_) return "?";
    if (dims_.empty()) return "[]";
    std::string text;
    for (std::size_t i = 0; i < dims_.size(); ++i) {
        if (i > 0) text += 'x';
        text += dims_[i].toString();
    }
    return text;
}

} // namespace fusebox
