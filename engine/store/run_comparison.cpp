#include "store/run_comparison.h"

#include <algorithm>
#include <map>

namespace fusebox::store {

namespace {

std::optional<double> measured(const TimingStats& stats) {
    return stats.samples > 0 ? std::optional<double>(stats.medianMs) : std::nullopt;
}

// Adds `ms` to `sum`: none plus none stays none.
void accumulate(std::optional<double>& sum, std::optional<double> ms) {
    if (ms) sum = sum.value_or(0) + *ms;
}

void finish(ComparisonRow& row, const StoredRun& a, const StoredRun& b) {
    if (row.aMs && row.bMs && *row.aMs > 0) row.ratio = *row.bMs / *row.aMs;
    const double aTotal = a.results.total.medianMs, bTotal = b.results.total.medianMs;
    row.aShare = row.aMs && aTotal > 0 ? *row.aMs / aTotal : 0;
    row.bShare = row.bMs && bTotal > 0 ? *row.bMs / bTotal : 0;
}

std::string where(const ItemTiming& node) {
    return node.subgraph ? node.device + " sg " + std::to_string(*node.subgraph) : node.device;
}

std::vector<ComparisonRow> byNode(const StoredRun& a, const StoredRun& b) {
    std::map<std::string, const ItemTiming*> inB;
    for (const ItemTiming& node : b.results.nodes) inB[node.item] = &node;
    std::vector<ComparisonRow> rows;
    auto add = [&](const ItemTiming* x, const ItemTiming* y) {
        const ItemTiming& any = x ? *x : *y;
        ComparisonRow row{any.item, x ? where(*x) : "", y ? where(*y) : "", 1, {}, {}, {}, 0, 0};
        if (x) row.aMs = measured(x->stats);
        if (y) row.bMs = measured(y->stats);
        rows.push_back(std::move(row));
    };
    for (const ItemTiming& node : a.results.nodes) {
        auto match = inB.find(node.item);
        add(&node, match == inB.end() ? nullptr : match->second);
        if (match != inB.end()) inB.erase(match);
    }
    for (const ItemTiming& node : b.results.nodes) {
        if (inB.count(node.item)) add(nullptr, &node);
    }
    return rows;
}

std::vector<ComparisonRow> byOpType(const StoredRun& a, const StoredRun& b) {
    struct Sums {
        int aNodes = 0, bNodes = 0;
        std::optional<double> aMs, bMs;
    };
    std::map<std::string, Sums> sums;
    for (const ItemTiming& node : a.results.nodes) {
        ++sums[node.opType].aNodes;
        accumulate(sums[node.opType].aMs, measured(node.stats));
    }
    for (const ItemTiming& node : b.results.nodes) {
        ++sums[node.opType].bNodes;
        accumulate(sums[node.opType].bMs, measured(node.stats));
    }
    auto count = [](int nodes) { return nodes ? std::to_string(nodes) + (nodes == 1 ? " node" : " nodes") : std::string(); };
    std::vector<ComparisonRow> rows;
    for (const auto& [op, sum] : sums) {
        rows.push_back({op, count(sum.aNodes), count(sum.bNodes), std::max(sum.aNodes, sum.bNodes), sum.aMs, sum.bMs, {}, 0, 0});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow& x, const ComparisonRow& y) {
        return x.aMs.value_or(-1) > y.aMs.value_or(-1);
    });
    return rows;
}

// Union-find over node names.
class Groups {
public:
    int add(const std::string& node) {
        auto [it, added] = index_.try_emplace(node, static_cast<int>(parent_.size()));
        if (added) parent_.push_back(it->second);
        return it->second;
    }
    int find(int x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void join(int x, int y) { parent_[find(x)] = find(y); }
    int of(const std::string& node) { return find(index_.at(node)); }

private:
    std::map<std::string, int> index_;
    std::vector<int> parent_;
};

// A run's units: each subgraph, and each host node on its own.
struct Unit {
    std::string label; // "onednn sg 0" or "host"
    std::optional<double> ms;
    std::vector<const ItemTiming*> nodes;
};

std::vector<Unit> unitsOf(const StoredRun& run) {
    std::map<int, std::size_t> bySubgraph;
    std::vector<Unit> units;
    for (const ItemTiming& node : run.results.nodes) {
        if (!node.subgraph) {
            units.push_back({node.device, measured(node.stats), {&node}});
            continue;
        }
        auto [it, added] = bySubgraph.try_emplace(*node.subgraph, units.size());
        if (added) {
            Unit unit{where(node), {}, {}};
            for (const ItemTiming& sg : run.results.subgraphs) {
                if (sg.item == std::to_string(*node.subgraph)) unit.ms = measured(sg.stats);
            }
            units.push_back(std::move(unit));
        }
        units[it->second].nodes.push_back(&node);
    }
    return units;
}

// "onednn sg 0", "3 host nodes", "onednn sg 0 + 2 host nodes".
std::string describe(const std::vector<const Unit*>& units) {
    std::vector<std::string> parts;
    int hostNodes = 0;
    std::string hostDevice;
    for (const Unit* unit : units) {
        if (unit->nodes.size() == 1 && !unit->nodes[0]->subgraph) {
            ++hostNodes;
            hostDevice = unit->label;
        } else {
            parts.push_back(unit->label);
        }
    }
    if (hostNodes == 1) parts.push_back(hostDevice);
    if (hostNodes > 1) parts.push_back(std::to_string(hostNodes) + " " + hostDevice + " nodes");
    std::string text;
    for (const std::string& part : parts) text.append(text.empty() ? "" : " + ").append(part);
    return text;
}

std::vector<ComparisonRow> bySubgraph(const StoredRun& a, const StoredRun& b) {
    const std::vector<Unit> unitsA = unitsOf(a), unitsB = unitsOf(b);
    Groups groups;
    for (const auto* units : {&unitsA, &unitsB}) {
        for (const Unit& unit : *units) {
            const int first = groups.add(unit.nodes.front()->item);
            for (const ItemTiming* node : unit.nodes) groups.join(groups.add(node->item), first);
        }
    }
    struct Part {
        std::vector<const Unit*> a, b;
        int firstPosition = 0;
        std::string firstNode;
        int nodes = 0;
    };
    std::map<int, Part> parts; // by group root
    std::vector<int> order;    // roots in the order A (then B) first reaches them
    auto collect = [&](const std::vector<Unit>& units, bool inA) {
        for (const Unit& unit : units) {
            const int root = groups.of(unit.nodes.front()->item);
            auto [it, added] = parts.try_emplace(root);
            if (added) {
                order.push_back(root);
                it->second.firstNode = unit.nodes.front()->item;
            }
            (inA ? it->second.a : it->second.b).push_back(&unit);
            if (inA || it->second.a.empty()) it->second.nodes += static_cast<int>(unit.nodes.size());
        }
    };
    collect(unitsA, true);
    collect(unitsB, false);
    std::vector<ComparisonRow> rows;
    for (int root : order) {
        const Part& part = parts[root];
        ComparisonRow row{part.firstNode, describe(part.a), describe(part.b), part.nodes, {}, {}, {}, 0, 0};
        for (const Unit* unit : part.a) accumulate(row.aMs, unit->ms);
        for (const Unit* unit : part.b) accumulate(row.bMs, unit->ms);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Comparison compareRuns(const StoredRun& a, const StoredRun& b, CompareBy by) {
    Comparison comparison;
    comparison.totals = {"total", a.summary.label, b.summary.label, 0, measured(a.results.total), measured(b.results.total),
                         {}, 0, 0};
    comparison.totals.nodes = static_cast<int>(std::max(a.results.nodes.size(), b.results.nodes.size()));
    finish(comparison.totals, a, b);
    switch (by) {
    case CompareBy::Node: comparison.rows = byNode(a, b); break;
    case CompareBy::OpType: comparison.rows = byOpType(a, b); break;
    case CompareBy::Subgraph: comparison.rows = bySubgraph(a, b); break;
    }
    for (ComparisonRow& row : comparison.rows) finish(row, a, b);
    return comparison;
}

} // namespace fusebox::store
