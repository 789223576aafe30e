#include "subgraph_builder.h"

#include "op_registry.h"
#include "runtime/layout.h"
#include "runtime/tensor.h"

#include "core/text.h"

#include <algorithm>
#include <cstring>

namespace fusebox::xnnpack {

namespace {

const char* statusName(xnn_status status) {
    switch (status) {
    case xnn_status_success: return "success";
    case xnn_status_uninitialized: return "XNNPACK is not initialised";
    case xnn_status_invalid_parameter: return "invalid parameter";
    case xnn_status_invalid_state: return "invalid state";
    case xnn_status_unsupported_parameter: return "unsupported parameter";
    case xnn_status_unsupported_hardware: return "unsupported hardware";
    case xnn_status_out_of_memory: return "out of memory";
    }
    return "unknown status";
}

std::string dimsText(const std::vector<std::size_t>& dims) {
    return joinBracketed(dims, [](std::size_t d) { return std::to_string(d); });
}

// A constant as a float32 tensor in the internal layout, its rank first raised to `rank`
// (leading 1s, as broadcasting aligns dims on the right).
std::optional<Tensor> internalConstant(const Graph& graph, ValueId id, std::size_t rank) {
    auto values = constantFloats(graph, id);
    if (!values) return std::nullopt;
    std::vector<int64_t> dims = graph.value(id).constant->dims();
    if (dims.size() < rank) dims.insert(dims.begin(), rank - dims.size(), 1);
    Tensor tensor = Tensor::fromValues<float>(ElementType::Float32, dims, *values);
    return dims.size() == 4 ? convertLayout(tensor, Layout::NCHW, Layout::NHWC) : tensor;
}

} // namespace

std::vector<std::size_t> internalDims(const std::vector<int64_t>& onnxDims) {
    std::vector<std::size_t> dims(onnxDims.begin(), onnxDims.end());
    if (dims.size() == 4) dims = {dims[0], dims[2], dims[3], dims[1]};
    return dims;
}

bool sameOrderInBothLayouts(const std::vector<int64_t>& dims) {
    return dims.size() != 4 || dims[1] == 1 || (dims[2] == 1 && dims[3] == 1);
}

std::vector<int64_t> staticDims(const Graph& graph, ValueId id) {
    const Value& value = graph.value(id);
    return value.constant ? value.constant->dims() : value.shape.staticSizes();
}

std::optional<std::vector<float>> constantFloats(const Graph& graph, ValueId id) {
    const Value& value = graph.value(id);
    if (!value.constant) return std::nullopt;
    if (value.constant->type() == ElementType::Float32) return value.constant->values<float>();
    if (value.constant->type() == ElementType::Float64) {
        const std::vector<double> wide = value.constant->values<double>();
        return std::vector<float>(wide.begin(), wide.end());
    }
    return std::nullopt;
}

std::optional<std::vector<int64_t>> constantInts(const Graph& graph, ValueId id) {
    const Value& value = graph.value(id);
    if (!value.constant) return std::nullopt;
    if (value.constant->type() == ElementType::Int64) return value.constant->values<int64_t>();
    if (value.constant->type() == ElementType::Int32) {
        const std::vector<int32_t> narrow = value.constant->values<int32_t>();
        return std::vector<int64_t>(narrow.begin(), narrow.end());
    }
    return std::nullopt;
}

SubgraphBuilder::SubgraphBuilder(const Graph& graph, const SubgraphOp& op, int64_t opset)
    : graph_(graph), op_(op), opset_(opset), ids_(graph.valueCount(), XNN_INVALID_VALUE_ID) {}

SubgraphBuilder::~SubgraphBuilder() {
    if (subgraph_) xnn_delete_subgraph(subgraph_);
}

Result<BuiltSubgraph> SubgraphBuilder::build() {
    const auto externals = static_cast<uint32_t>(op_.inputs.size() + op_.outputs.size());
    if (xnn_status status = xnn_create_subgraph(externals, 0, &subgraph_); status != xnn_status_success) {
        return Error(std::string("xnn_create_subgraph: ") + statusName(status), ErrorKind::Failed);
    }
    for (ValueId id : op_.inputs) {
        auto xnnId = value(id);
        if (!xnnId) return xnnId.error();
        built_.inputIds.push_back(*xnnId);
        built_.inputDims.push_back(graph_.value(id).shape.staticSizes());
    }
    for (NodeId id : op_.nodes) {
        const Node& node = graph_.node(id);
        const OpTranslator* translator = findOp(node.opType);
        if (!translator) return Error(node.opType + " '" + node.name + "': XNNPACK has no node for it", ErrorKind::Failed);
        if (const Support support = translator->check(graph_, node, opset_); !support.accepted) {
            return Error(support.reason + " (node '" + node.name + "')", ErrorKind::Failed);
        }
        if (Status status = translator->define(*this, node); !status) return status.error();
    }
    for (ValueId id : op_.outputs) {
        if (ids_[id] == XNN_INVALID_VALUE_ID) return Error("output '" + graph_.value(id).name + "' is not produced", ErrorKind::Failed);
        built_.outputIds.push_back(ids_[id]);
        built_.outputDims.push_back(graph_.value(id).shape.staticSizes());
    }
    for (auto* list : {&built_.inputDims, &built_.outputDims}) { // as the executor hands them over: NHWC when rank 4
        for (auto& dims : *list) {
            const std::vector<std::size_t> internal = internalDims(dims);
            dims.assign(internal.begin(), internal.end());
        }
    }
    built_.subgraph = std::exchange(subgraph_, nullptr);
    return std::move(built_);
}

Result<uint32_t> SubgraphBuilder::define(const std::vector<std::size_t>& dims, const void* data, uint32_t externalId,
                                         uint32_t flags, std::string label) {
    uint32_t id = XNN_INVALID_VALUE_ID;
    const xnn_status status =
        xnn_define_tensor_value(subgraph_, xnn_datatype_fp32, dims.size(), dims.data(), data, externalId, flags, &id);
    if (status != xnn_status_success) {
        return Error("xnn_define_tensor_value " + dimsText(dims) + " for " + label + ": " + statusName(status), ErrorKind::Failed);
    }
    std::string line = "v";
    line.append(std::to_string(id));
    built_.valueLines.push_back(line.append(" ").append(dimsText(dims)).append(" ").append(label));
    return id;
}

Result<uint32_t> SubgraphBuilder::value(ValueId id) {
    if (ids_[id] != XNN_INVALID_VALUE_ID) return ids_[id];
    const Value& v = graph_.value(id);
    Result<uint32_t> defined = Error("");
    if (v.constant) {
        defined = broadcastOperand(id, v.constant->dims().size());
    } else {
        const auto input = std::find(op_.inputs.begin(), op_.inputs.end(), id);
        const auto output = std::find(op_.outputs.begin(), op_.outputs.end(), id);
        uint32_t externalId = XNN_INVALID_VALUE_ID, flags = 0;
        std::string label = "'" + v.name + "'";
        if (input != op_.inputs.end()) {
            externalId = static_cast<uint32_t>(input - op_.inputs.begin());
            flags = XNN_VALUE_FLAG_EXTERNAL_INPUT;
            label = "external input " + label;
        } else if (output != op_.outputs.end()) {
            externalId = static_cast<uint32_t>(op_.inputs.size() + (output - op_.outputs.begin()));
            flags = XNN_VALUE_FLAG_EXTERNAL_OUTPUT;
            label = "external output " + label;
        }
        defined = define(internalDims(v.shape.staticSizes()), nullptr, externalId, flags, label);
    }
    if (defined) ids_[id] = *defined;
    return defined;
}

Result<SubgraphBuilder::InOut> SubgraphBuilder::inputAndOutput(const Node& node) {
    auto input = value(node.inputs[0]);
    if (!input) return input.error();
    auto output = value(node.outputs[0]);
    if (!output) return output.error();
    return InOut{*input, *output};
}

Result<uint32_t> SubgraphBuilder::staticTensor(const std::vector<float>& data, const std::vector<std::size_t>& dims,
                                               const std::string& label) {
    const std::size_t padding = XNN_EXTRA_BYTES / sizeof(float);
    auto& buffer = built_.staticData.emplace_back(new float[data.size() + padding]());
    if (!data.empty()) std::memcpy(buffer.get(), data.data(), data.size() * sizeof(float));
    return define(dims, buffer.get(), XNN_INVALID_VALUE_ID, 0, "static " + label);
}

Result<uint32_t> SubgraphBuilder::temporary(const std::vector<std::size_t>& dims, const std::string& label) {
    return define(dims, nullptr, XNN_INVALID_VALUE_ID, 0, "internal " + label);
}

Result<uint32_t> SubgraphBuilder::broadcastOperand(ValueId id, std::size_t outputRank) {
    const Value& v = graph_.value(id);
    if (v.constant) {
        auto tensor = internalConstant(graph_, id, outputRank);
        if (!tensor) return Error("constant '" + v.name + "' is not float32", ErrorKind::Failed);
        return staticTensor(std::vector<float>(tensor->data<float>(), tensor->data<float>() + tensor->elementCount()),
                            std::vector<std::size_t>(tensor->dims().begin(), tensor->dims().end()), "constant '" + v.name + "'");
    }
    std::vector<int64_t> dims = staticDims(graph_, id);
    if (outputRank != 4 || dims.size() == 4) return value(id);
    dims.insert(dims.begin(), 4 - dims.size(), 1);
    auto source = value(id);
    if (!source) return source;
    const std::vector<std::size_t> shape = internalDims(dims);
    auto raised = temporary(shape, "'" + v.name + "' as rank 4");
    if (!raised) return raised;
    const xnn_status status = xnn_define_static_reshape(subgraph_, shape.size(), shape.data(), *source, *raised, 0);
    if (status != xnn_status_success) return Error("static_reshape of '" + v.name + "': " + statusName(status), ErrorKind::Failed);
    built_.nodeLines.push_back("static_reshape " + dimsText(shape) + " (rank 4 for broadcasting '" + v.name + "')");
    return raised;
}

Status SubgraphBuilder::check(xnn_status status, const Node& node, const char* call) {
    if (status == xnn_status_success) return {};
    return Error(node.opType + " '" + node.name + "': " + call + " failed: " + statusName(status), ErrorKind::Failed);
}

void SubgraphBuilder::note(const Node& node, const std::string& xnnNode) {
    built_.nodeLines.push_back(xnnNode + " <- " + node.opType + " '" + node.name + "'");
}

} // namespace fusebox::xnnpack
