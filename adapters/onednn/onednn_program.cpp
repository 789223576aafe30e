#include "onednn_program.h"

#include "op_registry.h"

#include <omp.h>

#include <chrono>

namespace fusebox::onednn {

namespace {

// The dims a boundary tensor has in the subgraph's layout (NHWC moves C last).
Dims boundaryDims(const Dims& dims, Layout layout) {
    if (layout != Layout::NHWC || dims.size() != 4) return dims;
    return {dims[0], dims[2], dims[3], dims[1]};
}

Dims graphDims(const Dims& boundary, Layout layout) {
    if (layout != Layout::NHWC || boundary.size() != 4) return boundary;
    return {boundary[0], boundary[3], boundary[1], boundary[2]};
}

// Runs one group's builder, turning oneDNN's exceptions into errors that name the node.
Status buildGroup(NetBuilder& b, const FusedGroup& g) {
    const Node& anchor = b.node(g.anchor);
    const OpBuild build = OpRegistry::find(anchor.opType);
    if (!build || !anchor.domain.empty()) return Error(nodeLabel(anchor) + ": no oneDNN primitive for this op", ErrorKind::Failed);
    try {
        return build(b, g);
    } catch (const dnnl::error& e) {
        return Error(nodeLabel(anchor) + ": oneDNN refused the primitive (" + e.what() + ")", ErrorKind::Failed);
    }
}

// The implementation of the first primitive in steps[first..] that runs oneDNN's reference
// loops; empty when none does. Reorders do not count: no other form avoids them.
std::string referenceImpl(const std::vector<NetStep>& steps, std::size_t first) {
    for (std::size_t i = first; i < steps.size(); ++i) {
        if (steps[i].primitive.get_kind() != dnnl::primitive::kind::reorder && isReferenceImpl(steps[i].impl)) return steps[i].impl;
    }
    return {};
}

} // namespace

OnednnProgram::OnednnProgram(const CompileContext& context, const SubgraphOp& subgraph, ProgramSettings settings)
    : graph_(context.graph), opsets_(context.opsets), subgraph_(subgraph), settings_(std::move(settings)),
      layout_(layoutFromName(subgraph.attributes.layout)), engine_(dnnl::engine::kind::cpu, 0), stream_(engine_) {}

Result<std::unique_ptr<Program>> OnednnProgram::create(const CompileContext& context, const SubgraphOp& subgraph, ProgramSettings settings) {
    std::unique_ptr<OnednnProgram> program(new OnednnProgram(context, subgraph, std::move(settings)));
    std::vector<Dims> dims;
    for (ValueId id : subgraph.inputs) {
        const Value& value = context.graph.value(id);
        if (!value.shape.isStatic()) return std::unique_ptr<Program>(std::move(program)); // built at the first run
        dims.push_back(value.shape.staticSizes());
    }
    if (Status s = program->build(dims); !s) return s.error();
    return std::unique_ptr<Program>(std::move(program));
}

// Builds the network. A fused primitive oneDNN refuses, or implements only with its
// reference loops, is retried with its anchor alone (the unfused primitives have JIT
// kernels: PP-OCR rec had 7 such binaries on AVX2). A bf16 primitive on the reference
// loops even alone keeps the subgraph in fp32, unless it is on them in fp32 too.
Status OnednnProgram::build(const std::vector<Dims>& inputDims) {
    using dt = memory::data_type;
    omp_set_num_threads(settings_.threads); // primitives pick their blocking for this many threads
    dt type = settings_.computeType;
    std::set<NodeId> unfused;
    std::map<NodeId, std::string> slowInBf16; // single primitives on ref:any in bf16: anchor -> impl
    bool bf16Settled = false;                  // fp32 was tried and is on ref:any for all of them too
    notes_.clear();
    for (;;) {
        NetBuilder builder(graph_, subgraph_, engine_, type, opsets_);
        if (Status s = builder.defineInputs(inputDims, layout_); !s) return s;
        bool retry = false;
        std::map<NodeId, std::string> slowAlone; // this pass's single primitives on ref:any
        for (const FusedGroup& group : planFusion(graph_, subgraph_, unfused)) {
            const std::size_t first = builder.steps().size();
            if (Status status = buildGroup(builder, group); !status) {
                if (group.nodes.size() == 1) return status;
                unfused.insert(group.anchor);
                retry = true;
                break;
            }
            const std::string impl = referenceImpl(builder.steps(), first);
            if (impl.empty()) continue;
            if (group.nodes.size() == 1) {
                slowAlone[group.anchor] = impl;
                continue;
            }
            std::string label = nodeLabel(graph_.node(group.anchor));
            for (std::size_t i = 1; i < group.nodes.size(); ++i) label += (i == 1 ? " fused with " : ", ") + nodeLabel(graph_.node(group.nodes[i]));
            notes_.push_back(label + " would use " + impl + "; built unfused");
            unfused.insert(group.anchor);
            retry = true; // the network is still whole: the pass goes on to find the others
        }
        if (retry) continue;
        // A change of precision starts over: fused forms refused in one may build in the other.
        if (type == dt::bf16 && !slowAlone.empty() && !bf16Settled) {
            slowInBf16 = slowAlone;
            type = dt::f32;
            unfused.clear();
            notes_.clear();
            continue;
        }
        if (type == dt::f32 && !slowInBf16.empty()) {
            std::string helped; // the primitives fp32 takes off ref:any
            for (const auto& [anchor, impl] : slowInBf16) {
                if (!slowAlone.count(anchor)) helped += (helped.empty() ? " " : ", ") + nodeLabel(graph_.node(anchor)) + " would use " + impl;
            }
            if (helped.empty()) {
                slowInBf16.clear();
                bf16Settled = true;
                type = dt::bf16;
                unfused.clear();
                notes_.clear();
                continue;
            }
            notes_.insert(notes_.begin(), "kept in fp32: in bf16," + helped);
        }
        try {
            auto network = builder.finish(layout_);
            if (!network) return network.error();
            network_ = std::move(*network);
        } catch (const dnnl::error& e) {
            return Error(std::string("oneDNN refused an output reorder (") + e.what() + ")", ErrorKind::Failed);
        }
        builtFor_ = inputDims;
        return {};
    }
}

Status OnednnProgram::run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) {
    omp_set_num_threads(settings_.threads);
    if (inputs.size() != subgraph_.inputs.size()) return Error("onednn: expected " + std::to_string(subgraph_.inputs.size()) + " inputs", ErrorKind::Failed);
    std::vector<Dims> dims;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].type() != ElementType::Float32) {
            return Error("onednn: input '" + graph_.value(subgraph_.inputs[i]).name + "' is " + std::string(elementTypeName(inputs[i].type())) +
                         ", expected float32", ErrorKind::Failed);
        }
        dims.push_back(graphDims(inputs[i].dims(), layout_));
    }
    if (dims != builtFor_) {
        if (Status s = build(dims); !s) return s;
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        BoundaryTensor& in = network_.inputs[i];
        in.user.set_data_handle(const_cast<std::byte*>(inputs[i].raw())); // reorders only read their source
        in.reorder.execute(stream_, in.args);
    }
    std::map<NodeId, double> nodeMs;
    for (NetStep& step : network_.steps) {
        if (!timings) {
            step.primitive.execute(stream_, step.args);
            continue;
        }
        const auto start = std::chrono::steady_clock::now();
        step.primitive.execute(stream_, step.args);
        stream_.wait();
        nodeMs[step.node] += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    outputs.clear();
    for (BoundaryTensor& out : network_.outputs) {
        Tensor tensor = Tensor::allocate(ElementType::Float32, boundaryDims(out.dims, layout_), Tensor::Fill::None);
        out.user.set_data_handle(tensor.raw());
        out.reorder.execute(stream_, out.args);
        outputs.push_back(std::move(tensor));
    }
    stream_.wait();
    if (timings) {
        for (const auto& [node, ms] : nodeMs) {
            if (node != kNoNode) timings->nodeMs.emplace_back(node, ms);
        }
    }
    return {};
}

std::string OnednnProgram::describe() const {
    std::string text = settings_.header + ", " + std::to_string(settings_.threads) + " threads:\n";
    if (builtFor_.empty() && !subgraph_.inputs.empty()) return text + "  (built at the first run, for the input shapes given)\n";
    for (const std::string& note : notes_) text.append("  ").append(note).append("\n");
    for (const NetStep& step : network_.steps) text.append("  ").append(step.text).append("\n");
    return text;
}

} // namespace fusebox::onednn
