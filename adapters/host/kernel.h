#pragma once
// Host reference kernels: one function per ONNX op, registered next to its code.
//
//   Status reluKernel(KernelContext& ctx) { ... ctx.setOutput(0, result); return {}; }
//   FUSEBOX_HOST_KERNEL(Relu, reluKernel)
//
// A kernel reads ctx.input(i) (nullptr for an omitted optional input), the node's
// attributes and ctx.opset(), allocates its outputs with Tensor::allocate and hands
// them over with ctx.setOutput. Failures are returned as Error values naming what was
// wrong ("Gather: index 7 out of range for axis 0 of size 5"); never throw, never crash
// on bad input (bad shapes, out-of-range indices, unsupported types).

#include "core/result.h"
#include "ir/graph.h"
#include "runtime/tensor.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fusebox::host {

class KernelContext;
class PreparedChain;
using Kernel = Status (*)(KernelContext&);

// Runs a nested graph (If/Loop/Scan bodies). `inputs` are the body's formal inputs in
// order; names the body reads from enclosing graphs are looked up in `outer`.
using SubgraphRunner = std::function<Result<std::vector<Tensor>>(const Graph& body, const std::vector<Tensor>& inputs)>;

class KernelContext {
public:
    KernelContext(const Graph& graph, const Node& node, int64_t opset, std::vector<const Tensor*> inputs,
                  SubgraphRunner runSubgraph = {}, int threads = 1)
        : graph_(graph), node_(node), opset_(opset), inputs_(std::move(inputs)), outputs_(node.outputs.size()),
          runSubgraph_(std::move(runSubgraph)), threads_(threads) {}

    const Graph& graph() const { return graph_; }
    const Node& node() const { return node_; }
    const Attributes& attributes() const { return node_.attributes; }
    int64_t opset() const { return opset_; } // version of the node's domain in the model

    std::size_t inputCount() const { return inputs_.size(); }
    const Tensor* input(std::size_t index) const { return index < inputs_.size() ? inputs_[index] : nullptr; }
    std::size_t outputCount() const { return outputs_.size(); }
    // Whether output `index` is used at all (omitted optional outputs have no value).
    bool wantsOutput(std::size_t index) const { return index < node_.outputs.size() && node_.outputs[index] != kNoValue; }
    void setOutput(std::size_t index, Tensor tensor) { outputs_.at(index) = std::move(tensor); }
    std::vector<Tensor>& outputs() { return outputs_; }

    int threads() const { return threads_; }
    const SubgraphRunner& runSubgraph() const { return runSubgraph_; }

    // Element-wise steps fused after this node, on output 0 (null when none). A kernel
    // that writes that output in blocks may run them on each block it has written, and
    // then says so with epilogueDone(); otherwise they run on the whole output after it.
    const PreparedChain* epilogue() const { return epilogue_; }
    void setEpilogue(const PreparedChain* chain) { epilogue_ = chain; }
    void epilogueDone() { epilogueDone_ = true; }
    bool epilogueApplied() const { return epilogueDone_; }

    // An Error that starts with the op type and node name, and names the node as a field.
    // A kernel refuses what the model (or an input file) gives it: bad input, exit 2.
    Error fail(const std::string& message) const {
        return Error(node_.opType + " '" + node_.name + "': " + message, ErrorKind::InvalidInput).atNode(node_.name);
    }

private:
    const Graph& graph_;
    const Node& node_;
    int64_t opset_;
    std::vector<const Tensor*> inputs_;
    std::vector<Tensor> outputs_;
    SubgraphRunner runSubgraph_;
    int threads_;
    const PreparedChain* epilogue_ = nullptr;
    bool epilogueDone_ = false;
};

// Op type (default domain) -> kernel. Filled by FUSEBOX_HOST_KERNEL at start-up.
class KernelRegistry {
public:
    static bool add(const char* opType, Kernel kernel);
    static Kernel find(const std::string& opType);
    static std::vector<std::string> opTypes(); // sorted
};

// Runs the kernel of ctx.node(): an error when there is none (custom domains have none),
// when it fails or throws, or when it leaves a wanted output unset. The one way every
// caller (the graph runner, constant folding) runs a node.
Status runKernel(KernelContext& ctx);

#define FUSEBOX_HOST_KERNEL(OP, FUNCTION) \
    [[maybe_unused]] static const bool kRegistered##OP = ::fusebox::host::KernelRegistry::add(#OP, FUNCTION)

} // namespace fusebox::host
