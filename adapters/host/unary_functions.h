#pragma once
// The functions behind the unary element-wise kernels (Sigmoid, HardSwish, LeakyRelu...),
// for code that applies them outside their kernel, such as element-wise fusion, and must
// give the same bits.

#include "ir/graph.h"

#include <optional>

namespace fusebox::host {

// f(x, params), computed in double so that float32 results are correctly rounded.
using FloatFunction = double (*)(double x, const double* params);

struct UnaryFunction {
    FloatFunction function = nullptr;
    double params[3] = {}; // the node's float attributes, ONNX defaults where absent
    float operator()(float x) const { return float(function(double(x), params)); }
};

// The function of a table op with `node`'s attributes; nullopt for other ops.
std::optional<UnaryFunction> unaryFunction(const Node& node);

} // namespace fusebox::host
