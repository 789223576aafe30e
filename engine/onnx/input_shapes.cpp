#include "onnx/input_shapes.h"

#include "core/text.h"
#include "onnx/guarded_schemas.h"

#include <onnx/shape_inference/implementation.h>

namespace fusebox::onnx_import {

namespace {

std::unordered_set<std::string> initializerNames(const onnx::GraphProto& graph) {
    std::unordered_set<std::string> names;
    for (const onnx::TensorProto& init : graph.initializer()) names.insert(init.name());
    return names;
}

} // namespace

std::vector<const onnx::ValueInfoProto*> realInputs(const onnx::GraphProto& graph) {
    const auto initializers = initializerNames(graph);
    std::vector<const onnx::ValueInfoProto*> inputs;
    for (const onnx::ValueInfoProto& input : graph.input()) {
        if (!initializers.contains(input.name())) inputs.push_back(&input);
    }
    return inputs;
}

namespace {

std::string joinInputNames(const onnx::GraphProto& graph) {
    return joinWith(realInputs(graph),
                    [](const onnx::ValueInfoProto* input) { return std::string_view(input->name()); });
}

Status applyOne(onnx::GraphProto& graph, const std::string& name, const std::vector<int64_t>& dims) {
    const auto initializers = initializerNames(graph);
    for (onnx::ValueInfoProto& input : *graph.mutable_input()) {
        if (input.name() != name || initializers.contains(name)) continue;
        if (!input.type().has_tensor_type()) return Error("input '" + name + "' is not a tensor; its shape cannot be set");
        onnx::TensorShapeProto* shape = input.mutable_type()->mutable_tensor_type()->mutable_shape();
        const std::string given = "--shape " + name + "=" + joinInts(dims, ",");
        if (shape->dim_size() != 0 && shape->dim_size() != static_cast<int>(dims.size())) {
            return Error(given + " has rank " + std::to_string(dims.size()) + ", but input '" + name + "' has rank " +
                         std::to_string(shape->dim_size()));
        }
        if (shape->dim_size() == 0) {
            for (std::size_t i = 0; i < dims.size(); ++i) shape->add_dim();
        }
        for (std::size_t i = 0; i < dims.size(); ++i) {
            if (dims[i] <= 0) return Error(given + ": dim " + std::to_string(i) + " must be positive");
            onnx::TensorShapeProto_Dimension* dim = shape->mutable_dim(static_cast<int>(i));
            if (dim->has_dim_value() && dim->dim_value() != dims[i]) {
                return Error(given + " contradicts the model: dim " + std::to_string(i) + " of '" + name + "' is " +
                             std::to_string(dim->dim_value()));
            }
            dim->set_dim_value(dims[i]);
        }
        return {};
    }
    return Error("--shape names '" + name + "', but the model's inputs are: " + joinInputNames(graph));
}

} // namespace

Status applyInputShapes(onnx::ModelProto& model, const std::map<std::string, std::vector<int64_t>>& shapes) {
    for (const auto& [name, dims] : shapes) {
        if (Status status = applyOne(*model.mutable_graph(), name, dims); !status) return status;
    }
    return {};
}

namespace {

Status runInference(onnx::ModelProto& model, int errorMode, bool dataPropagation) {
    const onnx::ShapeInferenceOptions options(/*check_type=*/true, errorMode, dataPropagation);
    try {
        onnx::shape_inference::InferShapes(model, &guardedSchemas(), options);
    } catch (const std::exception& e) {
        return Error(std::string("shape inference failed: ") + e.what());
    }
    return {};
}

} // namespace

Status inferShapes(onnx::ModelProto& model, Inference mode) {
    if (mode == Inference::Strict) return runInference(model, /*errorMode=*/1, /*dataPropagation=*/true);
    // ONNX 1.12 lets errors of data-propagation functions escape even when node errors
    // are to be skipped (Concat's, on an empty folded shape operand), so such a model is
    // inferred again without data propagation, from a copy InferShapes has not touched.
    onnx::ModelProto copy = model;
    if (runInference(model, 0, true)) return {};
    model = std::move(copy);
    return runInference(model, 0, false);
}

} // namespace fusebox::onnx_import
