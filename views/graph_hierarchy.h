#pragma once
// The levels of the fused view. The plan's execution order (each subgraph's nodes side by
// side) is cut into nested groups: the top level holds the subgraphs and the runs of host
// nodes between them; a group too big to show node by node splits by the model's own name
// scopes ("/"- or "."-separated prefixes) or, without them, into equal parts; a level with
// more parts than fit on a screen gathers them into sections. Every group is a contiguous
// run of one execution order, so the boxes of any level form a graph without cycles.

#include "partition/partition_plan.h"
#include "workflow/model_session.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fusebox::studio {

struct HierarchyGroup {
    enum class Kind {
        Subgraph, // nodes of one plan subgraph (all of it, or a part when it is large)
        Host,     // host nodes
        Section,  // several subgraphs and host runs, side by side in the order
    };
    Kind kind = Kind::Host;
    int begin = 0; // [begin, end) in GraphHierarchy::order()
    int end = 0;
    int subgraph = -1; // Kind::Subgraph: the plan subgraph's id
    bool whole = false; // the whole subgraph or the whole run of host nodes, not a part of it
    std::string scope;         // the name scope that made this group ("" when none did)
    std::string firstScope, lastScope; // a section of scopes: the first and last of them
    std::vector<int> children; // indexes into GraphHierarchy::groups(); empty: shown node by node

    int size() const { return end - begin; }
    // Identifies the group among those of equal plans (never 0).
    uint64_t key() const { return (uint64_t(uint32_t(begin)) << 32) | uint32_t(end); }
};

class GraphHierarchy {
public:
    // A group of at most this many nodes expands into its nodes.
    static constexpr int kLeafNodes = 1000;
    // At most this many boxes per level, so that the fit view of a level stays readable.
    static constexpr int kFanOut = 12;
    // Graphs with more nodes open in the fused view.
    static constexpr std::size_t kFusedViewAbove = 2000;

    GraphHierarchy(const Graph& graph, const PartitionPlan& plan);

    // Every node once, in execution order, each subgraph's nodes together.
    const std::vector<NodeId>& order() const { return order_; }
    const std::vector<HierarchyGroup>& groups() const { return groups_; }
    const std::vector<int>& topLevel() const { return topLevel_; }
    std::span<const NodeId> members(const HierarchyGroup& group) const;
    // The groups that hold `node`, outermost first (empty for an unknown node).
    std::vector<int> pathTo(NodeId node) const;
    // The group with this key, or -1.
    int find(uint64_t key) const;
    // The plan subgraph of the node at `position` in order() (-1: host).
    int subgraphAt(int position) const { return subgraphAt_[std::size_t(position)]; }

private:
    int add(HierarchyGroup group);
    // Groups for the parts of [begin, end) (runs of one subgraph or of host nodes).
    std::vector<int> splitMixed(int begin, int end, bool topLevel);
    // Children for a group of one subgraph or of host nodes that is too big to show whole.
    void splitUniform(int group);
    // Gathers consecutive ranges into at most kFanOut sections of about equal node count.
    std::vector<std::pair<int, int>> sections(const std::vector<std::pair<int, int>>& ranges) const;
    std::string_view scopeAt(int position, std::size_t depth) const;
    std::size_t scopeDepth(int position) const { return scopes_[std::size_t(position)].size(); }

    std::vector<NodeId> order_;
    std::vector<int> positionOf_; // per NodeId, its index in order_ (-1: none)
    std::vector<int> subgraphAt_; // per position, the plan subgraph (-1: host)
    std::vector<std::vector<std::string_view>> scopes_; // per position, the name's scope parts
    std::vector<std::string> names_;                     // per position, what scopes_ points into
    std::vector<HierarchyGroup> groups_;
    std::unordered_map<uint64_t, int> byKey_;
    std::vector<int> topLevel_;
};

} // namespace fusebox::studio
