#include "runtime/layout.h"

#include <cstdint>

namespace fusebox {

namespace {

// [n, a, b] -> [n, b, a] for elements of one fixed size.
template <typename Word>
void transposeInner(const Word* in, Word* out, int64_t n, int64_t a, int64_t b) {
    for (int64_t batch = 0; batch < n; ++batch, in += a * b, out += a * b) {
        for (int64_t i = 0; i < a; ++i) {
            for (int64_t j = 0; j < b; ++j) out[j * a + i] = in[i * b + j];
        }
    }
}

struct Bytes16 { uint64_t low, high; };

} // namespace

Layout layoutFromName(std::string_view name) { return name == "NHWC" ? Layout::NHWC : Layout::NCHW; }

Tensor convertLayout(const Tensor& tensor, Layout from, Layout to) {
    if (from == to || !hasLayout(tensor)) return tensor;
    // Read as [N, A, B] and write [N, B, A]: NCHW -> NHWC has A = C, B = H*W; back, A = H*W, B = C.
    const std::vector<int64_t>& d = tensor.dims();
    const bool toNhwc = to == Layout::NHWC;
    const int64_t n = d[0];
    const int64_t a = toNhwc ? d[1] : d[1] * d[2];
    const int64_t b = toNhwc ? d[2] * d[3] : d[3];
    std::vector<int64_t> dims = toNhwc ? std::vector<int64_t>{d[0], d[2], d[3], d[1]} : std::vector<int64_t>{d[0], d[3], d[1], d[2]};
    Tensor result = Tensor::allocate(tensor.type(), std::move(dims), Tensor::Fill::None);
    const void* in = tensor.raw();
    void* out = result.raw();
    switch (elementSize(tensor.type())) {
    case 1: transposeInner(static_cast<const uint8_t*>(in), static_cast<uint8_t*>(out), n, a, b); break;
    case 2: transposeInner(static_cast<const uint16_t*>(in), static_cast<uint16_t*>(out), n, a, b); break;
    case 4: transposeInner(static_cast<const uint32_t*>(in), static_cast<uint32_t*>(out), n, a, b); break;
    case 8: transposeInner(static_cast<const uint64_t*>(in), static_cast<uint64_t*>(out), n, a, b); break;
    default: transposeInner(static_cast<const Bytes16*>(in), static_cast<Bytes16*>(out), n, a, b); break;
    }
    return result;
}

} // namespace fusebox
