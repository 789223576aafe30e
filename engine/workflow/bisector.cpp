#include "workflow/bisector.h"

#include "config/config_edit.h"
#include "workflow/plan_variant.h"

#include <algorithm>
#include <map>

namespace fusebox {

namespace {

using Units = std::vector<std::vector<NodeId>>; // what a search moves to host: subgraphs or single nodes

void append(std::vector<NodeId>& to, const std::vector<NodeId>& nodes) { to.insert(to.end(), nodes.begin(), nodes.end()); }

class Bisection {
public:
    Bisection(const ModelSession& session, const PartitionConfig& config, const BisectOptions& options, const TrialRunner& run)
        : session_(session), config_(config), options_(options), run_(run) {}

    Result<BisectResult> run() {
        auto plan = session_.partition(config_);
        if (!plan) return plan.error();
        result_.plan = std::move(*plan);
        if (Status status = measureBaseline(); !status) return status.error();
        auto asWritten = probe({}, "config");
        if (!asWritten) return asWritten.error();
        result_.needed = !*asWritten;
        if (!result_.needed) return std::move(result_);

        Units subgraphs;
        for (const SubgraphOp& op : result_.plan.subgraphs) subgraphs.push_back(op.nodes);
        auto culprits = findCulprits(subgraphs, {}, "subgraphs");
        if (!culprits) return culprits.error();
        std::vector<std::vector<NodeId>> kept; // per culprit subgraph: the nodes still moved
        for (std::size_t index : *culprits) {
            result_.culpritSubgraphs.push_back(result_.plan.subgraphs[index].id);
            kept.push_back(subgraphs[index]);
        }
        for (std::size_t c = 0; c < kept.size(); ++c) {
            std::vector<NodeId> others;
            for (std::size_t o = 0; o < kept.size(); ++o) {
                if (o != c) append(others, kept[o]);
            }
            Units nodes;
            for (NodeId id : kept[c]) nodes.push_back({id});
            auto nodeCulprits = findCulprits(nodes, others, "subgraph " + std::to_string(result_.culpritSubgraphs[c]) + " nodes");
            if (!nodeCulprits) return nodeCulprits.error();
            kept[c].clear();
            for (std::size_t index : *nodeCulprits) kept[c].push_back(nodes[index].front());
        }
        for (const std::vector<NodeId>& nodes : kept) append(result_.culpritNodes, nodes);
        std::vector<int> position(session_.graph().nodeIdBound(), 0);
        for (std::size_t s = 0; s < result_.plan.order.size(); ++s) {
            const PlanStep& step = result_.plan.order[s];
            if (step.kind == PlanStep::Kind::HostNode) position[step.node] = static_cast<int>(s);
        }
        int at = static_cast<int>(result_.plan.order.size());
        for (const SubgraphOp& op : result_.plan.subgraphs) {
            for (NodeId id : op.nodes) position[id] = at++;
        }
        std::sort(result_.culpritNodes.begin(), result_.culpritNodes.end(),
                  [&](NodeId a, NodeId b) { return position[a] < position[b]; });
        result_.fix = hostRule(result_.culpritNodes);
        auto fixed = probe(result_.culpritNodes, "culprits on host");
        if (!fixed) return fixed.error();
        auto fixedProbe = probeOf_.find(signatureOf(result_.culpritNodes));
        result_.fixedProbe = fixedProbe == probeOf_.end() ? 0 : fixedProbe->second; // 0: every subgraph went to host
        return std::move(result_);
    }

private:
    Rule hostRule(const std::vector<NodeId>& nodes) const {
        std::vector<std::string> names;
        for (NodeId id : nodes) names.push_back(session_.graph().node(id).name);
        return deviceRuleForNodes(names, kHostDevice);
    }

    PartitionConfig configWith(const std::vector<NodeId>& onHost) const {
        PartitionConfig config = config_;
        if (!onHost.empty()) config.rules.push_back(hostRule(onHost));
        return config;
    }

    std::string signatureOf(const std::vector<NodeId>& onHost) const {
        auto plan = session_.partition(configWith(onHost));
        return plan ? planSignature(*plan) : std::string();
    }

    Status measureBaseline() {
        const PartitionConfig host = configFor(config_, PlanVariant::hostOnly());
        auto outcome = run_(host, kHostDevice);
        if (!outcome) return outcome.error();
        if (outcome->kind != ProfileOutcomeKind::Stored) {
            return Error("the host baseline could not be measured: " + outcome->message, ErrorKind::Failed);
        }
        auto plan = session_.partition(host);
        if (!plan) return plan.error();
        result_.probes.push_back({kHostDevice, {}, std::move(*outcome), true});
        accurate_[planSignature(*plan)] = true;
        probeOf_[planSignature(*plan)] = 0;
        return {};
    }

    // Whether the config with `onHost` moved to host keeps the bound, measured unless a
    // probe of the same plan was.
    Result<bool> probe(const std::vector<NodeId>& onHost, const std::string& label) {
        const PartitionConfig config = configWith(onHost);
        auto plan = session_.partition(config);
        if (!plan) return plan.error();
        if (plan->subgraphs.empty()) return true; // the host itself
        const std::string signature = planSignature(*plan);
        if (auto known = accurate_.find(signature); known != accurate_.end()) return known->second;
        if (options_.cancel && options_.cancel->load()) return Error("cancelled", ErrorKind::Cancelled);
        auto outcome = run_(config, label);
        if (!outcome) return outcome.error();
        if (outcome->kind != ProfileOutcomeKind::Stored) {
            return Error("probe '" + label + "' could not be measured: " + outcome->message, ErrorKind::Failed);
        }
        const bool accurate = options_.bound.holds(outcome->accuracy);
        if (options_.progress) {
            options_.progress("probe " + std::to_string(result_.probes.size()) + " " + label + ": " +
                              options_.bound.describeFigure(outcome->accuracy) + (accurate ? ", keeps " : ", misses ") +
                              options_.bound.describe());
        }
        accurate_[signature] = accurate;
        probeOf_[signature] = static_cast<int>(result_.probes.size());
        result_.probes.push_back({label, onHost, std::move(*outcome), accurate});
        return accurate;
    }

    // The culprits among `units`, given that `base` plus every unit on host keeps the
    // bound: indices into `units`, each needed with the ones before it on host.
    Result<std::vector<std::size_t>> findCulprits(const Units& units, const std::vector<NodeId>& base, const std::string& what) {
        std::vector<std::size_t> culprits;
        std::vector<NodeId> moved = base; // base plus the culprits found
        std::size_t passing = units.size(); // moved plus units [0, passing) keeps the bound
        while (true) {
            auto enough = probe(moved, describe(what, culprits.size(), 0, 0));
            if (!enough) return enough.error();
            if (*enough || passing == 0) return culprits;
            std::size_t failing = 0; // moved plus units [0, failing) misses the bound
            while (passing - failing > 1) {
                const std::size_t middle = failing + (passing - failing) / 2;
                std::vector<NodeId> nodes = moved;
                for (std::size_t u = 0; u < middle; ++u) append(nodes, units[u]);
                auto keeps = probe(nodes, describe(what, culprits.size(), 0, middle));
                if (!keeps) return keeps.error();
                (*keeps ? passing : failing) = middle;
            }
            culprits.push_back(passing - 1);
            append(moved, units[passing - 1]);
            passing -= 1;
        }
    }

    // "2 culprits + subgraphs 0-3 on host"
    static std::string describe(const std::string& what, std::size_t culprits, std::size_t from, std::size_t to) {
        std::string text;
        if (culprits) text.append(std::to_string(culprits)).append(culprits > 1 ? " culprits" : " culprit");
        if (to > from) {
            text.append(text.empty() ? "" : " + ").append(what).append(" ").append(std::to_string(from));
            if (to - 1 > from) text.append("-").append(std::to_string(to - 1));
        }
        return text.empty() ? "nothing on host" : text.append(" on host");
    }

    const ModelSession& session_;
    const PartitionConfig& config_;
    const BisectOptions& options_;
    const TrialRunner& run_;
    BisectResult result_;
    std::map<std::string, bool> accurate_; // by plan signature
    std::map<std::string, int> probeOf_;   // by plan signature: the probe that measured it
};

} // namespace

Result<BisectResult> bisectAccuracy(const ModelSession& session, const PartitionConfig& config, const BisectOptions& options,
                                    const TrialRunner& run) {
    if (Status status = validatePartitionConfig(config, session.graph(), session.deviceNames()); !status) return status.error();
    if (Status status = options.bound.checkOutput(session.graph()); !status) return status.error();
    return Bisection(session, config, options, run).run();
}

} // namespace fusebox
