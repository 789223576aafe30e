#include "graph_hierarchy.h"

#include <algorithm>

namespace fusebox::studio {
namespace {

using Range = std::pair<int, int>; // [first, second) in the order

// "/model/layers.3/attn/MatMul" -> model, layers, 3, attn: the parts before the node's own name.
std::vector<std::string_view> scopeParts(std::string_view name) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t index = 0; index <= name.size(); ++index) {
        if (index < name.size() && name[index] != '/' && name[index] != '.') continue;
        if (index > start) parts.push_back(name.substr(start, index - start));
        start = index + 1;
    }
    if (!parts.empty()) parts.pop_back();
    return parts;
}

// The name up to the end of its scope part `part`, without a leading separator: "model/layers.3".
std::string scopeLabel(const std::string& name, std::string_view part) {
    const std::size_t end = std::size_t(part.data() - name.data()) + part.size();
    std::size_t begin = 0;
    while (begin < end && (name[begin] == '/' || name[begin] == '.')) ++begin;
    return name.substr(begin, end - begin);
}

} // namespace

GraphHierarchy::GraphHierarchy(const Graph& graph, const PartitionPlan& plan) {
    positionOf_.assign(graph.nodeIdBound(), -1);
    const auto append = [&](NodeId id, int subgraph) {
        if (id >= positionOf_.size() || positionOf_[id] >= 0 || !graph.hasNode(id)) return;
        positionOf_[id] = int(order_.size());
        order_.push_back(id);
        subgraphAt_.push_back(subgraph);
    };
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            append(step.node, -1);
        } else if (const SubgraphOp* op = plan.findSubgraph(step.subgraph)) {
            for (NodeId id : op->nodes) append(id, op->id);
        }
    }
    // A plan without an order (put together by hand) still shows every node.
    for (NodeId id : graph.nodeIds()) append(id, plan.subgraphOf(id));

    names_.reserve(order_.size()); // scopes_ points into these strings: no reallocation after
    for (NodeId id : order_) names_.push_back(graph.node(id).name);
    scopes_.reserve(order_.size());
    for (const std::string& name : names_) scopes_.push_back(scopeParts(name));

    if (!order_.empty()) topLevel_ = splitMixed(0, int(order_.size()), true);
}

std::span<const NodeId> GraphHierarchy::members(const HierarchyGroup& group) const {
    return std::span<const NodeId>(order_).subspan(std::size_t(group.begin), std::size_t(group.size()));
}

std::vector<int> GraphHierarchy::pathTo(NodeId node) const {
    std::vector<int> path;
    if (node >= positionOf_.size() || positionOf_[node] < 0) return path;
    const int position = positionOf_[node];
    const std::vector<int>* level = &topLevel_;
    while (true) {
        const auto holder = std::find_if(level->begin(), level->end(), [&](int index) {
            return groups_[std::size_t(index)].begin <= position && position < groups_[std::size_t(index)].end;
        });
        if (holder == level->end()) return path;
        path.push_back(*holder);
        level = &groups_[std::size_t(*holder)].children;
    }
}

int GraphHierarchy::find(uint64_t key) const {
    const auto found = byKey_.find(key);
    return found == byKey_.end() ? -1 : found->second;
}

int GraphHierarchy::add(HierarchyGroup group) {
    const int index = int(groups_.size());
    byKey_.emplace(group.key(), index);
    groups_.push_back(std::move(group));
    return index;
}

std::string_view GraphHierarchy::scopeAt(int position, std::size_t depth) const {
    const auto& parts = scopes_[std::size_t(position)];
    return depth < parts.size() ? parts[depth] : std::string_view();
}

std::vector<int> GraphHierarchy::splitMixed(int begin, int end, bool topLevel) {
    std::vector<Range> parts; // runs of one subgraph, or of host nodes
    for (int position = begin; position < end;) {
        int next = position + 1;
        while (next < end && subgraphAt(next) == subgraphAt(position)) ++next;
        parts.emplace_back(position, next);
        position = next;
    }
    const auto partGroup = [&](Range range) {
        HierarchyGroup group;
        group.begin = range.first;
        group.end = range.second;
        group.subgraph = subgraphAt(range.first);
        group.kind = group.subgraph >= 0 ? HierarchyGroup::Kind::Subgraph : HierarchyGroup::Kind::Host;
        group.whole = true;
        const int index = add(std::move(group));
        if (range.second - range.first > kLeafNodes) splitUniform(index);
        return index;
    };
    std::vector<int> children;
    // A small graph shows every part: the sections are for levels too big to read.
    if (parts.size() <= std::size_t(kFanOut) || (topLevel && end - begin <= kLeafNodes)) {
        for (Range part : parts) children.push_back(partGroup(part));
        return children;
    }
    for (Range section : sections(parts)) {
        const auto first = std::lower_bound(parts.begin(), parts.end(), Range(section.first, 0));
        if (first != parts.end() && first->second == section.second) {
            children.push_back(partGroup(*first));
            continue;
        }
        HierarchyGroup group;
        group.kind = HierarchyGroup::Kind::Section;
        group.begin = section.first;
        group.end = section.second;
        const int index = add(std::move(group));
        if (section.second - section.first > kLeafNodes) {
            std::vector<int> inner = splitMixed(section.first, section.second, false);
            groups_[std::size_t(index)].children = std::move(inner);
        }
        children.push_back(index);
    }
    return children;
}

void GraphHierarchy::splitUniform(int index) {
    const HierarchyGroup parent = groups_[std::size_t(index)]; // a copy: add() grows groups_
    // The deepest scope part all nodes share; the children differ in the next one.
    std::size_t common = scopeDepth(parent.begin);
    for (int position = parent.begin + 1; position < parent.end && common > 0; ++position) {
        std::size_t depth = 0;
        while (depth < common && scopeAt(position, depth) == scopeAt(parent.begin, depth)) ++depth;
        common = depth;
    }
    std::vector<Range> runs; // consecutive nodes with the same scope part at depth `common`
    for (int position = parent.begin; position < parent.end;) {
        int next = position + 1;
        while (next < parent.end && scopeAt(next, common) == scopeAt(position, common)) ++next;
        runs.emplace_back(position, next);
        position = next;
    }
    const auto labelOf = [&](int position) {
        const std::string_view part = scopeAt(position, common);
        return part.empty() ? std::string() : scopeLabel(names_[std::size_t(position)], part);
    };
    std::vector<Range> pieces;
    if (runs.size() >= 2) {
        pieces = runs.size() <= std::size_t(kFanOut) ? runs : sections(runs);
    } else { // no scope tells the nodes apart: equal parts
        const int count = std::clamp((parent.size() + kLeafNodes - 1) / kLeafNodes, 2, kFanOut);
        for (int part = 0; part < count; ++part) {
            pieces.emplace_back(parent.begin + int(int64_t(parent.size()) * part / count),
                                parent.begin + int(int64_t(parent.size()) * (part + 1) / count));
        }
    }
    std::vector<int> children;
    for (Range piece : pieces) {
        HierarchyGroup child;
        child.kind = parent.kind;
        child.subgraph = parent.subgraph;
        child.begin = piece.first;
        child.end = piece.second;
        if (runs.size() >= 2) {
            const std::string first = labelOf(piece.first);
            const std::string last = labelOf(piece.second - 1);
            if (first == last) {
                child.scope = first;
            } else {
                child.firstScope = first;
                child.lastScope = last;
            }
        }
        const int childIndex = add(std::move(child));
        if (piece.second - piece.first > kLeafNodes) splitUniform(childIndex);
        children.push_back(childIndex);
    }
    groups_[std::size_t(index)].children = std::move(children);
}

std::vector<Range> GraphHierarchy::sections(const std::vector<Range>& ranges) const {
    // Cut at the range boundary nearest to each of kFanOut - 1 equal steps; boundaries
    // inside the span only, so there are always at least two sections.
    const int begin = ranges.front().first;
    const int end = ranges.back().second;
    std::vector<int> inner;
    for (std::size_t index = 1; index < ranges.size(); ++index) inner.push_back(ranges[index].first);
    if (inner.empty()) return {Range(begin, end)};
    std::vector<int> cuts;
    for (int step = 1; step < kFanOut; ++step) {
        const int ideal = begin + int(int64_t(end - begin) * step / kFanOut);
        auto next = std::lower_bound(inner.begin(), inner.end(), ideal);
        if (next == inner.end() || (next != inner.begin() && ideal - *(next - 1) < *next - ideal)) --next;
        cuts.push_back(*next);
    }
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Range> result;
    int from = begin;
    for (int cut : cuts) {
        result.emplace_back(from, cut);
        from = cut;
    }
    result.emplace_back(from, end);
    return result;
}

} // namespace fusebox::studio
