#include "onnx/onnx_import.h"

#include "onnx/external_data.h"
#include "onnx/inference_preconditions.h"
#include "onnx/input_shapes.h"
#include "onnx/model_file.h"
#include "onnx/proto_to_ir.h"

#include <atomic>
#include <filesystem>

namespace fusebox {

using namespace onnx_import;

namespace {

std::map<std::string, int64_t> opsetsOf(const onnx::ModelProto& model) {
    std::map<std::string, int64_t> opsets;
    for (const onnx::OperatorSetIdProto& opset : model.opset_import()) {
        opsets[opset.domain() == "ai.onnx" ? std::string() : opset.domain()] = opset.version();
    }
    if (model.opset_import_size() == 0) opsets[kDefaultDomain] = 1; // IR v1/v2 models predate opset imports
    return opsets;
}

Result<Model> importParsed(const std::string& path, std::shared_ptr<onnx::ModelProto> proto,
                           const ImportOptions& options) {
    if (Status status = checkVersions(*proto); !status) return status.error();

    ExternalData externalData(std::filesystem::path(path).parent_path().string());
    if (Status status = externalData.inlineIntegerTensors(*proto->mutable_graph()); !status) return status.error();
    if (Status status = checkInferencePreconditions(proto->graph()); !status) return status.error();
    if (Status status = checkModel(*proto, path); !status) return status.error();
    if (Status status = applyInputShapes(*proto, options.inputShapes); !status) return status.error();
    if (Status status = inferShapes(*proto); !status) return status.error();

    ConvertContext context{proto, &externalData, opsetsOf(*proto)};
    auto graph = convertGraph(proto->graph(), context);
    if (!graph) return graph.error();

    Model model;
    model.path = path;
    model.producerName = proto->producer_name();
    model.producerVersion = proto->producer_version();
    model.irVersion = proto->ir_version();
    model.opsets = std::move(context.opsets);
    model.graph = std::move(*graph);
    model.externalDataFiles = externalData.files();
    return model;
}

std::atomic<int64_t> importsMade{0};

} // namespace

int64_t importCount() { return importsMade.load(); }

Result<Model> importOnnx(const std::string& path, const ImportOptions& options) {
    ++importsMade;
    auto proto = readModelFile(path);
    if (!proto) return proto.error().inFile(path);
    auto model = importParsed(path, std::move(*proto), options);
    if (!model) return model.error().inFile(path);
    return model;
}

} // namespace fusebox
