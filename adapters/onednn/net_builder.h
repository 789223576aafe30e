#pragma once
// Builds the oneDNN form of a subgraph. Values become oneDNN memories in the formats the
// primitives choose (format_tag::any inside the subgraph); fused node groups become
// primitives appended in execution order; weights are reordered once, here. The op
// builders in ops/ use this class; OnednnProgram runs the Network it returns.

#include "fusion.h"
#include "runtime/layout.h"
#include "runtime/tensor.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace fusebox::onednn {

using dnnl::memory;
using Dims = memory::dims;

// A value inside the compiled subgraph: its ONNX dims and the memory that holds it.
struct NetTensor {
    Dims dims;
    memory mem;
    bool constant = false; // the graph's constant data: converted once, at compile time
};

using Args = std::unordered_map<int, memory>;

struct NetStep {
    dnnl::primitive primitive;
    Args args;
    NodeId node = kNoNode; // the node its time is attributed to (a fused group's anchor)
    std::string text;      // one line of describe()
    std::string impl;      // the implementation oneDNN chose, e.g. "jit:avx2", "ref:any"
};

// A subgraph input or output: the caller's buffer (f32, boundary layout; its data handle
// is set on every run) and the reorder from or to the internal memory.
struct BoundaryTensor {
    Dims dims;
    memory user;
    dnnl::reorder reorder;
    Args args;
};

// The compiled subgraph: boundary reorders around a list of primitives.
struct Network {
    std::vector<BoundaryTensor> inputs, outputs;
    std::vector<NetStep> steps;
    std::vector<Tensor> keepAlive; // constant buffers memories point into
    std::vector<memory> buffers;   // every buffer allocated here: views and steps point into them
};

// Row-major descriptor (rank 0 becomes [1]).
memory::desc plainDesc(const Dims& dims, memory::data_type type);
bool isPlain(const memory::desc& md);
// A descriptor for `dims` in the format of `like` (same rank): `like` itself for its own
// dims, else its format tag when it is a plain, channels-last or channel-blocked one, else
// row-major.
memory::desc sameFormat(const memory::desc& like, const Dims& dims);
// "f32 aBcd16b" for describe().
std::string formatText(const memory::desc& md);
// Whether `impl` is oneDNN's reference implementation ("ref:any"): plain C++ loops, often
// 10-100 times slower than a JIT kernel for the same primitive.
bool isReferenceImpl(const std::string& impl);

class NetBuilder {
public:
    NetBuilder(const Graph& graph, const SubgraphOp& subgraph, const dnnl::engine& engine, memory::data_type computeType,
               const std::map<std::string, int64_t>& opsets);

    const Graph& graph() const { return graph_; }
    const Node& node(NodeId id) const { return graph_.node(id); }
    const dnnl::engine& engine() const { return engine_; }
    memory::data_type computeType() const { return computeType_; } // f32 or bf16 inside the subgraph
    int64_t opset() const { return opset_; }                         // of the default ONNX domain

    // Inputs: `dims` per subgraph input, in the boundary layout `layout`.
    Status defineInputs(const std::vector<Dims>& dims, Layout layout);
    // Outputs and the finished network; the builder is spent afterwards.
    Result<Network> finish(Layout layout);

    // Values: built ones, or constants as f32 row-major memory over the graph's data.
    bool isConstant(ValueId id) const { return graph_.value(id).constant.has_value(); }
    Result<std::vector<float>> constantFloats(ValueId id) const;
    Result<std::vector<int64_t>> constantInts(ValueId id) const;
    Result<NetTensor> tensor(ValueId id);
    // The value in row-major format (reordered once if its producer chose another).
    Result<NetTensor> plainTensor(ValueId id);
    // The value as memory of `want`: itself, a copy made now (constants) or a reorder step.
    Result<memory> input(ValueId id, const memory::desc& want, NodeId node);
    void define(ValueId id, NetTensor tensor);
    // `id` as a view of `source`'s buffer with other dims (Reshape, Flatten...).
    Status defineView(ValueId id, ValueId source, const Dims& dims);

    // Whether a fused group running at `anchor` may write into `value`'s buffer: nothing
    // reads it later, it is not a subgraph output, and no view shares its buffer.
    bool deadAfter(ValueId value, NodeId anchor, NodeId reader) const;

    memory allocate(const memory::desc& md);
    // `source` in the format `want`, reordered now (weights: once, at compile time).
    memory prepared(const memory& source, const memory::desc& want);
    // float values as f32 row-major memory that the network keeps alive.
    memory ownedFloats(const Dims& dims, std::vector<float> values);

    void add(dnnl::primitive primitive, Args args, NodeId node, std::string text);
    // The steps added so far, in order.
    const std::vector<NetStep>& steps() const { return network_.steps; }
    // A reorder step from `from` to a new memory of `want`; returns the new memory.
    memory reorder(const memory& from, const memory::desc& want, NodeId node);

private:
    int position(NodeId id) const;

    const Graph& graph_;
    const SubgraphOp& subgraph_;
    dnnl::engine engine_;
    dnnl::stream stream_;
    memory::data_type computeType_;
    int64_t opset_ = 0;
    std::map<ValueId, NetTensor> values_;
    std::map<ValueId, NetTensor> plain_; // row-major copies of blocked values
    std::set<ValueId> shared_;           // values whose buffer a view shares
    std::map<NodeId, int> positions_;    // index in subgraph.nodes
    Network network_;
};

// "relu", "Conv 'conv1'" style helpers for messages.
std::string nodeLabel(const Node& node);

} // namespace fusebox::onednn
