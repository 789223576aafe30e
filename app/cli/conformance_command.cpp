// fusebox conformance: runs an ONNX backend test-data tree (each */model.onnx with
// test_data_set_*/input_*.pb and output_*.pb) and compares with ONNX's tolerances.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/json_text.h"
#include "core/text.h"
#include "runtime/accuracy.h"
#include "runtime/executor.h"
#include "runtime/tensor_io.h"
#include "workflow/model_session.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <regex>
#include <set>

namespace fusebox::cli {

namespace {

namespace fs = std::filesystem;

// ONNX's default tolerances for backend tests.
constexpr double kRelativeTolerance = 1e-3;
constexpr double kAbsoluteTolerance = 1e-7;

enum class Outcome { Passed, Failed, Skipped };

struct CaseResult {
    std::string name;
    Outcome outcome = Outcome::Failed;
    std::string message;     // the first mismatch, the error, or why it was skipped
    std::size_t onDevice = 0; // nodes the device ran (the rest ran on host)
};

// What every case runs on: the device alone (host: nothing), with the profiles loaded once.
struct Target {
    PlanVariant variant;
    std::shared_ptr<const DeviceProfiles> profiles;
};

// Cases declared out of scope, with the reason. A skip is not a pass.
std::optional<std::string> outOfScope(const Model& model) {
    static const std::set<std::string> random{"Bernoulli", "RandomNormal", "RandomNormalLike", "RandomUniform",
                                              "RandomUniformLike", "Multinomial"};
    for (NodeId id : model.graph.nodeIds()) {
        const Node& node = model.graph.node(id);
        if (node.domain == "ai.onnx.preview.training") return "training op " + node.opType;
        if (random.contains(node.opType)) return "random op " + node.opType + ": outputs cannot be compared";
    }
    for (const auto* list : {&model.graph.inputs(), &model.graph.outputs()}) {
        for (ValueId id : *list) {
            const ElementType type = model.graph.value(id).type;
            if (type == ElementType::Undefined) return "sequence, map or optional values are out of scope";
            if (type == ElementType::String) return "string tensors are out of scope";
        }
    }
    return std::nullopt;
}

std::vector<fs::path> sortedEntries(const fs::path& dir, const std::string& prefix) {
    std::vector<fs::path> entries;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().filename().string().starts_with(prefix)) entries.push_back(entry.path());
    }
    // input_10 after input_9: order by the number after the prefix.
    std::sort(entries.begin(), entries.end(), [&prefix](const fs::path& a, const fs::path& b) {
        return std::atoi(a.filename().string().c_str() + prefix.size()) < std::atoi(b.filename().string().c_str() + prefix.size());
    });
    return entries;
}

// ONNX 1.12's test data stores bfloat16 tensors as uint16; read them as the model declares.
Tensor asDeclared(Tensor tensor, ElementType declared) {
    if (tensor.type() == ElementType::UInt16 && declared == ElementType::BFloat16) return tensor.reinterpreted(declared);
    return tensor;
}

std::optional<std::string> runDataSet(const Model& model, Executor& executor, const fs::path& dataSet) {
    std::map<std::string, Tensor> inputs;
    const auto inputFiles = sortedEntries(dataSet, "input_");
    const auto& graphInputs = model.graph.inputs();
    for (std::size_t i = 0; i < inputFiles.size() && i < graphInputs.size(); ++i) {
        auto tensor = readTensorProtoFile(inputFiles[i].string());
        if (!tensor) return tensor.error().message();
        const Value& input = model.graph.value(graphInputs[i]);
        inputs[input.name] = asDeclared(std::move(*tensor), input.type);
    }
    auto outputs = executor.run(inputs, nullptr, false);
    if (!outputs) return outputs.error().message();
    const auto outputFiles = sortedEntries(dataSet, "output_");
    for (std::size_t i = 0; i < outputFiles.size(); ++i) {
        if (i >= outputs->size()) return "missing output " + std::to_string(i);
        auto expected = readTensorProtoFile(outputFiles[i].string());
        if (!expected) return expected.error().message();
        const ElementType declared = model.graph.value(model.graph.outputs()[i]).type;
        if (auto mismatch = firstMismatch((*outputs)[i], asDeclared(*expected, declared), kRelativeTolerance, kAbsoluteTolerance)) {
            return "output " + model.graph.value(model.graph.outputs()[i]).name + ": " + *mismatch;
        }
    }
    return std::nullopt;
}

CaseResult runCase(const fs::path& dir, const Target& target) {
    CaseResult result{dir.filename().string(), Outcome::Failed, {}};
    auto session = ModelSession::open({(dir / "model.onnx").string(), {}, {}, {}, target.profiles});
    if (!session) {
        result.message = session.error().message();
        return result;
    }
    const Model& model = (*session)->model();
    if (auto reason = outOfScope(model)) {
        result.outcome = Outcome::Skipped;
        result.message = *reason;
        return result;
    }
    // The device takes what it accepts; the rest runs on host, as `fusebox run --device` does.
    auto plan = (*session)->partition(PartitionConfig{}, target.variant);
    if (!plan) {
        result.message = plan.error().message();
        return result;
    }
    for (const SubgraphOp& op : plan->subgraphs) result.onDevice += op.nodes.size();
    // No host fallback: a subgraph the device cannot compile is its failure, not a pass on host.
    auto executor = Executor::create(model, *plan, ExecutorOptions{.threads = 0, .hostFallback = false});
    if (!executor) {
        result.message = executor.error().message();
        return result;
    }
    for (const fs::path& dataSet : sortedEntries(dir, "test_data_set_")) {
        if (auto failure = runDataSet(model, **executor, dataSet)) {
            result.message = dataSet.filename().string() + ": " + *failure;
            return result;
        }
    }
    result.outcome = Outcome::Passed;
    return result;
}

const char* outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Passed: return "passed";
    case Outcome::Failed: return "failed";
    case Outcome::Skipped: return "skipped";
    }
    return "failed";
}

} // namespace

int runConformance(const CommandArgs& args) {
    std::string directory;
    std::string device = "host";
    std::string filter;
    bool json = false;
    ArgParser parser("fusebox conformance",
                     "Runs an ONNX backend test-data tree (each */model.onnx with test_data_set_*/input_*.pb and\n"
                     "output_*.pb) and compares every output with rtol 1e-3, atol 1e-7. Ends with a line\n"
                     "'N passed, N failed, N skipped'; a skip is a case declared out of scope, with its reason.");
    parser.positional("DIR", "test-data folder, e.g. /usr/share/libonnx-testdata/data/node", &directory)
        .option("--device", "D", "run on device D: the nodes it accepts run there, the rest on host (default: host)", &device)
        .option("--filter", "REGEX", "run only cases whose folder name matches", &filter)
        .flag("--json", "print every case with its result and the first mismatch", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    Target target;
    auto profiles = loadProfilesForPartitioning("");
    if (!profiles) return reportError(profiles.error());
    target.profiles = std::move(*profiles);
    target.variant = PlanVariant::deviceAlone(device);
    if (device != kHostDevice) {
        std::vector<std::string> known;
        for (const DeviceProfile& profile : *target.profiles) known.push_back(profile.name);
        if (std::find(known.begin(), known.end(), device) == known.end()) {
            return reportError(Error("--device " + device + ": no such device; expected one of: " + joinText(known)));
        }
    }

    std::error_code ec;
    if (!fs::is_directory(directory, ec)) return reportError(Error(directory + ": not a folder"));
    std::regex pattern;
    try {
        pattern = std::regex(filter.empty() ? ".*" : filter);
    } catch (const std::regex_error& e) {
        return reportError(Error("--filter '" + filter + "' is not a valid regular expression: " + e.what()));
    }

    std::vector<CaseResult> results;
    for (const fs::path& dir : sortedEntries(directory, "")) {
        if (!fs::exists(dir / "model.onnx") || !std::regex_search(dir.filename().string(), pattern)) continue;
        results.push_back(runCase(dir, target));
        if (!json && results.back().outcome == Outcome::Failed) {
            std::cout << "FAIL " << results.back().name << ": " << results.back().message << "\n";
        }
    }
    std::map<Outcome, int> counts;
    for (const CaseResult& r : results) ++counts[r.outcome];
    if (json) {
        nlohmann::ordered_json cases = nlohmann::ordered_json::array();
        for (const CaseResult& r : results) {
            cases.push_back({{"name", r.name}, {"result", outcomeName(r.outcome)}, {"message", r.message}, {"nodes_on_device", r.onDevice}});
        }
        std::cout << jsonText(nlohmann::ordered_json{{"device", device}, {"passed", counts[Outcome::Passed]}, {"failed", counts[Outcome::Failed]},
                                                     {"skipped", counts[Outcome::Skipped]}, {"cases", cases}}, 2)
                  << "\n";
    }
    std::cout << counts[Outcome::Passed] << " passed, " << counts[Outcome::Failed] << " failed, " << counts[Outcome::Skipped]
              << " skipped\n";
    return kExitOk;
}

} // namespace fusebox::cli
