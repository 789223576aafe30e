#include "runtime/input_generator.h"

#include "core/text.h"

#include <cmath>

namespace fusebox {

namespace {

double unitValue(int64_t i, int k, uint64_t seed) {
    const double x = static_cast<double>(i + 1) * 0.6180339887 + (k + 1) * 0.4142135624 + static_cast<double>(seed) * 0.7320508076;
    return x - std::floor(x);
}

template <typename T>
void fill(Tensor& t, int k, uint64_t seed) {
    T* data = t.data<T>();
    for (int64_t i = 0; i < t.elementCount(); ++i) {
        const double u = unitValue(i, k, seed);
        if constexpr (std::is_floating_point_v<T>) data[i] = static_cast<T>(2 * u - 1);
        else if constexpr (std::is_same_v<T, bool>) data[i] = u >= 0.5;
        else data[i] = static_cast<T>(std::floor(10 * u));
    }
}

} // namespace

Result<Tensor> generateInput(const Value& input, int inputIndex, uint64_t seed) {
    if (!input.shape.isStatic()) {
        return Error("input '" + input.name + "' has shape " + input.shape.toString() +
                     "; give it fixed dims with --shape " + input.name + "=D0,D1,... or a file with --input");
    }
    Tensor t = Tensor::allocate(input.type, input.shape.staticSizes());
    switch (input.type) {
    case ElementType::Float32: fill<float>(t, inputIndex, seed); break;
    case ElementType::Float64: fill<double>(t, inputIndex, seed); break;
    case ElementType::Int64: fill<int64_t>(t, inputIndex, seed); break;
    case ElementType::Int32: fill<int32_t>(t, inputIndex, seed); break;
    case ElementType::Int8: fill<int8_t>(t, inputIndex, seed); break;
    case ElementType::UInt8: fill<uint8_t>(t, inputIndex, seed); break;
    case ElementType::Bool: fill<bool>(t, inputIndex, seed); break;
    default:
        return Error("input '" + input.name + "' has element type " + std::string(elementTypeName(input.type)) +
                     ", for which no inputs are generated; give a file with --input");
    }
    return t;
}

Result<std::map<std::string, Tensor>> generateInputs(const Graph& graph, uint64_t seed) {
    std::map<std::string, Tensor> inputs;
    int index = 0;
    for (ValueId id : graph.inputs()) {
        auto tensor = generateInput(graph.value(id), index++, seed);
        if (!tensor) return tensor.error();
        inputs[graph.value(id).name] = std::move(*tensor);
    }
    return inputs;
}

Status checkInput(const Value& input, const Tensor& given) {
    const std::string expected = std::string(elementTypeName(input.type)) + " " + input.shape.toString();
    const std::string got = std::string(elementTypeName(given.type())) + " " +
                            (given.rank() == 0 ? std::string("[]") : joinInts(given.dims(), "x"));
    bool matches = given.type() == input.type && (!input.shape.rankKnown() || input.shape.rank() == given.rank());
    for (std::size_t i = 0; matches && input.shape.rankKnown() && i < input.shape.rank(); ++i) {
        matches = !input.shape[i].isStatic() || input.shape[i].size() == given.dim(i);
    }
    if (matches) return {};
    return Error("input '" + input.name + "' is " + got + ", but the model expects " + expected);
}

} // namespace fusebox
