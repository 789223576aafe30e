#include "workflow/profile_workflow.h"

#include "core/file_io.h"
#include "core/text.h"
#include "runtime/device_availability.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "runtime/measurement.h"
#include "store/content_hash.h"
#include "store/machine_info.h"
#include "workflow/model_session.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fusebox {

namespace {

using store::ItemKind;
using store::ItemTiming;

// What every run of one profile shares.
struct Shared {
    const ProfileRequest& request;
    store::ProfileStore& store;
    const ProgressFn& progress;
    const ModelSession& session;
    store::ModelInfo model;
    store::MachineInfo machine;
    std::map<std::string, Tensor> inputs;     // generated once, from the baseline's graph
    std::vector<Tensor> hostOutputs;          // the baseline's
    double hostMedianMs = 0;
};

struct Planned {
    PlanVariant variant;
    std::string configText; // as stored
};

// Every device of the plan, host first, and the adapters that run them; the first
// device that cannot run here gives the skip reason.
struct PlanDevices {
    std::vector<std::string> names;
    std::vector<store::AdapterInfo> adapters;
    std::string unavailable;
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
        if (!probe.available && devices.unavailable.empty()) devices.unavailable = name + ": " + probe.reason;
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

// Compiles, measures and stores one run. Errors returned are the store's own (the run
// could not be recorded) or a cancel; a run that fails is an outcome.
Result<ProfileOutcome> profileOne(Shared& shared, const PartitionConfig& config, const Planned& planned, int index,
                                  int count, const std::string& step) {
    const ProfileRequest& r = shared.request;
    const std::string label = planned.variant.label();
    ProfileOutcome outcome;
    outcome.label = label;
    auto tell = [&](const std::string& line) {
        if (shared.progress) shared.progress(step + " " + label + ": " + line);
    };
    auto plan = shared.session.partition(config, planned.variant);
    if (!plan) {
        outcome.kind = ProfileOutcomeKind::Failed;
        outcome.message = plan.error().message();
        tell("failed: " + outcome.message);
        return outcome;
    }
    const Model& model = shared.session.model();
    const PlanDevices devices = devicesOf(shared.session, *plan);
    outcome.devices = joinText(devices.names, ",");
    outcome.subgraphs = static_cast<int>(plan->subgraphs.size());
    outcome.hostNodes = static_cast<int>(plan->hostNodes.size());
    if (!devices.unavailable.empty()) {
        outcome.message = devices.unavailable;
        tell("skipped (" + outcome.message + ")");
        return outcome;
    }

    store::RunHeader header{shared.model, store::ConfigInfo{store::sha256Hex(planned.configText), planned.configText},
                            shared.machine, devices.adapters, label, outcome.devices, store::kSourceFusebox,
                            {r.threads, r.warmup, r.iters}};
    auto runId = shared.store.beginRun(header);
    if (!runId) return runId.error();
    outcome.runId = *runId;
    auto fail = [&](const Error& error) -> Result<ProfileOutcome> {
        outcome.kind = ProfileOutcomeKind::Failed;
        outcome.message = error.message();
        tell("failed: " + outcome.message);
        if (Status status = shared.store.failRun(*runId, outcome.message); !status) return status.error();
        return outcome;
    };

    tell(std::to_string(outcome.subgraphs) + " subgraphs, " + std::to_string(outcome.hostNodes) + " host nodes; compiling");
    auto executor = Executor::create(model, *plan, ExecutorOptions{r.threads, r.hostFallback});
    if (!executor) return fail(executor.error());
    for (const Fallback& f : (*executor)->fallbacks()) tell(fallbackText(f));
    if (shared.inputs.empty()) {
        auto inputs = generateInputs(model.graph, r.seed);
        if (!inputs) return fail(inputs.error());
        shared.inputs = std::move(*inputs);
    }
    MeasureOptions options{r.warmup, r.iters, true, r.cancel};
    tell("measuring " + std::to_string(r.warmup) + " warm-up and " + std::to_string(r.iters) + " timed runs");
    auto iteration = [&](int done, int total) {
        if (r.onIteration) r.onIteration(index, count, done + 1, total);
    };
    auto measured = measure(**executor, shared.inputs, options, iteration);
    if (!measured && measured.error().kind() == ErrorKind::Cancelled) {
        tell("cancelled; run " + std::to_string(*runId) + " stays incomplete");
        return measured.error();
    }
    if (!measured) return fail(measured.error());

    store::RunResults results = resultsOf(model.graph, *plan, **executor, *measured);
    const bool baseline = shared.hostOutputs.empty();
    if (!baseline) results.accuracy = accuracyOf(model.graph, measured->outputs, shared.hostOutputs);
    if (Status status = shared.store.finishRun(*runId, results); !status) {
        (void)shared.store.failRun(*runId, "the figures could not be stored: " + status.error().message());
        return status.error();
    }

    outcome.kind = ProfileOutcomeKind::Stored;
    outcome.total = results.total;
    outcome.worstOutput = worstOf(results.accuracy);
    if (baseline) {
        shared.hostOutputs = std::move(measured->outputs);
        shared.hostMedianMs = results.total.medianMs;
    }
    if (results.total.medianMs > 0) outcome.speedup = shared.hostMedianMs / results.total.medianMs;
    char median[32];
    std::snprintf(median, sizeof median, "%.3f", results.total.medianMs);
    tell(std::string("median ") + median + " ms, stored as run " + std::to_string(*runId));
    return outcome;
}

// A device name without a profile is a typo, not a device that cannot run here.
Status checkDevicesKnown(const std::vector<std::string>& devices, const ModelSession& session) {
    const std::vector<std::string> known = session.deviceNames();
    for (const std::string& device : devices) {
        if (std::find(known.begin(), known.end(), device) == known.end()) {
            return Error("--devices: no profile for device '" + device + "'; " +
                         didYouMeanOr(device, known, "one of " + joinText(known)));
        }
    }
    return {};
}

} // namespace

Result<std::vector<ProfileOutcome>> profileModel(const ProfileRequest& request, store::ProfileStore& store,
                                                 const ProgressFn& progress) {
    auto configText = readTextFile(request.configPath);
    if (!configText) return configText.error();
    auto config = parsePartitionConfig(*configText, request.configPath);
    if (!config) return config.error();
    auto session = ModelSession::open({request.modelPath, config->shapes, request.shapes, request.profilesDirectory, {}});
    if (!session) return session.error();

    const std::vector<std::string>& devices = request.devices.empty() ? config->targets : request.devices;
    if (Status known = checkDevicesKnown(devices, **session); !known) return known.error();
    std::vector<Planned> planned{{PlanVariant::hostOnly(), {}}};
    for (const std::string& device : devices) {
        const PlanVariant variant = PlanVariant::deviceAlone(device);
        const bool seen = std::any_of(planned.begin(), planned.end(), [&](const Planned& p) { return p.variant.label() == variant.label(); });
        if (!seen) planned.push_back({variant, {}});
    }
    for (Planned& p : planned) p.configText = savePartitionConfig(configFor(*config, p.variant));
    planned.push_back({PlanVariant::asWritten(), *configText});

    Shared shared{request, store, progress, **session, {}, store::thisMachine(), {}, {}, 0};
    shared.model.name = std::filesystem::path(request.modelPath).filename().string();
    shared.model.path = request.modelPath;
    shared.model.hash = (*session)->modelHash();
    shared.model.nodeCount = (*session)->originalNodeCount();
    std::vector<ProfileOutcome> outcomes;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        std::string step = "[";
        step.append(std::to_string(i + 1)).append("/").append(std::to_string(planned.size())).append("]");
        if (request.cancel && request.cancel->load()) return Error("cancelled", ErrorKind::Cancelled);
        auto outcome = profileOne(shared, *config, planned[i], static_cast<int>(i), static_cast<int>(planned.size()), step);
        if (!outcome) return outcome.error();
        if (i == 0 && outcome->kind != ProfileOutcomeKind::Stored) {
            // Before a run is recorded the model or config is at fault; after, the run itself.
            return Error(outcome->message, outcome->runId ? ErrorKind::Failed : ErrorKind::InvalidInput);
        }
        outcomes.push_back(std::move(*outcome));
    }
    return outcomes;
}

} // namespace fusebox
