#include "runtime/accuracy.h"

#include "core/text.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace fusebox {

namespace {

// The elements as doubles; float16/bfloat16 decoded from their bits.
std::optional<std::vector<double>> asDoubles(const Tensor& t) {
    const auto n = static_cast<std::size_t>(t.elementCount());
    std::vector<double> out(n);
    auto copy = [&](auto typed) {
        using T = decltype(typed);
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<double>(t.data<T>()[i]);
    };
    switch (t.type()) {
    case ElementType::Float32: copy(float{}); break;
    case ElementType::Float64: copy(double{}); break;
    case ElementType::Int8: copy(int8_t{}); break;
    case ElementType::UInt8: copy(uint8_t{}); break;
    case ElementType::Int16: copy(int16_t{}); break;
    case ElementType::UInt16: copy(uint16_t{}); break;
    case ElementType::Int32: copy(int32_t{}); break;
    case ElementType::UInt32: copy(uint32_t{}); break;
    case ElementType::Int64: copy(int64_t{}); break;
    case ElementType::UInt64: copy(uint64_t{}); break;
    case ElementType::Bool: copy(uint8_t{}); break;
    case ElementType::BFloat16:
        for (std::size_t i = 0; i < n; ++i) {
            const uint32_t bits = static_cast<uint32_t>(t.data<uint16_t>()[i]) << 16;
            float f;
            std::memcpy(&f, &bits, 4);
            out[i] = f;
        }
        break;
    case ElementType::Float16:
        for (std::size_t i = 0; i < n; ++i) {
            const uint16_t h = t.data<uint16_t>()[i];
            const int exponent = (h >> 10) & 0x1F;
            const int mantissa = h & 0x3FF;
            double value = exponent == 0    ? std::ldexp(mantissa, -24)
                           : exponent == 31 ? (mantissa ? NAN : INFINITY)
                                            : std::ldexp(mantissa + 1024, exponent - 25);
            out[i] = (h & 0x8000) ? -value : value;
        }
        break;
    default: return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<std::string> firstMismatch(const Tensor& actual, const Tensor& expected, double rtol, double atol) {
    if (actual.type() != expected.type()) {
        return "element type " + std::string(elementTypeName(actual.type())) + ", expected " +
               std::string(elementTypeName(expected.type()));
    }
    if (actual.dims() != expected.dims()) {
        return "shape [" + joinInts(actual.dims(), ",") + "], expected [" + joinInts(expected.dims(), ",") + "]";
    }
    const auto a = asDoubles(actual);
    const auto e = asDoubles(expected);
    if (!a || !e) return "element type " + std::string(elementTypeName(actual.type())) + " cannot be compared";
    for (std::size_t i = 0; i < a->size(); ++i) {
        const double x = (*a)[i];
        const double y = (*e)[i];
        if (std::isnan(x) && std::isnan(y)) continue;
        if (std::isinf(y) && x == y) continue;
        if (std::fabs(x - y) <= atol + rtol * std::fabs(y)) continue;
        return "element " + std::to_string(i) + " is " + std::to_string(x) + ", expected " + std::to_string(y);
    }
    return std::nullopt;
}

Accuracy compareTensors(const Tensor& actual, const Tensor& expected) {
    Accuracy accuracy;
    const auto a = asDoubles(actual);
    const auto e = asDoubles(expected);
    if (!a || !e || a->size() != e->size()) return {INFINITY, INFINITY, 0};
    double dot = 0, normA = 0, normE = 0;
    for (std::size_t i = 0; i < a->size(); ++i) {
        const double diff = std::fabs((*a)[i] - (*e)[i]);
        accuracy.maxAbsError = std::max(accuracy.maxAbsError, diff);
        if ((*e)[i] != 0) accuracy.maxRelError = std::max(accuracy.maxRelError, diff / std::fabs((*e)[i]));
        dot += (*a)[i] * (*e)[i];
        normA += (*a)[i] * (*a)[i];
        normE += (*e)[i] * (*e)[i];
    }
    accuracy.cosine = normA > 0 && normE > 0 ? dot / std::sqrt(normA * normE) : (normA == normE ? 1.0 : 0.0);
    return accuracy;
}

} // namespace fusebox
