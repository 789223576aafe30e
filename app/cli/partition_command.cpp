// fusebox partition: fuse a config with a model into device subgraphs.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/shape_option.h"
#include "cli/text_format.h"
#include "core/text.h"
#include "config/paddle_config.h"
#include "core/file_io.h"
#include "onnx/plan_export.h"
#include "partition/emit_config.h"
#include "partition/partitioner.h"
#include "partition/plan_dot.h"
#include "partition/plan_json.h"
#include "workflow/model_session.h"

#include <cstdio>
#include <iostream>

namespace fusebox::cli {

namespace {

struct Options {
    std::string model;
    std::string config;
    std::vector<std::string> shapes;
    bool json = false;
    std::string dotFile;
    std::string emitConfigFile;
    std::string explainNode;
    std::string onnxFile;
    std::string paddleConfig;
    std::string profiles;
};

std::string formatMs(double ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", ms);
    return text;
}

void printTable(const PartitionedModel& session, const PartitionConfig& config) {
    const Graph& graph = session.model().graph;
    const PartitionPlan& plan = session.plan;
    std::cout << "Model     " << session.model().path << " (" << graph.nodeCount() << " nodes after folding "
              << plan.folded.size() << ")\nTargets   ";
    for (std::size_t i = 0; i < config.targets.size(); ++i) std::cout << (i ? ", " : "") << config.targets[i];
    std::cout << (config.targets.empty() ? "(none)" : "") << "\n\n";

    std::cout << padRight("id", 5) << padRight("device", 12) << padRight("nodes", 7) << padRight("inputs", 8)
              << padRight("outputs", 9) << padRight("boundary", 12) << padRight("est. ms", 10) << "group\n";
    for (const SubgraphOp& op : plan.subgraphs) {
        std::cout << padRight(std::to_string(op.id), 5) << padRight(op.device, 12) << padRight(std::to_string(op.nodes.size()), 7)
                  << padRight(std::to_string(op.inputs.size()), 8) << padRight(std::to_string(op.outputs.size()), 9)
                  << padRight(humanBytes(op.boundaryBytes), 12) << padRight(formatMs(op.estimatedMs), 10) << op.group
                  << "\n";
    }

    std::map<std::string, std::pair<int, std::size_t>> perDevice; // subgraphs, nodes
    for (const SubgraphOp& op : plan.subgraphs) {
        ++perDevice[op.device].first;
        perDevice[op.device].second += op.nodes.size();
    }
    perDevice[kHostDevice].second = plan.hostNodes.size();
    std::cout << "\n" << padRight("device", 12) << padRight("subgraphs", 11) << padRight("nodes", 8) << "est. ms\n";
    for (const auto& [device, counts] : perDevice) {
        const auto ms = plan.estimatedMsByDevice.find(device);
        std::cout << padRight(device, 12) << padRight(device == kHostDevice ? "-" : std::to_string(counts.first), 11)
                  << padRight(std::to_string(counts.second), 8)
                  << formatMs(ms == plan.estimatedMsByDevice.end() ? 0.0 : ms->second) << "\n";
    }
    std::cout << padRight("total", 31) << formatMs(plan.estimatedMs) << "\n";
}

int explain(const PartitionedModel& session, const std::string& name) {
    const Graph& graph = session.model().graph;
    const auto id = graph.findNode(name);
    if (!id) return reportError(Error("--explain: no node named '" + name + "' (folded nodes are gone)"));
    const NodeDecision& decision = session.plan.decisions.at(*id);
    const int subgraph = session.plan.subgraphOf(*id);
    std::cout << "Node      " << name << " (" << graph.node(*id).opType << ")\n"
              << "Device    " << decision.device
              << (subgraph >= 0 ? " (subgraph " + std::to_string(subgraph) + ")" : std::string()) << "\n"
              << "Because   " << decision.reason << "\n";
    for (const auto& [device, why] : decision.refusals) std::cout << "Refused   " << device << ": " << why << "\n";
    for (const SplitExplanation& split : explainSplits(graph, session.plan, *id)) {
        std::cout << "Split     " << graph.node(split.producer).name << " -> " << graph.node(split.consumer).name << ": "
                  << split.reason << "\n";
    }
    return kExitOk;
}

Status writeOutputs(const Options& o, const PartitionedModel& session, const PartitionConfig& config) {
    const Graph& graph = session.model().graph;
    if (!o.dotFile.empty()) {
        if (Status s = writeFileAtomically(o.dotFile, planToDot(graph, session.plan)); !s) return s;
    }
    if (!o.emitConfigFile.empty()) {
        const std::string text = savePartitionConfig(configForPlan(graph, session.plan, config));
        if (Status s = writeFileAtomically(o.emitConfigFile, text); !s) return s;
    }
    if (!o.onnxFile.empty()) return exportPlanAsOnnx(session.model(), session.plan, o.onnxFile);
    return {};
}

} // namespace

int runPartition(const CommandArgs& args) {
    Options o;
    ArgParser parser("fusebox partition",
                     "Partitions a model into device subgraphs from a partition config and the device\n"
                     "profiles: which device runs each node and why, fused into cycle-free subgraphs.");
    parser.positional("MODEL", "ONNX model file", &o.model)
        .option("--config", "CFG", "partition config (TOML); required", &o.config)
        .repeated("--shape", "NAME=D0,D1,...", "fix the dims of an input (overrides [model] shapes)", &o.shapes)
        .flag("--json", "print the plan as one JSON object", &o.json)
        .option("--dot", "FILE", "write the plan as Graphviz DOT (one cluster per subgraph)", &o.dotFile)
        .option("--emit-config", "FILE", "write a config that reproduces this exact assignment", &o.emitConfigFile)
        .option("--explain", "NODE", "say why NODE runs where it runs", &o.explainNode)
        .option("-o", "FILE.onnx", "write an ONNX model with one fusebox-domain node per subgraph", &o.onnxFile)
        .option("--paddle-config", "FILE", "add a Paddle Lite subgraph partition config (host rules)", &o.paddleConfig)
        .option("--profiles", "DIR", "device profiles folder (default: the shipped profiles)", &o.profiles);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    if (o.config.empty()) return reportError(Error("fusebox partition needs --config CFG"));

    auto config = loadPartitionConfig(o.config);
    if (!config) return reportError(config.error());
    if (!o.paddleConfig.empty()) {
        auto paddle = loadPaddleConfig(o.paddleConfig);
        if (!paddle) return reportError(paddle.error());
        addPaddleRules(*config, *paddle);
    }
    auto shapes = parseShapeOptions(o.shapes);
    if (!shapes) return reportError(shapes.error());

    auto session = partitionModel({o.model, *config, *shapes, o.profiles});
    if (!session) return reportError(session.error());
    if (Status s = writeOutputs(o, *session, *config); !s) return reportError(s.error());

    if (!o.explainNode.empty()) return explain(*session, o.explainNode);
    if (o.json) std::cout << planToJson(session->model().graph, session->plan) << "\n";
    else printTable(*session, *config);
    return kExitOk;
}

} // namespace fusebox::cli
