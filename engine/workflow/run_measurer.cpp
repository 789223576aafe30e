#include "workflow/run_measurer.h"

#include "core/text.h"
#include "runtime/device_availability.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "runtime/measurement.h"
#include "store/content_hash.h"
#include "store/machine_info.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <set>

namespace fusebox {

namespace {

using store::ItemKind;
using store::ItemTiming;

// Every device of the plan, host first, and the adapters that run them; the first
// device that cannot run here gives the skip reason.
struct PlanDevices {
    std::vector<std::string> names;
    std::vector<store::AdapterInfo> adapters;
    std::string unavailable;       // the first device that cannot run here
    std::string unavailableReason; // and why
};

PlanDevices devicesOf(const ModelSession& session, const PartitionPlan& plan) {
    std::set<std::string> used{kHostDevice};
    for (const SubgraphOp& op : plan.subgraphs) used.insert(op.device);
    PlanDevices devices;
    devices.names.push_back(kHostDevice);
    for (const std::string& name : used) {
        if (name != kHostDevice) devices.names.push_back(name);
    }
    for (const std::string& name : devices.names) {
        const DeviceProfile* profile = session.profile(name);
        const AdapterProbe probe = profile ? probeDevice(*profile) : AdapterProbe{false, {}, {}, "no profile"};
        if (!probe.available && devices.unavailable.empty()) {
            devices.unavailable = name;
            devices.unavailableReason = probe.reason;
        }
        devices.adapters.push_back({name, probe.version});
    }
    return devices;
}

// Per-subgraph and per-node figures in execution order. A node without per-node times
// from its adapter is kept unmeasured, so every node of the plan is in the run.
store::RunResults resultsOf(const Graph& graph, const PartitionPlan& plan, const Executor& executor, const Measurement& m) {
    store::RunResults results;
    results.total = summarizeTimings(m.totalMs);
    results.peakBytes = m.peakBytes;
    results.layoutConversions = m.layoutConversions;
    auto nodeTiming = [&](NodeId id, const std::string& device, std::optional<int> subgraph) {
        const Node& node = graph.node(id);
        auto samples = m.nodeMs.find(id);
        ItemTiming t{ItemKind::Node, node.name, static_cast<int>(results.nodes.size()), node.opType, device, subgraph, {}};
        if (samples != m.nodeMs.end()) t.stats = summarizeTimings(samples->second);
        results.nodes.push_back(std::move(t));
    };
    std::map<int, std::size_t> stepOfSubgraph; // the executor runs each subgraph as one step
    for (std::size_t s = 0; s < executor.stepCount(); ++s) {
        if (executor.step(s).id >= 0) stepOfSubgraph[executor.step(s).id] = s;
    }
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            nodeTiming(step.node, kHostDevice, std::nullopt);
            continue;
        }
        const SubgraphOp& op = plan.subgraphs[static_cast<std::size_t>(step.subgraph)];
        const std::size_t s = stepOfSubgraph.at(op.id);
        const std::string& device = executor.step(s).device; // host when the subgraph fell back
        results.subgraphs.push_back({ItemKind::Subgraph, std::to_string(op.id), static_cast<int>(results.subgraphs.size()),
                                     "", device, op.id, summarizeTimings(m.stepMs[s])});
        for (NodeId id : op.nodes) nodeTiming(id, device, op.id);
    }
    results.fallbacks = executor.fallbacks();
    return results;
}

std::vector<store::OutputAccuracy> accuracyOf(const Graph& graph, const std::vector<Tensor>& outputs,
                                              const std::vector<Tensor>& reference) {
    std::vector<store::OutputAccuracy> list;
    for (std::size_t i = 0; i < outputs.size() && i < reference.size(); ++i) {
        list.push_back({graph.value(graph.outputs()[i]).name, compareTensors(outputs[i], reference[i])});
    }
    return list;
}

} // namespace

std::optional<Accuracy> worstOf(const std::vector<store::OutputAccuracy>& list) {
    if (list.empty()) return std::nullopt;
    Accuracy worst;
    for (const store::OutputAccuracy& a : list) {
        worst.maxAbsError = std::max(worst.maxAbsError, a.accuracy.maxAbsError);
        worst.maxRelError = std::max(worst.maxRelError, a.accuracy.maxRelError);
        worst.cosine = std::min(worst.cosine, a.accuracy.cosine);
    }
    return worst;
}

std::string jobName(const std::string& command) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return command + " " + text;
}

RunMeasurer::RunMeasurer(const ModelSession& session, store::ProfileStore& store, MeasureSettings settings, std::string job)
    : session_(session), store_(store), settings_(settings), job_(std::move(job)), machine_(store::thisMachine()) {
    model_.name = std::filesystem::path(session.path()).filename().string();
    model_.path = session.path();
    model_.hash = session.modelHash();
    model_.nodeCount = session.originalNodeCount();
}

Result<ProfileOutcome> RunMeasurer::measure(const PartitionConfig& config, const std::string& configText,
                                            const std::string& label, const std::string& step,
                                            const ProgressFn& progress,
                                            const std::function<void(int done, int total)>& onIteration) {
    const MeasureSettings& s = settings_;
    ProfileOutcome outcome;
    outcome.label = label;
    auto tell = [&](const std::string& line) {
        if (progress) progress((step.empty() ? "" : step + " ") + label + ": " + line);
    };
    auto plan = session_.partition(config);
    if (!plan) {
        outcome.kind = ProfileOutcomeKind::Failed;
        outcome.message = plan.error().message();
        tell("failed: " + outcome.message);
        return outcome;
    }
    const Model& model = session_.model();
    const PlanDevices devices = devicesOf(session_, *plan);
    outcome.devices = joinText(devices.names, ",");
    outcome.subgraphs = static_cast<int>(plan->subgraphs.size());
    outcome.hostNodes = static_cast<int>(plan->hostNodes.size());
    if (!devices.unavailable.empty()) {
        outcome.unavailableDevice = devices.unavailable;
        outcome.message = devices.unavailable + ": " + devices.unavailableReason;
        tell("skipped (" + outcome.message + ")");
        return outcome;
    }

    store::RunHeader header{model_, store::ConfigInfo{store::sha256Hex(configText), configText}, machine_,
                            devices.adapters, label, outcome.devices, store::kSourceFusebox,
                            {s.threads, s.warmup, s.iters}, job_};
    auto runId = store_.beginRun(header);
    if (!runId) return runId.error();
    outcome.runId = *runId;
    auto fail = [&](const Error& error) -> Result<ProfileOutcome> {
        outcome.kind = ProfileOutcomeKind::Failed;
        outcome.message = error.message();
        tell("failed: " + outcome.message);
        if (Status status = store_.failRun(*runId, outcome.message); !status) return status.error();
        return outcome;
    };

    tell(std::to_string(outcome.subgraphs) + " subgraphs, " + std::to_string(outcome.hostNodes) + " host nodes; compiling");
    auto executor = Executor::create(model, *plan, ExecutorOptions{.threads = s.threads, .hostFallback = s.hostFallback});
    if (!executor) return fail(executor.error());
    for (const Fallback& f : (*executor)->fallbacks()) tell(fallbackText(f));
    if (inputs_.empty()) {
        auto inputs = generateInputs(model.graph, s.seed);
        if (!inputs) return fail(inputs.error());
        inputs_ = std::move(*inputs);
    }
    MeasureOptions options{s.warmup, s.iters, true, s.cancel};
    tell("measuring " + std::to_string(s.warmup) + " warm-up and " + std::to_string(s.iters) + " timed runs");
    auto measured = fusebox::measure(**executor, inputs_, options, onIteration);
    if (!measured && measured.error().kind() == ErrorKind::Cancelled) {
        tell("cancelled; run " + std::to_string(*runId) + " stays incomplete");
        return measured.error();
    }
    if (!measured) return fail(measured.error());

    store::RunResults results = resultsOf(model.graph, *plan, **executor, *measured);
    const bool baseline = !hasBaseline();
    if (!baseline) results.accuracy = accuracyOf(model.graph, measured->outputs, hostOutputs_);
    if (Status status = store_.finishRun(*runId, results); !status) {
        (void)store_.failRun(*runId, "the figures could not be stored: " + status.error().message());
        return status.error();
    }

    outcome.kind = ProfileOutcomeKind::Stored;
    outcome.total = results.total;
    outcome.accuracy = results.accuracy;
    outcome.worstOutput = worstOf(results.accuracy);
    if (baseline) {
        hostOutputs_ = std::move(measured->outputs);
        baselineMedianMs_ = results.total.medianMs;
    }
    if (results.total.medianMs > 0) outcome.speedup = baselineMedianMs_ / results.total.medianMs;
    char median[32];
    std::snprintf(median, sizeof median, "%.3f", results.total.medianMs);
    tell(std::string("median ") + median + " ms, stored as run " + std::to_string(*runId));
    return outcome;
}

} // namespace fusebox
