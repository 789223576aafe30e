#include "runtime/executor.h"

#include "core/memory_limits.h"
#include "core/text.h"
#include "partition/boundary.h"
#include "runtime/layout.h"

#include <algorithm>
#include <chrono>

namespace fusebox {

namespace {

// Consecutive host nodes of the plan's order run as one host operator, so the host
// adapter sees them together (and can fuse element-wise chains into their producers).
std::vector<SubgraphOp> executionSteps(const Graph& graph, const PartitionPlan& plan) {
    std::vector<SubgraphOp> steps;
    std::vector<int> hostRunOfNode(graph.nodeIdBound(), -1);
    int hostRuns = 0;
    for (std::size_t s = 0; s < plan.order.size(); ++s) {
        const PlanStep& step = plan.order[s];
        if (step.kind == PlanStep::Kind::Subgraph) {
            steps.push_back(plan.subgraphs[static_cast<std::size_t>(step.subgraph)]);
            continue;
        }
        const bool continues = s > 0 && plan.order[s - 1].kind == PlanStep::Kind::HostNode;
        if (!continues) {
            SubgraphOp run;
            run.id = -1;
            run.device = kHostDevice;
            steps.push_back(std::move(run));
            ++hostRuns;
        }
        steps.back().nodes.push_back(step.node);
        hostRunOfNode[step.node] = hostRuns;
    }
    hostRuns = 0;
    for (SubgraphOp& step : steps) {
        if (step.id < 0) computeBoundary(graph, step, hostRunOfNode, ++hostRuns);
    }
    return steps;
}

// Tensors ExecutorOptions::keep asks for that a step computes inside become outputs of
// that step, so that run() sees (and keeps) them.
void exposeKept(const Graph& graph, std::vector<SubgraphOp>& steps, const std::vector<ValueId>& keep) {
    std::vector<int> stepOfNode(graph.nodeIdBound(), -1);
    for (std::size_t s = 0; s < steps.size(); ++s) {
        for (NodeId id : steps[s].nodes) stepOfNode[id] = static_cast<int>(s);
    }
    for (ValueId id : keep) {
        if (id >= graph.valueCount() || graph.value(id).producer == kNoNode) continue;
        const int step = stepOfNode[graph.value(id).producer];
        if (step < 0) continue;
        std::vector<ValueId>& outputs = steps[static_cast<std::size_t>(step)].outputs;
        if (std::find(outputs.begin(), outputs.end(), id) == outputs.end()) outputs.push_back(id);
    }
}

// Every node of `nodes` the host cannot run, by op type: one error that lists them all.
Status checkHostCoverage(const Graph& graph, const std::vector<NodeId>& nodes, const Adapter& host) {
    std::map<std::string, std::vector<std::string>> missing;
    for (NodeId id : nodes) {
        const Node& node = graph.node(id);
        if (!host.supports(graph, node).accepted) missing[node.domain.empty() ? node.opType : node.domain + "." + node.opType].push_back(node.name);
    }
    if (missing.empty()) return {};
    std::string text = "unsupported ops (no kernel on host):";
    for (const auto& [op, names] : missing) {
        text.append("\n  ").append(op).append(": ");
        for (std::size_t i = 0; i < names.size() && i < 5; ++i) text.append(i ? ", " : "").append(names[i]);
        if (names.size() > 5) text.append(", ... (" + std::to_string(names.size()) + " nodes)");
    }
    return Error(text, ErrorKind::Failed);
}

// A device subgraph as the host runs it: the same nodes and boundary, in NCHW and the
// graph's own element types (empty precision, like every run of host nodes).
SubgraphOp onHost(SubgraphOp op) {
    op.device = kHostDevice;
    op.attributes = DataAttributes{"", "NCHW", 0};
    return op;
}

// Compiles one step with its device's adapter. A device subgraph that fails to compile is
// compiled on host instead, `op` becomes the host's and the failure goes to `fallbacks`;
// with `hostFallback` off the failure is the error.
// Refuses a plan whose tensors cannot fit in memory at once: the graph inputs plus the
// most step outputs alive at the same time, as run() keeps and releases them. Checked
// before anything is compiled or allocated, so the answer is a message with the size
// instead of std::bad_alloc in a kernel or in an adapter's compile.
Status checkPeakMemory(const Graph& graph, const std::vector<SubgraphOp>& steps) {
    std::vector<uint32_t> uses(graph.valueCount(), 0);
    for (const SubgraphOp& step : steps) {
        for (ValueId input : step.inputs) ++uses[input];
    }
    for (ValueId output : graph.outputs()) ++uses[output];
    int64_t live = 0;
    for (ValueId input : graph.inputs()) live += staticByteSize(graph.value(input));
    int64_t peak = live;
    ValueId largest = graph.inputs().empty() ? ValueId(0) : graph.inputs().front();
    for (const SubgraphOp& step : steps) {
        for (ValueId output : step.outputs) {
            live += staticByteSize(graph.value(output));
            if (staticByteSize(graph.value(output)) > staticByteSize(graph.value(largest))) largest = output;
        }
        peak = std::max(peak, live);
        for (ValueId input : step.inputs) {
            if (--uses[input] == 0 && graph.value(input).producer != kNoNode) live -= staticByteSize(graph.value(input));
        }
    }
    const int64_t usable = usableMemoryBytes();
    if (peak <= usable) return {};
    return Error("running this plan needs at least " + humanBytes(peak) + " for the tensors alive at once (the largest, '" +
                     graph.value(largest).name + "', " + humanBytes(staticByteSize(graph.value(largest))) + "), but only " +
                     humanBytes(usable) + " of memory is usable here; give smaller input dims",
                 ErrorKind::Failed);
}

Result<std::unique_ptr<Program>> compileStep(const CompileContext& context, Adapter& adapter, Adapter& host, SubgraphOp& op,
                                             bool hostFallback, std::vector<Fallback>& fallbacks) {
    auto program = adapter.compile(context, op);
    if (program || &adapter == &host) {
        if (!program) return program.error().withContext(op.device);
        return program;
    }
    const std::string where = "subgraph " + std::to_string(op.id) + " on " + op.device;
    if (!hostFallback) return program.error().withContext(where);
    if (Status status = checkHostCoverage(context.graph, op.nodes, host); !status) {
        return Error(where + ": " + program.error().message() + "; the host cannot run it instead: " + status.error().message(),
                     ErrorKind::Failed);
    }
    SubgraphOp hostOp = onHost(op);
    auto hostProgram = host.compile(context, hostOp);
    if (!hostProgram) return hostProgram.error().withContext(where + ", falling back to host");
    fallbacks.push_back({op.id, op.device, program.error().message()});
    op = std::move(hostOp);
    return hostProgram;
}

} // namespace

Result<std::unique_ptr<Executor>> Executor::create(const Model& model, const PartitionPlan& plan,
                                                   const ExecutorOptions& options) {
    const Graph& graph = model.graph;
    Adapter* host = AdapterRegistry::find(kHostDevice);
    if (!host) return Error("no host adapter is built in", ErrorKind::Failed);
    if (Status status = checkHostCoverage(graph, plan.hostNodes, *host); !status) return status.error();

    std::vector<SubgraphOp> steps = executionSteps(graph, plan);
    exposeKept(graph, steps, options.keep);
    if (Status memory = checkPeakMemory(graph, steps); !memory) return memory.error();

    std::unique_ptr<Executor> executor(new Executor(model));
    const CompileContext context{graph, model.opsets, options.threads};
    for (SubgraphOp& op : steps) {
        if (options.everyStepOnHost) op = onHost(std::move(op));
        Adapter* adapter = AdapterRegistry::find(op.device);
        if (!adapter) return Error("device " + op.device + ": no adapter for it in this build", ErrorKind::Failed);
        if (const AdapterProbe probe = adapter->probe(); !probe.available) {
            return Error("device " + op.device + " is not available: " + probe.reason, ErrorKind::Failed);
        }
        auto program = compileStep(context, *adapter, *host, op, options.hostFallback, executor->fallbacks_);
        if (!program) return program.error();
        executor->steps_.push_back({std::move(op), std::move(*program)});
    }
    executor->uses_.assign(graph.valueCount(), 0);
    for (const Step& step : executor->steps_) {
        for (ValueId input : step.op.inputs) ++executor->uses_[input];
    }
    for (ValueId output : graph.outputs()) ++executor->uses_[output];
    executor->keep_.assign(graph.valueCount(), false);
    for (ValueId id : options.keep) {
        if (id < graph.valueCount()) executor->keep_[id] = true;
    }
    return executor;
}

Result<std::vector<Tensor>> Executor::run(const std::map<std::string, Tensor>& inputs, RunStats* stats, bool perNodeTiming,
                                          const std::atomic<bool>* cancel) {
    const Graph& graph = model_.graph;
    std::vector<Tensor> values(graph.valueCount());
    std::vector<Layout> layouts(graph.valueCount(), Layout::NCHW); // the layout values[id] is stored in
    std::vector<Tensor> converted(graph.valueCount());               // values[id] in the other layout, once asked for
    std::vector<uint32_t> uses = uses_;
    for (ValueId id : graph.inputs()) {
        auto it = inputs.find(graph.value(id).name);
        if (it == inputs.end()) return Error("missing input '" + graph.value(id).name + "'");
        values[id] = it->second;
    }
    int64_t liveBytes = 0;
    if (stats) *stats = RunStats{};
    kept_.clear();
    // A tensor in the layout `want`, converted (and counted) when it is stored in the other.
    auto inLayout = [&](ValueId id, Layout want) {
        if (layouts[id] == want || !hasLayout(values[id])) return values[id];
        if (converted[id].empty()) {
            converted[id] = convertLayout(values[id], layouts[id], want);
            if (stats) ++stats->layoutConversions;
        }
        return converted[id];
    };

    for (Step& step : steps_) {
        if (cancel && cancel->load()) return Error("cancelled", ErrorKind::Cancelled);
        const Layout stepLayout = layoutFromName(step.op.attributes.layout);
        std::vector<Tensor> stepInputs;
        for (ValueId id : step.op.inputs) {
            if (values[id].empty() && graph.value(id).constant) values[id] = Tensor::fromConstant(*graph.value(id).constant);
            stepInputs.push_back(inLayout(id, stepLayout));
        }
        std::vector<Tensor> stepOutputs;
        ProgramTimings nodeTimes;
        const auto start = std::chrono::steady_clock::now();
        Status status = step.program->run(stepInputs, stepOutputs, perNodeTiming ? &nodeTimes : nullptr);
        const auto end = std::chrono::steady_clock::now();
        if (!status) return status.error();
        for (std::size_t i = 0; i < step.op.outputs.size() && i < stepOutputs.size(); ++i) {
            liveBytes += static_cast<int64_t>(stepOutputs[i].byteSize());
            values[step.op.outputs[i]] = std::move(stepOutputs[i]);
            layouts[step.op.outputs[i]] = stepLayout;
            const ValueId id = step.op.outputs[i];
            if (keep_[id]) kept_[id] = layouts[id] == Layout::NCHW || !hasLayout(values[id]) ? values[id] : convertLayout(values[id], layouts[id], Layout::NCHW);
        }
        if (stats) {
            stats->stepMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            stats->stepNodeTimes.push_back(std::move(nodeTimes));
            stats->peakBytes = std::max(stats->peakBytes, liveBytes);
        }
        for (ValueId id : step.op.inputs) {
            if (--uses[id] == 0 && graph.value(id).producer != kNoNode) {
                liveBytes -= static_cast<int64_t>(values[id].byteSize());
                values[id] = Tensor();
                converted[id] = Tensor();
            }
        }
    }
    std::vector<Tensor> outputs;
    for (ValueId id : graph.outputs()) {
        if (values[id].empty() && graph.value(id).constant) values[id] = Tensor::fromConstant(*graph.value(id).constant);
        if (values[id].empty()) return Error("output '" + graph.value(id).name + "' was not produced", ErrorKind::Failed);
        outputs.push_back(inLayout(id, Layout::NCHW));
    }
    return outputs;
}

std::string Executor::describe() const {
    std::string text;
    for (const Step& step : steps_) {
        const auto fallback = std::find_if(fallbacks_.begin(), fallbacks_.end(),
                                           [&](const Fallback& f) { return f.subgraph == step.op.id; });
        if (fallback != fallbacks_.end()) text.append(fallbackText(*fallback)).append("\n");
        if (step.op.id >= 0) text.append("subgraph ").append(std::to_string(step.op.id)).append(" on ").append(step.op.device).append(": ");
        text.append(step.program->describe());
    }
    return text;
}

} // namespace fusebox
