#include "onnx/ir_to_proto.h"

#include "core/file_io.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>
#include <variant>

namespace fusebox {

namespace {

template <typename... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang before 17 does not deduce aggregate template arguments by itself.
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// Moves a successful result into `target`, or passes the error on.
template <typename T>
Status moveInto(Result<T> result, T& target) {
    if (!result) return result.error();
    target = std::move(*result);
    return {};
}

bool isInitializer(const Value& value) {
    return value.constant && value.producer == kNoNode && !value.fromOuterScope;
}

onnx::ValueInfoProto valueInfo(const Value& value) {
    onnx::ValueInfoProto info;
    info.set_name(value.name);
    if (value.type == ElementType::Undefined) return info;
    onnx::TypeProto::Tensor& tensor = *info.mutable_type()->mutable_tensor_type();
    tensor.set_elem_type(static_cast<int32_t>(value.type));
    if (!value.shape.rankKnown()) return info;
    onnx::TensorShapeProto& shape = *tensor.mutable_shape(); // present even for a scalar
    for (const Dim& dim : value.shape.dims()) {
        onnx::TensorShapeProto::Dimension& written = *shape.add_dim();
        if (dim.isStatic()) written.set_dim_value(dim.size());
        else if (dim.isSymbolic()) written.set_dim_param(dim.symbol());
    }
    return info;
}

Result<onnx::TensorProto> tensorToProto(const TensorData& data, const std::string& name) {
    onnx::TensorProto tensor;
    tensor.set_name(name);
    tensor.set_data_type(static_cast<int32_t>(data.type()));
    for (int64_t dim : data.dims()) tensor.add_dims(dim);
    if (data.type() == ElementType::Undefined) return Error("tensor '" + name + "' has no element type");
    if (data.type() == ElementType::String) {
        if (data.elementCount() == 0) return tensor;
        return Error("string tensor '" + name + "' cannot be written: the IR does not keep string contents");
    }
    tensor.set_raw_data(data.bytes().data(), data.bytes().size());
    return tensor;
}

std::string nameOf(const Graph& graph, ValueId id) {
    return id == kNoValue ? std::string() : graph.value(id).name;
}

// Writes one graph; nested graphs are written by the same writer, for the same IR version.
class GraphWriter {
public:
    GraphWriter(int64_t irVersion, std::size_t maxInitializerBytes)
        : listConstantsAsInputs_(irVersion <= 3), maxInitializerBytes_(maxInitializerBytes) {}

    Result<onnx::GraphProto> write(const Graph& graph, const std::string& name) const {
        auto order = graph.topologicalOrder();
        if (!order) return order.error();

        onnx::GraphProto proto;
        proto.set_name(name);
        for (ValueId id : graph.inputs()) *proto.add_input() = valueInfo(graph.value(id));
        if (Status status = writeConstants(graph, proto); !status) return status.error();
        for (NodeId id : *order) {
            if (Status status = moveInto(writeNode(graph, graph.node(id)), *proto.add_node()); !status) {
                return status.error();
            }
        }
        for (ValueId id : graph.outputs()) *proto.add_output() = valueInfo(graph.value(id));
        writeValueInfo(graph, *order, proto);
        return proto;
    }

private:
    // Every constant, also those no node reads: a value read only inside an If/Loop body
    // has no consumers in this graph.
    Status writeConstants(const Graph& graph, onnx::GraphProto& proto) const {
        for (ValueId id = 0; id < graph.valueCount(); ++id) {
            const Value& value = graph.value(id);
            if (!isInitializer(value)) continue;
            if (!writesData(*value.constant)) {
                *proto.add_input() = valueInfo(value);
                continue;
            }
            if (Status status = moveInto(tensorToProto(*value.constant, value.name), *proto.add_initializer());
                !status) {
                return status;
            }
            if (listConstantsAsInputs_) *proto.add_input() = valueInfo(value);
        }
        return {};
    }

    // Node outputs with a known type that the output list does not already declare.
    static void writeValueInfo(const Graph& graph, const std::vector<NodeId>& order, onnx::GraphProto& proto) {
        const std::unordered_set<ValueId> outputs(graph.outputs().begin(), graph.outputs().end());
        for (NodeId id : order) {
            for (ValueId output : graph.node(id).outputs) {
                if (output == kNoValue || outputs.contains(output)) continue;
                if (graph.value(output).type == ElementType::Undefined) continue;
                *proto.add_value_info() = valueInfo(graph.value(output));
            }
        }
    }

    Result<onnx::NodeProto> writeNode(const Graph& graph, const Node& node) const {
        onnx::NodeProto proto;
        proto.set_name(node.name);
        proto.set_op_type(node.opType);
        if (!node.domain.empty()) proto.set_domain(node.domain);
        for (ValueId id : node.inputs) proto.add_input(nameOf(graph, id));
        for (ValueId id : node.outputs) proto.add_output(nameOf(graph, id));
        for (const Attribute& attribute : node.attributes.all()) {
            if (Status status = moveInto(writeAttribute(attribute, node.name), *proto.add_attribute()); !status) {
                return status.error().withContext("node '" + node.name + "' (" + node.opType + ")").atNode(node.name);
            }
        }
        return proto;
    }

    Result<onnx::AttributeProto> writeAttribute(const Attribute& attribute, const std::string& nodeName) const {
        using A = onnx::AttributeProto;
        A proto;
        proto.set_name(attribute.name);
        const std::string bodyName = nodeName + "_" + attribute.name;
        const Status status = std::visit(
            Overloaded{
                [&](int64_t v) { proto.set_type(A::INT); proto.set_i(v); return Status(); },
                [&](float v) { proto.set_type(A::FLOAT); proto.set_f(v); return Status(); },
                [&](const std::string& v) { proto.set_type(A::STRING); proto.set_s(v); return Status(); },
                [&](const std::vector<int64_t>& v) {
                    proto.set_type(A::INTS);
                    proto.mutable_ints()->Add(v.begin(), v.end());
                    return Status();
                },
                [&](const std::vector<float>& v) {
                    proto.set_type(A::FLOATS);
                    proto.mutable_floats()->Add(v.begin(), v.end());
                    return Status();
                },
                [&](const std::vector<std::string>& v) {
                    proto.set_type(A::STRINGS);
                    for (const std::string& s : v) proto.add_strings(s);
                    return Status();
                },
                [&](const TensorData& v) {
                    proto.set_type(A::TENSOR);
                    return moveInto(tensorToProto(v, ""), *proto.mutable_t());
                },
                [&](const std::vector<TensorData>& v) {
                    proto.set_type(A::TENSORS);
                    for (const TensorData& t : v) {
                        if (Status s = moveInto(tensorToProto(t, ""), *proto.add_tensors()); !s) return s;
                    }
                    return Status();
                },
                [&](const std::shared_ptr<Graph>& body) {
                    proto.set_type(A::GRAPH);
                    return writeBody(body, bodyName, *proto.mutable_g());
                },
                [&](const std::vector<std::shared_ptr<Graph>>& bodies) {
                    proto.set_type(A::GRAPHS);
                    for (std::size_t i = 0; i < bodies.size(); ++i) {
                        const std::string name = bodyName + "_" + std::to_string(i);
                        if (Status s = writeBody(bodies[i], name, *proto.add_graphs()); !s) return s;
                    }
                    return Status();
                },
            },
            attribute.value);
        if (!status) return status.error().withContext("attribute '" + attribute.name + "'");
        return proto;
    }

    Status writeBody(const std::shared_ptr<Graph>& body, const std::string& name, onnx::GraphProto& target) const {
        if (!body) return Error("the graph is missing");
        return moveInto(write(*body, name), target);
    }

    bool writesData(const TensorData& data) const {
        if (maxInitializerBytes_ == kAllConstantData) return true; // strings then fail, saying why
        return data.type() != ElementType::String && data.bytes().size() <= maxInitializerBytes_;
    }

    bool listConstantsAsInputs_;
    std::size_t maxInitializerBytes_;
};

std::string graphNameOf(const Model& model) {
    const std::string stem = std::filesystem::path(model.path).stem().string();
    return stem.empty() ? std::string("main") : stem;
}

} // namespace

Result<onnx::GraphProto> graphToProto(const Graph& graph, const std::string& name, int64_t irVersion,
                                      std::size_t maxInitializerBytes) {
    return GraphWriter(irVersion, maxInitializerBytes).write(graph, name);
}

Result<onnx::ModelProto> modelToProto(const Model& model, int64_t minIrVersion, std::size_t maxInitializerBytes) {
    const int64_t own = model.irVersion > 0 ? model.irVersion : static_cast<int64_t>(onnx::IR_VERSION);
    const int64_t irVersion = std::max(own, minIrVersion);
    onnx::ModelProto proto;
    if (Status status = moveInto(graphToProto(model.graph, graphNameOf(model), irVersion, maxInitializerBytes),
                                      *proto.mutable_graph());
        !status) {
        return status.error();
    }
    proto.set_ir_version(irVersion);
    proto.set_producer_name(model.producerName);
    proto.set_producer_version(model.producerVersion);
    for (const auto& [domain, version] : model.opsets) {
        onnx::OperatorSetIdProto& opset = *proto.add_opset_import();
        opset.set_domain(domain);
        opset.set_version(version);
    }
    return proto;
}

Status saveModel(const onnx::ModelProto& model, const std::string& path) {
    std::string bytes;
    if (!model.SerializeToString(&bytes)) {
        return Error("cannot write '" + path + "': the model does not serialise (protobuf is limited to 2 GiB)",
                     ErrorKind::Failed);
    }
    return writeFileAtomically(path, bytes);
}

} // namespace fusebox
