#pragma once

#include "core/result.h"
#include "ir/attribute.h"
#include "ir/element_type.h"
#include "ir/shape.h"
#include "ir/tensor_data.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fusebox {

using NodeId = uint32_t;
using ValueId = uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();
inline constexpr ValueId kNoValue = std::numeric_limits<ValueId>::max(); // an omitted optional input

// A tensor flowing between nodes.
struct Value {
    ValueId id = kNoValue;
    std::string name;
    ElementType type = ElementType::Undefined;
    Shape shape;
    NodeId producer = kNoNode;          // kNoNode for graph inputs, constants and outer-scope values
    std::vector<NodeId> consumers;      // one entry per consuming input slot
    std::optional<TensorData> constant; // set for initializers and folded constants
    bool fromOuterScope = false;        // nested graphs: defined by an enclosing graph
    std::string unshapedReason;         // why the shape is not static, where settleShapes could tell
};

// Bytes of a value with a static shape and a fixed-size element type, else 0.
int64_t staticByteSize(const Value& value);

// Every static shape of the graph has at most kMaxElementCount elements (input dims given
// by the user can multiply past any tensor a machine holds, or wrap around 64 bits); the
// error names the first value that does not, and the node that makes or reads it.
class Graph;
Status checkValueSizes(const Graph& graph);

// For refusals that need a static shape: "'v' is 2x?: <unshapedReason>", with a hint to
// fix the input dims where no reason was recorded.
std::string describeMissingShape(const Value& value);

struct Node {
    NodeId id = kNoNode;
    std::string name; // unique within its graph; never empty
    std::string opType;
    std::string domain; // "" is the default ONNX domain
    std::vector<ValueId> inputs;
    std::vector<ValueId> outputs;
    Attributes attributes;
    bool knownOp = true; // false for ops no schema describes (custom domains)
};

// What addNode needs; the graph fills in ids, producer/consumer links and the name.
struct NodeSpec {
    std::string opType;
    std::string domain;
    std::string name; // empty: named after the first output tensor
    std::vector<ValueId> inputs;
    std::vector<ValueId> outputs;
    Attributes attributes;
    bool knownOp = true;
};

// The graph IR. Ids are stable for the lifetime of the graph (removal leaves a hole),
// so plans and configs can refer to nodes while other nodes are edited.
class Graph {
public:
    Graph() = default;
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    Graph(Graph&&) = default;
    Graph& operator=(Graph&&) = default;

    // Values -------------------------------------------------------------------------
    // Names are unique; adding an existing name returns the existing value.
    ValueId addValue(const std::string& name, ElementType type = ElementType::Undefined, Shape shape = {});
    Value& value(ValueId id) { return *values_[id]; }
    const Value& value(ValueId id) const { return *values_[id]; }
    std::optional<ValueId> findValue(const std::string& name) const;
    std::size_t valueCount() const { return values_.size(); }

    // Nodes --------------------------------------------------------------------------
    NodeId addNode(NodeSpec spec);
    void removeNode(NodeId id); // unlinks it from its values; the id is never reused
    Node& node(NodeId id) { return *nodes_[id]; }
    const Node& node(NodeId id) const { return *nodes_[id]; }
    bool hasNode(NodeId id) const { return id < nodes_.size() && nodes_[id] != nullptr; }
    std::optional<NodeId> findNode(const std::string& name) const;
    std::size_t nodeCount() const { return liveNodes_; }
    std::vector<NodeId> nodeIds() const; // live nodes in insertion order
    // One past the largest id ever given out: the size for vectors indexed by NodeId.
    std::size_t nodeIdBound() const { return nodes_.size(); }

    // A name not yet used by a node: `base` itself, else base_2, base_3, ...
    std::string uniqueNodeName(const std::string& base) const;
    // Keeps `name` free for the node that will be added with it, so nodes added before
    // it cannot take it as a derived name (the importer reserves all explicit names).
    void reserveNodeName(const std::string& name) { reservedNames_.insert(name); }

    // Redirects every consumer of `from` (and the graph outputs) to `to`.
    void replaceAllUses(ValueId from, ValueId to);

    // Graph interface ----------------------------------------------------------------
    const std::vector<ValueId>& inputs() const { return inputs_; }   // real inputs, no initializers
    const std::vector<ValueId>& outputs() const { return outputs_; }
    void addInput(ValueId id) { inputs_.push_back(id); }
    void addOutput(ValueId id) { outputs_.push_back(id); }

    // Producers before consumers; among ready nodes the lowest id first, so the order
    // is deterministic and equals file order for a sorted model. Fails on a cycle.
    Result<std::vector<NodeId>> topologicalOrder() const;

private:
    std::vector<std::unique_ptr<Value>> values_;
    std::vector<std::unique_ptr<Node>> nodes_;
    std::unordered_map<std::string, ValueId> valuesByName_;
    std::unordered_map<std::string, NodeId> nodesByName_;
    std::unordered_set<std::string> reservedNames_;
    std::vector<ValueId> inputs_;
    std::vector<ValueId> outputs_;
    std::size_t liveNodes_ = 0;
};

// The If/Loop/Scan bodies among the node's attributes; empty for other nodes.
std::vector<const Graph*> bodiesOf(const Node& node);

// Values of `graph` that the bodies of `node` (If/Loop/Scan, at any depth) read from
// outside: inputs of the node as real as its listed ones.
std::vector<ValueId> capturedValues(const Graph& graph, const Node& node);

// Everything a node reads: its present inputs, then its captured values. One entry per
// input slot, so a value read twice appears twice (use counts stay balanced).
std::vector<ValueId> valuesRead(const Graph& graph, const Node& node);

} // namespace fusebox
