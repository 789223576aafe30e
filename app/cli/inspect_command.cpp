// fusebox inspect: what an engineer wants to know first about a model.
#include "analysis/model_summary.h"
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/shape_option.h"
#include "cli/text_format.h"
#include "core/text.h"
#include "core/json_text.h"
#include "workflow/model_session.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace fusebox::cli {

namespace {

using Json = nlohmann::ordered_json;

Json shapeToJson(const Shape& shape) {
    if (!shape.rankKnown()) return nullptr;
    Json dims = Json::array();
    for (const Dim& dim : shape.dims()) {
        if (dim.isStatic()) dims.push_back(dim.size());
        else dims.push_back(dim.toString()); // the symbol, or "?" when unknown
    }
    return dims;
}

Json tensorsToJson(const std::vector<TensorInfo>& tensors) {
    Json list = Json::array();
    for (const TensorInfo& t : tensors) {
        list.push_back({{"name", t.name}, {"dtype", elementTypeName(t.type)}, {"shape", shapeToJson(t.shape)}});
    }
    return list;
}

std::string domainName(const std::string& domain) { return domain.empty() ? "ai.onnx" : domain; }

Json summaryToJson(const Model& model, const ModelSummary& s) {
    Json opsets = Json::object();
    for (const auto& [domain, version] : s.opsets) opsets[domain] = version;
    Json ops = Json::object();
    for (const auto& [op, count] : s.opCounts) ops[op] = count;
    return Json{
        {"model", model.path},
        {"producer", s.producer},
        {"ir_version", s.irVersion},
        {"opsets", opsets},
        {"inputs", tensorsToJson(s.inputs)},
        {"outputs", tensorsToJson(s.outputs)},
        {"nodes", s.nodeCount},
        {"folded_nodes", s.foldedNodes},
        {"ops", ops},
        {"params", s.paramCount},
        {"param_bytes", s.paramBytes},
        {"flops", s.flops},
        {"nodes_without_flops", s.nodesWithoutFlops},
    };
}

void printTensors(const char* title, const std::vector<TensorInfo>& tensors) {
    std::size_t width = 0;
    for (const TensorInfo& t : tensors) width = std::max(width, t.name.size());
    bool first = true;
    for (const TensorInfo& t : tensors) {
        std::cout << padRight(first ? title : "", 12) << padRight(t.name, width + 1)
                  << padRight(std::string(elementTypeName(t.type)), 9) << t.shape.toString() << "\n";
        first = false;
    }
    if (tensors.empty()) std::cout << padRight(title, 12) << "(none)\n";
}

void printSummary(const Model& model, const ModelSummary& s) {
    std::cout << padRight("Model", 12) << model.path << "\n"
              << padRight("Producer", 12) << (s.producer.empty() ? "(unknown)" : s.producer) << "\n"
              << padRight("IR version", 12) << s.irVersion << "\n"
              << padRight("Opsets", 12);
    bool first = true;
    for (const auto& [domain, version] : s.opsets) {
        std::cout << (first ? "" : ", ") << domainName(domain) << " " << version;
        first = false;
    }
    std::cout << "\n";
    printTensors("Inputs", s.inputs);
    printTensors("Outputs", s.outputs);
    std::cout << padRight("Nodes", 12) << groupThousands(static_cast<int64_t>(s.nodeCount));
    if (s.foldedNodes > 0) std::cout << " (" << s.foldedNodes << " constant, folded at load time)";
    std::cout << "\n"
              << padRight("Parameters", 12) << groupThousands(s.paramCount) << " (" << humanBytes(s.paramBytes) << ")\n"
              << padRight("FLOPs", 12) << humanCount(s.flops);
    if (s.nodesWithoutFlops > 0) std::cout << " (at least; " << s.nodesWithoutFlops << " nodes have dynamic shapes)";
    std::cout << "\n\nOp type" << std::string(21, ' ') << "Count\n";
    for (const auto& [op, count] : s.opCounts) std::cout << "  " << padRight(op, 26) << count << "\n";
}

} // namespace

int runInspect(const CommandArgs& args) {
    std::string modelPath;
    std::vector<std::string> shapeOptions;
    bool json = false;
    ArgParser parser("fusebox inspect",
                     "Shows a model's producer, IR version, opsets, real inputs and outputs, node count,\n"
                     "op-type histogram, parameter count and bytes, and estimated FLOPs\n"
                     "(2 x MACs for Conv/ConvTranspose/Gemm/MatMul, output elements for other ops).");
    parser.positional("MODEL", "ONNX model file", &modelPath)
        .repeated("--shape", "NAME=D0,D1,...", "fix the dims of an input before shape inference (repeatable)",
                  &shapeOptions)
        .flag("--json", "print one JSON object instead of text", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto shapes = parseShapeOptions(shapeOptions);
    if (!shapes) return reportError(shapes.error());
    auto session = ModelSession::open({modelPath, {}, *shapes, {}, {}});
    if (!session) return reportError(session.error());
    const Model& model = (*session)->model();
    const ModelSummary summary = summarize(model, (*session)->foldedOpTypes());
    if (json) std::cout << jsonText(summaryToJson(model, summary), 2) << "\n";
    else printSummary(model, summary);
    return kExitOk;
}

} // namespace fusebox::cli
