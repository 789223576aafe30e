#include "onnx/graph_shape_inference.h"

#include "onnx/input_shapes.h"
#include "onnx/ir_to_proto.h"
#include "onnx/proto_to_ir.h"

#include <unordered_map>

namespace fusebox {

namespace {

// Shape operands are a few elements; no weight is ever read by inference.
constexpr std::size_t kInferenceDataBytes = 64 * 1024;

// `known` with every unknown or symbolic dim that `inferred` knows better filled in;
// `known` itself when the ranks disagree.
Shape refined(const Shape& known, const Shape& inferred) {
    if (!inferred.rankKnown()) return known;
    if (!known.rankKnown()) return inferred;
    if (known.rank() != inferred.rank()) return known;
    std::vector<Dim> dims = known.dims();
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const Dim& better = inferred[i];
        if (!dims[i].isStatic() && (better.isStatic() || (dims[i].isUnknown() && better.isSymbolic()))) dims[i] = better;
    }
    return Shape(std::move(dims));
}

class ShapeRefiner {
public:
    std::size_t refine(Graph& graph, const onnx::GraphProto& proto) {
        std::unordered_map<std::string, const onnx::TypeProto*> inferred;
        for (const auto* infos : {&proto.input(), &proto.value_info(), &proto.output()}) {
            for (const onnx::ValueInfoProto& info : *infos) inferred.emplace(info.name(), &info.type());
        }
        for (ValueId id = 0; id < graph.valueCount(); ++id) {
            Value& value = graph.value(id);
            auto it = inferred.find(value.name);
            if (value.constant || value.fromOuterScope || it == inferred.end()) continue;
            refineValue(value, *it->second);
        }
        for (const onnx::NodeProto& node : proto.node()) refineBodies(graph, node);
        return changed_;
    }

private:
    void refineValue(Value& value, const onnx::TypeProto& type) {
        bool changed = false;
        if (const ElementType element = onnx_import::typeOf(type);
            value.type == ElementType::Undefined && element != ElementType::Undefined) {
            value.type = element;
            changed = true;
        }
        if (Shape shape = refined(value.shape, onnx_import::shapeOf(type)); shape != value.shape) {
            value.shape = std::move(shape);
            changed = true;
        }
        changed_ += changed;
    }

    // The writer names nodes with their IR names and keeps attribute names, so each body
    // is found again by node and attribute.
    void refineBodies(Graph& graph, const onnx::NodeProto& proto) {
        const auto id = graph.findNode(proto.name());
        if (!id) return;
        const Node& node = graph.node(*id);
        for (const onnx::AttributeProto& attribute : proto.attribute()) {
            const AttributeValue* value = node.attributes.find(attribute.name());
            if (!value) continue;
            if (const auto* body = std::get_if<std::shared_ptr<Graph>>(value); body && *body && attribute.has_g()) {
                refine(**body, attribute.g());
            }
            if (const auto* bodies = std::get_if<std::vector<std::shared_ptr<Graph>>>(value)) {
                for (int i = 0; i < attribute.graphs_size() && i < static_cast<int>(bodies->size()); ++i) {
                    if ((*bodies)[static_cast<std::size_t>(i)]) refine(*(*bodies)[static_cast<std::size_t>(i)], attribute.graphs(i));
                }
            }
        }
    }

    std::size_t changed_ = 0;
};

} // namespace

Result<std::size_t> refineShapes(Model& model) {
    auto proto = modelToProto(model, 0, kInferenceDataBytes);
    if (!proto) return proto.error().withContext("shape inference");
    if (Status status = onnx_import::inferShapes(*proto, onnx_import::Inference::BestEffort); !status) return status.error();
    return ShapeRefiner().refine(model.graph, proto->graph());
}

} // namespace fusebox
