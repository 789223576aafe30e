#include "onnx/model_file.h"

#include <onnx/checker.h>
#include <onnx/defs/schema.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>

namespace fusebox::onnx_import {

namespace fs = std::filesystem;

Result<std::shared_ptr<onnx::ModelProto>> readModelFile(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) return Error("no such file");
    if (fs::is_directory(status)) return Error("is a directory, expected an ONNX model file");
    if (!fs::is_regular_file(status)) return Error("is not a regular file, expected an ONNX model file");

    const auto size = fs::file_size(path, ec);
    if (ec) return Error("cannot read the file size: " + ec.message());
    if (size == 0) return Error("the file is empty, expected an ONNX model");
    if (size > static_cast<std::uintmax_t>(std::numeric_limits<int>::max())) {
        return Error("the file is larger than 2 GiB; such models keep their weights in external data files");
    }

    std::ifstream in(path, std::ios::binary);
    if (!in) return Error("cannot open the file for reading");
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return Error("cannot read the file");

    auto model = std::make_shared<onnx::ModelProto>();
    if (!model->ParseFromString(bytes)) {
        return Error("not a valid ONNX model: the protobuf does not parse (truncated or corrupt file?)");
    }
    // Random bytes and other protobuf messages sometimes parse; a model has both.
    if (model->ir_version() <= 0 || !model->has_graph()) {
        return Error("parses as protobuf but is not an ONNX model (no ir_version or no graph); "
                     "is it a tensor (.pb) or another protobuf file?");
    }
    return model;
}

Status checkVersions(const onnx::ModelProto& model) {
    if (model.ir_version() > onnx::IR_VERSION) {
        return Error("IR version " + std::to_string(model.ir_version()) + " is newer than this build supports (" +
                     std::to_string(onnx::IR_VERSION) + ")");
    }
    if (model.ir_version() >= 3 && model.opset_import_size() == 0) {
        return Error("the model imports no opset; expected at least the default domain");
    }
    const auto& known = onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map();
    for (const onnx::OperatorSetIdProto& opset : model.opset_import()) {
        const std::string domain = opset.domain() == "ai.onnx" ? std::string() : opset.domain();
        const auto range = known.find(domain);
        if (range == known.end()) continue; // a custom domain: kept, its ops marked unknown
        const auto [minVersion, maxVersion] = range->second;
        if (opset.version() < minVersion || opset.version() > maxVersion) {
            const std::string name = domain.empty() ? "ai.onnx" : domain;
            return Error("opset " + std::to_string(opset.version()) + " of domain '" + name +
                         "' is not supported; expected a version from " + std::to_string(minVersion) + " to " +
                         std::to_string(maxVersion));
        }
    }
    return {};
}

namespace {

bool hasExternalData(const onnx::GraphProto& graph) {
    for (const onnx::TensorProto& tensor : graph.initializer()) {
        if (tensor.data_location() == onnx::TensorProto::EXTERNAL) return true;
    }
    return false;
}

// The first node of the main graph that the checker refuses on its own (an unknown op,
// a wrong attribute), checked with the names check_model has in scope there; empty when
// the fault is elsewhere or the node has no name. The checker says which only in text.
std::string nodeTheCheckerRefuses(const onnx::ModelProto& model) {
    onnx::checker::CheckerContext context;
    context.set_ir_version(static_cast<int>(model.ir_version()));
    std::unordered_map<std::string, int> opsets;
    for (const onnx::OperatorSetIdProto& opset : model.opset_import()) {
        opsets[opset.domain()] = static_cast<int>(opset.version());
    }
    context.set_opset_imports(std::move(opsets));
    onnx::checker::LexicalScopeContext scope;
    for (const onnx::ValueInfoProto& input : model.graph().input()) scope.add(input.name());
    for (const onnx::TensorProto& initializer : model.graph().initializer()) scope.add(initializer.name());
    for (const onnx::NodeProto& node : model.graph().node()) {
        try {
            onnx::checker::check_node(node, context, scope);
        } catch (const std::exception&) {
            return node.name();
        }
        for (const std::string& output : node.output()) scope.add(output);
    }
    return {};
}

} // namespace

Status checkModel(const onnx::ModelProto& model, const std::string& path) {
    try {
        if (hasExternalData(model.graph())) onnx::checker::check_model(path);
        else onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        const Error error(std::string("the ONNX checker rejects the model: ") + e.what());
        return error.atNode(nodeTheCheckerRefuses(model));
    }
    return {};
}

} // namespace fusebox::onnx_import
