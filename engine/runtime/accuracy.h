#pragma once
// Comparing an output with a reference: ONNX's test tolerance check and the error
// figures engineers read (max abs, max rel, cosine similarity).

#include "runtime/tensor.h"

#include <optional>
#include <string>

namespace fusebox {

struct Accuracy {
    double maxAbsError = 0;
    double maxRelError = 0;
    double cosine = 1;
};

// Element-wise |actual - expected| <= atol + rtol * |expected| (NaN matches NaN, equal
// infinities match). Returns the first mismatch as text, nullopt when all match.
std::optional<std::string> firstMismatch(const Tensor& actual, const Tensor& expected, double rtol, double atol);

// For numeric tensors of equal shape (converted to double).
Accuracy compareTensors(const Tensor& actual, const Tensor& expected);

} // namespace fusebox
