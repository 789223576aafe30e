// fusebox run: partition a model, compile every subgraph with its adapter, run it and
// time it; optionally compare the outputs with another device's.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/count_option.h"
#include "cli/exit_codes.h"
#include "cli/shape_option.h"
#include "cli/text_format.h"
#include "core/json_text.h"
#include "runtime/accuracy.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "runtime/measurement.h"
#include "runtime/tensor_io.h"
#include "runtime/timing_stats.h"
#include "workflow/model_session.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace fusebox::cli {

namespace {

using Json = nlohmann::ordered_json;

struct Options {
    std::string model, config, device, outputDir, compareTo, profiles;
    std::vector<std::string> shapes, inputs;
    std::string iters = "10", warmup = "2", threads = "0", seed = "0";
    bool json = false;
    bool noFallback = false;
};

// Output file names: the tensor name with anything but [A-Za-z0-9_.-] replaced by '_'.
std::string safeFileName(const std::string& name) {
    std::string safe = name;
    for (char& c : safe) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-') c = '_';
    }
    return safe.empty() ? std::string("output") : safe;
}

Result<std::map<std::string, Tensor>> loadInputs(const Options& o, const Graph& graph, uint64_t seed) {
    std::map<std::string, std::string> files;
    for (const std::string& spec : o.inputs) {
        const auto equals = spec.find('=');
        if (equals == std::string::npos || equals == 0) return Error("--input " + spec + ": expected NAME=FILE (.npy or .pb)");
        files[spec.substr(0, equals)] = spec.substr(equals + 1);
    }
    std::map<std::string, Tensor> inputs;
    int index = 0;
    for (ValueId id : graph.inputs()) {
        const Value& input = graph.value(id);
        auto file = files.find(input.name);
        if (file == files.end()) {
            auto generated = generateInput(input, index++, seed);
            if (!generated) return generated.error();
            inputs[input.name] = std::move(*generated);
            continue;
        }
        ++index;
        const std::string& path = file->second;
        auto tensor = path.ends_with(".npy") ? readNpyFile(path) : readTensorProtoFile(path);
        if (!tensor) return tensor.error();
        if (Status s = checkInput(input, *tensor); !s) return s.error().withContext(path);
        inputs[input.name] = std::move(*tensor);
        files.erase(file);
    }
    if (!files.empty()) return Error("--input names '" + files.begin()->first + "', which is not an input of the model");
    return inputs;
}

// The config of `fusebox run`: the file, or none (every node on host), planned as
// written or with `device` alone.
Result<PartitionConfig> runConfig(const Options& o) {
    if (o.config.empty()) return PartitionConfig{};
    return loadPartitionConfig(o.config);
}

PlanVariant variantFor(const std::string& device) {
    return device.empty() ? PlanVariant::asWritten() : PlanVariant::deviceAlone(device);
}

} // namespace

int runRun(const CommandArgs& args) {
    Options o;
    ArgParser parser("fusebox run",
                     "Partitions a model, compiles every subgraph with its device's adapter, runs it and\n"
                     "prints latency. Inputs not given are generated deterministically (see --seed).");
    parser.positional("MODEL", "ONNX model file", &o.model)
        .option("--config", "CFG", "partition config (TOML)", &o.config)
        .option("--device", "D", "run on D alone: the config's shapes and settings, D the only target, no rules", &o.device)
        .repeated("--shape", "NAME=D0,D1,...", "fix the dims of an input (repeatable)", &o.shapes)
        .repeated("--input", "NAME=FILE", "input tensor from a .npy or ONNX TensorProto .pb file (repeatable)", &o.inputs)
        .option("--output-dir", "DIR", "write each output as DIR/<name>.npy", &o.outputDir)
        .option("--iters", "N", "timed runs (default 10)", &o.iters)
        .option("--warmup", "N", "untimed runs first (default 2)", &o.warmup)
        .option("--threads", "N", "intra-op threads (default: all cores)", &o.threads)
        .option("--seed", "N", "seed of the generated inputs (default 0)", &o.seed)
        .option("--compare-to", "DEVICE", "run DEVICE too and report the error of each output against it", &o.compareTo)
        .option("--profiles", "DIR", "device profiles folder", &o.profiles)
        .flag("--no-fallback", "fail when a device cannot compile a subgraph, instead of running it on host", &o.noFallback)
        .flag("--json", "print one JSON object", &o.json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto iters = parseCount("--iters", o.iters, 1);
    auto warmup = parseCount("--warmup", o.warmup, 0);
    auto threads = parseCount("--threads", o.threads, 0);
    auto seed = parseCount("--seed", o.seed, 0);
    for (const auto* value : {&iters, &warmup, &threads, &seed}) {
        if (!*value) return reportError(value->error());
    }

    auto config = runConfig(o);
    if (!config) return reportError(config.error());
    auto shapes = parseShapeOptions(o.shapes);
    if (!shapes) return reportError(shapes.error());
    auto session = ModelSession::open({o.model, config->shapes, *shapes, o.profiles, {}});
    if (!session) return reportError(session.error());
    const Model& model = (*session)->model();
    auto plan = (*session)->partition(*config, variantFor(o.device));
    if (!plan) return reportError(plan.error());
    const ExecutorOptions executorOptions{.threads = *threads, .hostFallback = !o.noFallback};
    auto executor = Executor::create(model, *plan, executorOptions);
    if (!executor) return reportError(executor.error());
    auto inputs = loadInputs(o, model.graph, static_cast<uint64_t>(*seed));
    if (!inputs) return reportError(inputs.error());

    auto measured = measure(**executor, *inputs, {*warmup, *iters, false, nullptr});
    if (!measured) return reportError(measured.error());
    const std::vector<Tensor>& outputs = measured->outputs;
    const std::vector<std::vector<double>>& stepSamples = measured->stepMs;
    const TimingStats total = summarizeTimings(measured->totalMs);
    const Graph& graph = model.graph;

    Json outputList = Json::array();
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const std::string& name = graph.value(graph.outputs()[i]).name;
        std::string file;
        if (!o.outputDir.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(o.outputDir, ec);
            file = (std::filesystem::path(o.outputDir) / (safeFileName(name) + ".npy")).string();
            if (Status s = writeNpyFile(file, outputs[i]); !s) return reportError(s.error());
        }
        outputList.push_back({{"name", name}, {"dtype", elementTypeName(outputs[i].type())}, {"shape", outputs[i].dims()}, {"file", file}});
    }

    Json comparison = Json::array();
    if (!o.compareTo.empty()) {
        auto reference = (*session)->partition(*config, variantFor(o.compareTo));
        if (!reference) return reportError(reference.error());
        auto referenceExecutor = Executor::create(model, *reference, executorOptions);
        if (!referenceExecutor) return reportError(referenceExecutor.error());
        auto expected = (*referenceExecutor)->run(*inputs, nullptr, false);
        if (!expected) return reportError(expected.error());
        for (std::size_t i = 0; i < outputs.size() && i < expected->size(); ++i) {
            const Accuracy a = compareTensors(outputs[i], (*expected)[i]);
            comparison.push_back({{"name", graph.value(graph.outputs()[i]).name}, {"max_abs_error", a.maxAbsError},
                                  {"max_rel_error", a.maxRelError}, {"cosine", a.cosine}});
        }
    }

    Json fallbacks = Json::array();
    for (const Fallback& f : (*executor)->fallbacks()) {
        fallbacks.push_back({{"subgraph", f.subgraph}, {"device", f.device}, {"message", f.message}});
    }

    // Per-subgraph medians in execution order (a subgraph that fell back runs on host); the
    // runs of host nodes in between add up to host_ms.
    Json subgraphs = Json::array();
    double hostMs = 0;
    for (std::size_t s = 0; s < stepSamples.size(); ++s) {
        const SubgraphOp& op = (*executor)->step(s);
        const double median = summarizeTimings(stepSamples[s]).medianMs;
        if (op.id < 0) hostMs += median;
        else subgraphs.push_back({{"id", op.id}, {"device", op.device}, {"median_ms", median}});
    }

    if (o.json) {
        Json json{{"model", o.model}, {"median_ms", total.medianMs}, {"min_ms", total.minMs}, {"max_ms", total.maxMs},
                  {"iters", *iters}, {"warmup", *warmup}, {"threads", *threads}, {"subgraphs", subgraphs},
                  {"host_nodes", plan->hostNodes.size()}, {"host_ms", hostMs}, {"fallbacks", fallbacks}, {"outputs", outputList}};
        if (!o.compareTo.empty()) json["compare_to"] = {{"device", o.compareTo}, {"outputs", comparison}};
        std::cout << jsonText(json, 2) << "\n";
        return kExitOk;
    }
    char line[160];
    std::snprintf(line, sizeof line, "Latency   median %.3f ms, min %.3f ms, max %.3f ms (%d runs after %d warm-up)\n",
                  total.medianMs, total.minMs, total.maxMs, *iters, *warmup);
    std::cout << "Model     " << o.model << "\n" << line;
    for (const Fallback& f : (*executor)->fallbacks()) std::cout << "Fallback  " << fallbackText(f) << "\n";
    for (const Json& sg : subgraphs) {
        std::snprintf(line, sizeof line, "  subgraph %-4d %-10s median %.3f ms\n", sg["id"].get<int>(),
                      sg["device"].get<std::string>().c_str(), sg["median_ms"].get<double>());
        std::cout << line;
    }
    std::snprintf(line, sizeof line, "  host nodes    %-10zu median %.3f ms (sum)\n", plan->hostNodes.size(), hostMs);
    std::cout << line;
    for (const Json& out : outputList) {
        std::cout << "Output    " << out["name"].get<std::string>() << " " << out["dtype"].get<std::string>() << " "
                  << jsonText(out["shape"]) << (out["file"].get<std::string>().empty() ? "" : " -> " + out["file"].get<std::string>()) << "\n";
    }
    for (const Json& c : comparison) {
        std::snprintf(line, sizeof line, "vs %-6s  %s: max abs %.3g, max rel %.3g, cosine %.6f\n", o.compareTo.c_str(),
                      c["name"].get<std::string>().c_str(), c["max_abs_error"].get<double>(), c["max_rel_error"].get<double>(),
                      c["cosine"].get<double>());
        std::cout << line;
    }
    return kExitOk;
}

} // namespace fusebox::cli
