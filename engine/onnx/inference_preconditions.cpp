#include "onnx/inference_preconditions.h"

#include "ir/element_type.h"
#include "ir/shape.h"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fusebox::onnx_import {
namespace {

// Values of the typed repeated field a tensor of this type keeps its data in, when the
// data is not raw; -1 for types without one here (they are left to the converter).
int64_t typedValueCount(const onnx::TensorProto& tensor) {
    switch (tensor.data_type()) {
    case onnx::TensorProto::FLOAT: return tensor.float_data_size();
    case onnx::TensorProto::DOUBLE: return tensor.double_data_size();
    case onnx::TensorProto::INT64: return tensor.int64_data_size();
    case onnx::TensorProto::UINT64: case onnx::TensorProto::UINT32: return tensor.uint64_data_size();
    case onnx::TensorProto::INT32: case onnx::TensorProto::INT16: case onnx::TensorProto::INT8:
    case onnx::TensorProto::UINT16: case onnx::TensorProto::UINT8: case onnx::TensorProto::BOOL:
    case onnx::TensorProto::FLOAT16: case onnx::TensorProto::BFLOAT16: return tensor.int32_data_size();
    case onnx::TensorProto::STRING: return tensor.string_data_size();
    default: return -1;
    }
}

// `where` is "" for an initializer, "node 'n' (Op): " for a node's attribute.
Status checkTensor(const onnx::TensorProto& tensor, const std::string& where) {
    const std::string what = where + "tensor '" + tensor.name() + "'";
    if (tensor.data_location() == onnx::TensorProto::EXTERNAL) return {}; // checked when the file is read
    const std::vector<int64_t> dims(tensor.dims().begin(), tensor.dims().end());
    const std::optional<int64_t> count = checkedElementCount(dims);
    if (!count) {
        return Error(what + ": dims " + Shape::of(dims).toString() + " are negative or hold more than 2^48 elements");
    }
    if (tensor.has_raw_data()) {
        const std::optional<ElementType> type = elementTypeFromOnnx(tensor.data_type());
        const std::size_t size = type ? elementSize(*type) : 0;
        if (size == 0) return {}; // strings and unknown types have no raw form to check
        const std::size_t needed = static_cast<std::size_t>(*count) * size;
        if (tensor.raw_data().size() != needed) {
            return Error(what + " holds " + std::to_string(tensor.raw_data().size()) + " bytes, but its shape needs " +
                         std::to_string(needed));
        }
        return {};
    }
    const int64_t values = typedValueCount(tensor);
    if (values >= 0 && values != *count && !(values == 0 && *count > 0 && tensor.data_type() == onnx::TensorProto::STRING)) {
        return Error(what + " holds " + std::to_string(values) + " values, but its shape needs " + std::to_string(*count));
    }
    return {};
}

bool isConvOrPool(std::string_view op) {
    static constexpr std::array<std::string_view, 9> kOps{"Conv", "ConvTranspose", "ConvInteger", "QLinearConv",
                                                          "MaxPool", "AveragePool", "LpPool", "MaxUnpool", "DeformConv"};
    for (std::string_view known : kOps) {
        if (known == op) return true;
    }
    return false;
}

Status checkConvAttributes(const onnx::NodeProto& node, const std::string& where) {
    for (const onnx::AttributeProto& attribute : node.attribute()) {
        const std::string& name = attribute.name();
        const bool positive = name == "strides" || name == "dilations" || name == "kernel_shape";
        const bool nonNegative = name == "pads" || name == "output_padding";
        if (!positive && !nonNegative) continue;
        for (int64_t value : attribute.ints()) {
            if (positive ? value <= 0 : value < 0) {
                return Error(where + ": attribute " + name + " has " + std::to_string(value) + "; expected " +
                             (positive ? "values of at least 1" : "values of at least 0"));
            }
        }
    }
    return {};
}

// The ranks the graph declares for its inputs, value_info and initializers, by name.
std::map<std::string, int> declaredRanks(const onnx::GraphProto& graph) {
    std::map<std::string, int> ranks;
    const auto add = [&](const onnx::ValueInfoProto& info) {
        if (info.type().has_tensor_type() && info.type().tensor_type().has_shape()) {
            ranks[info.name()] = info.type().tensor_type().shape().dim_size();
        }
    };
    for (const onnx::ValueInfoProto& info : graph.input()) add(info);
    for (const onnx::ValueInfoProto& info : graph.value_info()) add(info);
    for (const onnx::TensorProto& tensor : graph.initializer()) ranks[tensor.name()] = tensor.dims_size();
    return ranks;
}

// The input holding a convolution's weights; -1 for ops without one.
int weightInputOf(std::string_view op) {
    if (op == "QLinearConv") return 3;
    if (op == "Conv" || op == "ConvInteger" || op == "ConvTranspose" || op == "DeformConv") return 1;
    return -1;
}

// Without kernel_shape, ONNX takes the kernel from the weight's dims and indexes vectors
// sized by the data's rank with it: a weight of another rank reads out of bounds.
Status checkWeightRank(const onnx::NodeProto& node, const std::map<std::string, int>& ranks, const std::string& where) {
    const int weight = weightInputOf(node.op_type());
    if (weight < 0 || node.input_size() <= weight) return {};
    const auto data = ranks.find(node.input(0));
    const auto weights = ranks.find(node.input(weight));
    if (data == ranks.end() || weights == ranks.end() || data->second == weights->second) return {};
    return Error(where + ": weight '" + node.input(weight) + "' has rank " + std::to_string(weights->second) +
                 ", input '" + node.input(0) + "' rank " + std::to_string(data->second) + "; expected the same rank");
}

} // namespace

Status checkInferencePreconditions(const onnx::GraphProto& graph) {
    for (const onnx::TensorProto& tensor : graph.initializer()) {
        if (Status s = checkTensor(tensor, ""); !s) return s;
    }
    const std::map<std::string, int> ranks = declaredRanks(graph);
    for (const onnx::NodeProto& node : graph.node()) {
        const std::string where = "node '" + node.name() + "' (" + node.op_type() + ")";
        if (node.domain().empty() || node.domain() == "ai.onnx") {
            if (isConvOrPool(node.op_type())) {
                if (Status s = checkConvAttributes(node, where); !s) return s.error().atNode(node.name());
                if (Status s = checkWeightRank(node, ranks, where); !s) return s.error().atNode(node.name());
            }
        }
        for (const onnx::AttributeProto& attribute : node.attribute()) {
            if (attribute.has_t()) {
                if (Status s = checkTensor(attribute.t(), where + ": "); !s) {
                    return s.error().atNode(node.name());
                }
            }
            for (const onnx::TensorProto& tensor : attribute.tensors()) {
                if (Status s = checkTensor(tensor, where + ": "); !s) return s.error().atNode(node.name());
            }
            if (attribute.has_g()) {
                if (Status s = checkInferencePreconditions(attribute.g()); !s) return s;
            }
            for (const onnx::GraphProto& body : attribute.graphs()) {
                if (Status s = checkInferencePreconditions(body); !s) return s;
            }
        }
    }
    return {};
}

} // namespace fusebox::onnx_import
