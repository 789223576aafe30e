#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fusebox {

// Tensors larger than this many elements are refused wherever sizes come from a file or a
// user, so that no size arithmetic (elements times bytes, strides) can overflow.
inline constexpr int64_t kMaxElementCount = int64_t(1) << 48;

// The element count of `dims`, or nullopt for a negative dim or a product beyond
// kMaxElementCount (checked even next to a zero dim: 0 x 2^40 x 2^40 is refused too).
std::optional<int64_t> checkedElementCount(std::span<const int64_t> dims);

// One tensor dimension: a static size, a named symbol ("batch"), or unknown.
class Dim {
public:
    Dim() = default; // unknown
    static Dim fixed(int64_t size) { Dim d; d.size_ = size; return d; }
    static Dim symbolic(std::string symbol) { Dim d; d.symbol_ = std::move(symbol); return d; }

    bool isStatic() const { return size_ >= 0; }
    bool isSymbolic() const { return !symbol_.empty(); }
    bool isUnknown() const { return !isStatic() && !isSymbolic(); }
    int64_t size() const { return size_; }           // -1 unless static
    const std::string& symbol() const { return symbol_; }

    std::string toString() const; // "224", "N" or "?"
    bool operator==(const Dim&) const = default;

private:
    int64_t size_ = -1;
    std::string symbol_;
};

// A tensor shape; the rank itself may be unknown (e.g. before shape inference).
class Shape {
public:
    Shape() = default; // unknown rank
    explicit Shape(std::vector<Dim> dims) : dims_(std::move(dims)), rankKnown_(true) {}
    static Shape of(const std::vector<int64_t>& sizes);

    bool rankKnown() const { return rankKnown_; }
    std::size_t rank() const { return dims_.size(); }
    const std::vector<Dim>& dims() const { return dims_; }
    const Dim& operator[](std::size_t i) const { return dims_[i]; }

    bool isStatic() const; // rank known and every dim static
    std::optional<int64_t> elementCount() const; // nullopt unless static and at most kMaxElementCount
    std::vector<int64_t> staticSizes() const;     // -1 for non-static dims

    std::string toString() const; // "1x3x224x224", "Nx8", "[]" for a scalar, "?" for unknown rank
    bool operator==(const Shape&) const = default;

private:
    std::vector<Dim> dims_;
    bool rankKnown_ = false;
};

} // namespace fusebox
