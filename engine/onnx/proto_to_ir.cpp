#include "onnx/proto_to_ir.h"

#include <onnx/defs/schema.h>

#include <cstring>
#include <unordered_map>

namespace fusebox::onnx_import {

namespace {

// Copies a typed protobuf field into packed little-endian elements of `type`.
template <typename Stored, typename Field>
std::vector<std::byte> packField(const Field& field, std::size_t elementBytes) {
    std::vector<std::byte> bytes(static_cast<std::size_t>(field.size()) * elementBytes);
    std::size_t offset = 0;
    for (const auto& item : field) {
        const auto narrowed = static_cast<Stored>(item);
        std::memcpy(bytes.data() + offset, &narrowed, elementBytes);
        offset += elementBytes;
    }
    return bytes;
}

std::vector<std::byte> typedFieldBytes(const onnx::TensorProto& tensor, ElementType type) {
    const std::size_t size = elementSize(type);
    switch (type) {
    case ElementType::Float32:
    case ElementType::Complex64: return packField<float>(tensor.float_data(), 4);
    case ElementType::Float64:
    case ElementType::Complex128: return packField<double>(tensor.double_data(), 8);
    case ElementType::Int64: return packField<int64_t>(tensor.int64_data(), 8);
    case ElementType::UInt32:
    case ElementType::UInt64: return packField<uint64_t>(tensor.uint64_data(), size);
    // ONNX stores every narrower type (and float16 bit patterns) one per int32.
    default: return packField<uint32_t>(tensor.int32_data(), size);
    }
}

class GraphConverter {
public:
    GraphConverter(ConvertContext& context, const Graph* outer) : context_(context), outer_(outer) {}

    Result<Graph> convert(const onnx::GraphProto& proto) {
        for (const auto* infos : {&proto.input(), &proto.value_info(), &proto.output()}) {
            for (const onnx::ValueInfoProto& info : *infos) declared_.emplace(info.name(), &info);
        }
        for (const onnx::TensorProto& init : proto.initializer()) {
            auto data = convertTensor(init, context_);
            if (!data) return data.error();
            const ValueId id = declare(init.name());
            Value& value = graph_.value(id);
            value.type = data->type();
            value.shape = Shape::of(data->dims());
            value.constant = std::move(*data);
        }
        for (const onnx::ValueInfoProto& input : proto.input()) {
            const ValueId id = declare(input.name());
            if (!graph_.value(id).constant) graph_.addInput(id);
        }
        // Explicit names are reserved first so a derived name never takes one.
        for (const onnx::NodeProto& node : proto.node()) {
            if (!node.name().empty()) graph_.reserveNodeName(node.name());
        }
        for (const onnx::NodeProto& node : proto.node()) {
            if (Status status = addNode(node); !status) return status.error();
        }
        for (const onnx::ValueInfoProto& output : proto.output()) graph_.addOutput(use(output.name()));
        return std::move(graph_);
    }

private:
    // A value defined in this graph (input, initializer or node output).
    ValueId declare(const std::string& name) {
        const ValueId id = graph_.addValue(name);
        if (auto it = declared_.find(name); it != declared_.end()) {
            Value& value = graph_.value(id);
            value.type = typeOf(it->second->type());
            value.shape = shapeOf(it->second->type());
        }
        return id;
    }

    // A value read by a node. The checker guarantees topological order, so an unknown
    // name here comes from an enclosing graph.
    ValueId use(const std::string& name) {
        if (auto existing = graph_.findValue(name)) return *existing;
        const ValueId id = declare(name);
        Value& value = graph_.value(id);
        value.fromOuterScope = true;
        if (outer_) {
            if (auto outerId = outer_->findValue(name)) {
                value.type = outer_->value(*outerId).type;
                value.shape = outer_->value(*outerId).shape;
            }
        }
        return id;
    }

    Status addNode(const onnx::NodeProto& proto) {
        NodeSpec spec;
        spec.opType = proto.op_type();
        spec.domain = proto.domain() == "ai.onnx" ? std::string() : proto.domain();
        spec.name = proto.name();
        for (const std::string& input : proto.input()) spec.inputs.push_back(input.empty() ? kNoValue : use(input));
        for (const std::string& output : proto.output()) spec.outputs.push_back(output.empty() ? kNoValue : declare(output));
        for (const onnx::AttributeProto& attribute : proto.attribute()) {
            auto value = convertAttribute(attribute);
            if (!value) {
                const std::string label = "node '" + proto.name() + "' (" + proto.op_type() + ")";
                return value.error().withContext(label).atNode(proto.name());
            }
            spec.attributes.set(attribute.name(), std::move(*value));
        }
        const auto opset = context_.opsets.find(spec.domain);
        const int version = opset == context_.opsets.end() ? 1 : static_cast<int>(opset->second);
        spec.knownOp = onnx::OpSchemaRegistry::Schema(spec.opType, version, spec.domain) != nullptr;
        graph_.addNode(std::move(spec));
        return {};
    }

    Result<std::shared_ptr<Graph>> convertBody(const onnx::GraphProto& body) {
        auto nested = GraphConverter(context_, &graph_).convert(body);
        if (!nested) return nested.error();
        return std::make_shared<Graph>(std::move(*nested));
    }

    Result<AttributeValue> convertAttribute(const onnx::AttributeProto& a) {
        using A = onnx::AttributeProto;
        switch (a.type()) {
        case A::INT: return AttributeValue(static_cast<int64_t>(a.i()));
        case A::FLOAT: return AttributeValue(a.f());
        case A::STRING: return AttributeValue(a.s());
        case A::INTS: return AttributeValue(std::vector<int64_t>(a.ints().begin(), a.ints().end()));
        case A::FLOATS: return AttributeValue(std::vector<float>(a.floats().begin(), a.floats().end()));
        case A::STRINGS: return AttributeValue(std::vector<std::string>(a.strings().begin(), a.strings().end()));
        case A::TENSOR: {
            auto tensor = convertTensor(a.t(), context_);
            if (!tensor) return tensor.error();
            return AttributeValue(std::move(*tensor));
        }
        case A::TENSORS: {
            std::vector<TensorData> tensors;
            for (const onnx::TensorProto& t : a.tensors()) {
                auto tensor = convertTensor(t, context_);
                if (!tensor) return tensor.error();
                tensors.push_back(std::move(*tensor));
            }
            return AttributeValue(std::move(tensors));
        }
        case A::GRAPH: {
            auto body = convertBody(a.g());
            if (!body) return body.error();
            return AttributeValue(std::move(*body));
        }
        case A::GRAPHS: {
            std::vector<std::shared_ptr<Graph>> bodies;
            for (const onnx::GraphProto& g : a.graphs()) {
                auto body = convertBody(g);
                if (!body) return body.error();
                bodies.push_back(std::move(*body));
            }
            return AttributeValue(std::move(bodies));
        }
        default:
            return Error("attribute '" + a.name() + "' has type " + A::AttributeType_Name(a.type()) +
                         ", which is not supported");
        }
    }

    ConvertContext& context_;
    const Graph* outer_;
    Graph graph_;
    std::unordered_map<std::string, const onnx::ValueInfoProto*> declared_;
};

} // namespace

namespace {

// ONNX shape inference names each dim it cannot know "unk__<n>": a fresh name that says
// only "unknown", so it is read as that.
bool isInventedSymbol(const std::string& symbol) { return symbol.starts_with("unk__"); }

} // namespace

Shape shapeOf(const onnx::TypeProto& type) {
    if (!type.has_tensor_type() || !type.tensor_type().has_shape()) return Shape();
    std::vector<Dim> dims;
    for (const auto& dim : type.tensor_type().shape().dim()) {
        if (dim.has_dim_value()) dims.push_back(Dim::fixed(dim.dim_value()));
        else if (dim.has_dim_param() && !dim.dim_param().empty() && !isInventedSymbol(dim.dim_param())) {
            dims.push_back(Dim::symbolic(dim.dim_param()));
        } else dims.push_back(Dim());
    }
    return Shape(std::move(dims));
}

ElementType typeOf(const onnx::TypeProto& type) {
    if (!type.has_tensor_type()) return ElementType::Undefined; // sequences, maps, optionals
    return elementTypeFromOnnx(type.tensor_type().elem_type()).value_or(ElementType::Undefined);
}

Result<TensorData> convertTensor(const onnx::TensorProto& tensor, ConvertContext& context) {
    const auto type = elementTypeFromOnnx(tensor.data_type());
    if (!type || *type == ElementType::Undefined) {
        return Error("tensor '" + tensor.name() + "' has unknown data type " + std::to_string(tensor.data_type()));
    }
    std::vector<int64_t> dims(tensor.dims().begin(), tensor.dims().end());
    // Checked, so a product that wraps cannot match a small payload (a .pb file's dims).
    const std::optional<int64_t> count = checkedElementCount(dims);
    if (!count) {
        return Error("tensor '" + tensor.name() + "': dims " + Shape::of(dims).toString() +
                     " are negative or hold more than 2^48 elements");
    }
    if (*type == ElementType::String) return TensorData(*type, std::move(dims), {}, nullptr);

    TensorData data;
    if (isExternal(tensor)) {
        if (!context.externalData) return Error("tensor '" + tensor.name() + "' uses external data");
        auto bytes = context.externalData->bytesOf(tensor);
        if (!bytes) return bytes.error();
        data = TensorData(*type, std::move(dims), bytes->bytes, bytes->owner);
    } else if (tensor.has_raw_data()) {
        const std::string& raw = tensor.raw_data();
        data = TensorData(*type, std::move(dims), std::as_bytes(std::span(raw.data(), raw.size())), context.keepAlive);
    } else {
        data = TensorData::fromBytes(*type, std::move(dims), typedFieldBytes(tensor, *type));
    }
    const auto expected = static_cast<std::size_t>(*count) * elementSize(*type);
    if (data.bytes().size() != expected) {
        return Error("tensor '" + tensor.name() + "' holds " + std::to_string(data.bytes().size()) +
                     " bytes, but its shape needs " + std::to_string(expected));
    }
    return data;
}

Result<Graph> convertGraph(const onnx::GraphProto& proto, ConvertContext& context, const Graph* outer) {
    return GraphConverter(context, outer).convert(proto);
}

} // namespace fusebox::onnx_import
