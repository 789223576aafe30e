#include "workflow/tuner.h"

#include "config/config_edit.h"
#include "core/text.h"
#include "workflow/bisector.h"
#include "workflow/plan_variant.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>
#include <thread>

namespace fusebox {

namespace {

using Clock = std::chrono::steady_clock;

std::string fixedText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string precisionOf(const PartitionConfig& config, const DeviceProfile& profile) {
    auto it = config.devices.find(profile.name);
    if (it != config.devices.end() && it->second.precision) return *it->second.precision;
    return std::string(precisionName(profile.precisions.empty() ? Precision::FP32 : profile.precisions.front()));
}

int threadsOf(const PartitionConfig& config, const std::string& device) {
    auto it = config.devices.find(device);
    return it != config.devices.end() && it->second.threads ? *it->second.threads : 0;
}

// The intra-op thread counts worth measuring for a device: its setting (0: all cores)
// and one thread. Where another process takes a core — or the cores share one's worth of
// time — spinning runtime threads make "all cores" several times slower than one.
std::vector<int> threadChoices(const PartitionConfig& config, const std::string& device) {
    const int set = threadsOf(config, device);
    std::vector<int> choices{set};
    if (set != 1 && std::thread::hardware_concurrency() > 1) choices.push_back(1);
    return choices;
}

void setThreads(PartitionConfig& config, const std::string& device, int threads) {
    if (threads > 0) config.devices[device].threads = threads;
    else if (auto it = config.devices.find(device); it != config.devices.end()) it->second.threads.reset();
}

std::string threadsLabel(int threads) {
    if (threads == 0) return "";
    return threads == 1 ? ", 1 thread" : ", " + std::to_string(threads) + " threads";
}

std::vector<std::string> nodeNames(const Graph& graph, const std::vector<NodeId>& nodes) {
    std::vector<std::string> names;
    for (NodeId id : nodes) names.push_back(graph.node(id).name);
    return names;
}

// Maximal runs of consecutive host nodes in the plan's order: the regions no target took.
std::vector<std::vector<NodeId>> hostRuns(const PartitionPlan& plan) {
    std::vector<std::vector<NodeId>> runs;
    bool open = false;
    for (const PlanStep& step : plan.order) {
        if (step.kind != PlanStep::Kind::HostNode) {
            open = false;
            continue;
        }
        if (!open) runs.emplace_back();
        open = true;
        runs.back().push_back(step.node);
    }
    return runs;
}

bool sameSettings(const PartitionConfig& a, const PartitionConfig& b) {
    if (a.targets != b.targets || a.minSubgraphSize != b.minSubgraphSize || a.maxSubgraphs != b.maxSubgraphs) return false;
    if (a.devices.size() != b.devices.size()) return false;
    for (const auto& [name, settings] : a.devices) {
        auto other = b.devices.find(name);
        if (other == b.devices.end() || settings.precision != other->second.precision ||
            settings.layout != other->second.layout || settings.threads != other->second.threads) {
            return false;
        }
    }
    return true;
}

// How `config` differs from the config as written: rules appended to its rules, or more.
void describeChanges(const PartitionConfig& written, TuneCandidate& candidate) {
    const std::vector<Rule>& rules = candidate.config.rules;
    bool prefix = rules.size() >= written.rules.size();
    for (std::size_t i = 0; prefix && i < written.rules.size(); ++i) prefix = formatRule(rules[i]) == formatRule(written.rules[i]);
    candidate.settingsChanged = !prefix || !sameSettings(written, candidate.config);
    candidate.addedRules.clear();
    if (prefix) candidate.addedRules.assign(rules.begin() + static_cast<std::ptrdiff_t>(written.rules.size()), rules.end());
}

class Search {
public:
    Search(const ModelSession& session, const PartitionConfig& config, const TuneOptions& options, const TrialRunner& run,
           std::vector<std::string> devices)
        : session_(session), written_(config), options_(options), run_(run), devices_(std::move(devices)),
          start_(Clock::now()) {}

    Result<TuneResult> search() {
        auto host = start("host", configFor(written_, PlanVariant::hostOnly()));
        if (!host) return host.error();
        result_.host = *host;
        if (result_.host < 0 || result_.candidates[0].outcome.kind != ProfileOutcomeKind::Stored) {
            const std::string why = result_.host < 0 ? result_.stopReason : result_.candidates[0].outcome.message;
            return Error("the host baseline could not be measured: " + why, ErrorKind::Failed);
        }
        auto asWritten = start("config", written_);
        if (!asWritten) return asWritten.error();
        result_.asWritten = *asWritten;
        for (const std::string& device : devices_) {
            auto alone = start(device + " alone", configFor(written_, PlanVariant::deviceAlone(device)));
            if (!alone) return alone.error();
            if (*alone >= 0) result_.deviceAlone[device] = *alone;
        }
        for (const std::string& device : devices_) {
            const DeviceProfile* profile = session_.profile(device);
            const PartitionConfig alone = configFor(written_, PlanVariant::deviceAlone(device));
            for (Precision precision : profile->precisions) {
                const std::string name(precisionName(precision));
                for (int threads : threadChoices(alone, device)) {
                    if (name == precisionOf(alone, *profile) && threads == threadsOf(alone, device)) continue; // "alone"
                    PartitionConfig config = alone;
                    config.devices[device].precision = name;
                    setThreads(config, device, threads);
                    if (auto index = start(device + " alone " + name + threadsLabel(threads), config); !index) return index.error();
                }
            }
        }
        while (!stopped()) {
            auto moved = stepToNeighbour();
            if (!moved) return moved.error();
            if (*moved) continue;
            auto repaired = repairFastest();
            if (!repaired) return repaired.error();
            if (!*repaired && !stopped()) result_.stopReason = "no faster neighbour";
        }
        if (Status confirmed = confirm(); !confirmed) return confirmed.error();
        return std::move(result_);
    }

private:
    bool stopped() const { return !result_.stopReason.empty(); }

    // The best candidate and the references measured again, interleaved round by round.
    Status confirm() {
        if (result_.cancelled || result_.best < 0) return {};
        std::vector<int> measured{result_.best, result_.asWritten, result_.host};
        for (const auto& [device, index] : result_.deviceAlone) measured.push_back(index);
        std::set<int> seen;
        std::vector<int> order;
        for (int index : measured) {
            if (index >= 0 && seen.insert(index).second &&
                result_.candidates[static_cast<std::size_t>(index)].outcome.kind == ProfileOutcomeKind::Stored) {
                order.push_back(index);
            }
        }
        for (int round = 1; round <= options_.confirmRounds; ++round) {
            for (int index : order) {
                TuneCandidate& c = result_.candidates[static_cast<std::size_t>(index)];
                if (options_.cancel && options_.cancel->load()) return {};
                auto outcome = run_(c.config, "confirm " + std::to_string(round) + ": " + c.label);
                if (!outcome && outcome.error().kind() == ErrorKind::Cancelled) return {};
                if (!outcome) return outcome.error();
                if (outcome->kind == ProfileOutcomeKind::Stored) c.roundMs.push_back(outcome->total.medianMs);
            }
            tell("confirmation round " + std::to_string(round) + "/" + std::to_string(options_.confirmRounds) + " done");
        }
        return {};
    }

    // A starting point: the partitioner rejecting it is bad input; the search stopping
    // (budget, time, cancel) is not an error. The index of the candidate that has its
    // plan (measured now or before), -1 when none does.
    Result<int> start(const std::string& label, const PartitionConfig& config) {
        auto plan = session_.partition(config);
        if (!plan) return plan.error().withContext(label);
        auto outcome = trial(config, label, *plan);
        if (!outcome && !stopped()) return outcome.error();
        auto index = candidateOf_.find(planSignature(*plan));
        return index == candidateOf_.end() ? -1 : index->second;
    }

    // Measures the plan of `config` unless a plan equal to it was measured (then that
    // outcome again) or it uses a device that cannot run here; records each measured
    // candidate and whether it became the best. Returns a Cancelled error once the
    // search is stopped (budget, time, cancel).
    Result<ProfileOutcome> trial(const PartitionConfig& config, const std::string& label, const PartitionPlan& plan) {
        improved_ = false;
        const std::string signature = planSignature(plan);
        if (auto known = outcomes_.find(signature); known != outcomes_.end()) {
            ++result_.duplicates;
            return known->second;
        }
        for (const SubgraphOp& op : plan.subgraphs) {
            if (auto why = result_.unavailable.find(op.device); why != result_.unavailable.end()) {
                ProfileOutcome skipped;
                skipped.label = label;
                skipped.message = op.device + ": " + why->second;
                return skipped;
            }
        }
        if (!withinLimits()) return Error("the search stopped: " + result_.stopReason, ErrorKind::Cancelled);
        auto outcome = run_(config, label);
        if (!outcome && outcome.error().kind() == ErrorKind::Cancelled) {
            result_.stopReason = "cancelled";
            result_.cancelled = true;
            return outcome.error();
        }
        if (!outcome) return outcome.error();
        outcomes_[signature] = *outcome;
        if (outcome->kind == ProfileOutcomeKind::Skipped) {
            // Every later plan that uses the device is skipped unmeasured.
            const std::string& device = outcome->unavailableDevice;
            const std::string& message = outcome->message;
            result_.unavailable[device] = message.starts_with(device + ": ") ? message.substr(device.size() + 2) : message;
            tell(label + ": skipped (" + message + ")");
            return outcome;
        }
        record(config, label, plan, *outcome);
        return outcome;
    }

    void record(const PartitionConfig& config, const std::string& label, const PartitionPlan& plan, const ProfileOutcome& outcome) {
        TuneCandidate candidate;
        candidate.label = label;
        candidate.config = config;
        describeChanges(written_, candidate);
        candidate.estimatedMs = plan.estimatedMs;
        candidate.outcome = outcome;
        if (outcome.kind == ProfileOutcomeKind::Failed) {
            candidate.rejection = "failed: " + outcome.message;
        } else {
            candidate.accurate = plan.subgraphs.empty() || options_.bound.holds(outcome.accuracy);
            if (!candidate.accurate) {
                candidate.rejection = options_.bound.describeFigure(outcome.accuracy) + " misses " + options_.bound.describe();
            }
        }
        const int index = static_cast<int>(result_.candidates.size());
        const TuneCandidate* best = result_.bestCandidate();
        if (candidate.accurate) {
            if (!best || outcome.total.medianMs < best->outcome.total.medianMs * (1 - options_.minGain)) {
                improved_ = true;
            } else {
                candidate.rejection = "not faster than the best (" + fixedText(best->outcome.total.medianMs) + " ms)";
            }
        }
        candidateOf_[planSignature(plan)] = index;
        result_.candidates.push_back(std::move(candidate));
        if (improved_) result_.best = index;
        report(index);
    }

    bool withinLimits() {
        if (options_.cancel && options_.cancel->load()) {
            result_.stopReason = "cancelled";
            result_.cancelled = true;
        } else if (static_cast<int>(result_.candidates.size()) >= options_.budget) {
            result_.stopReason = "budget of " + std::to_string(options_.budget) + " runs spent";
        } else if (options_.seconds > 0 && std::chrono::duration<double>(Clock::now() - start_).count() >= options_.seconds) {
            result_.stopReason = "time limit of " + fixedText(options_.seconds) + " s reached";
        }
        return !stopped();
    }

    void tell(const std::string& line) const {
        if (options_.progress) options_.progress(line);
    }

    void report(int index) const {
        const TuneCandidate& c = result_.candidates[static_cast<std::size_t>(index)];
        const TuneCandidate* best = result_.bestCandidate();
        std::string line = "candidate " + std::to_string(index + 1) + "/" + std::to_string(options_.budget) + " " + c.label + ": ";
        if (c.outcome.kind == ProfileOutcomeKind::Stored) line += fixedText(c.outcome.total.medianMs) + " ms";
        if (!c.rejection.empty()) line += (c.outcome.kind == ProfileOutcomeKind::Stored ? ", " : "") + c.rejection;
        if (best) line += "; best " + best->label + " " + fixedText(best->outcome.total.medianMs) + " ms";
        tell(line);
    }

    struct Neighbour {
        std::string label;
        PartitionConfig config;
    };

    Neighbour withRule(const PartitionConfig& base, std::string label, const std::vector<NodeId>& nodes,
                       const std::string& device) const {
        Neighbour next{std::move(label), base};
        next.config.rules.push_back(deviceRuleForNodes(nodeNames(session_.graph(), nodes), device));
        return next;
    }

    std::vector<Neighbour> neighbours(const PartitionConfig& best, const PartitionPlan& plan) const {
        const Graph& graph = session_.graph();
        std::vector<Neighbour> list;
        std::vector<std::string> places{kHostDevice};
        for (const std::string& device : devices_) {
            if (!result_.unavailable.count(device)) places.push_back(device);
        }
        for (const SubgraphOp& op : plan.subgraphs) {
            for (const std::string& place : places) {
                if (place == op.device) continue;
                list.push_back(withRule(best, "subgraph " + std::to_string(op.id) + " (" + std::to_string(op.nodes.size()) +
                                                  " nodes) -> " + place, op.nodes, place));
            }
        }
        for (const std::vector<NodeId>& run : hostRuns(plan)) {
            for (std::size_t p = 1; p < places.size(); ++p) {
                list.push_back(withRule(best, "host nodes from " + graph.node(run.front()).name + " (" + std::to_string(run.size()) +
                                                  ") -> " + places[p], run, places[p]));
            }
        }
        std::set<std::string> used;
        for (const SubgraphOp& op : plan.subgraphs) used.insert(op.device);
        for (const std::string& device : used) {
            const DeviceProfile* profile = session_.profile(device);
            if (!profile) continue;
            for (Precision precision : profile->precisions) {
                const std::string name(precisionName(precision));
                if (name == precisionOf(best, *profile)) continue;
                Neighbour next{device + " " + name, best};
                next.config.devices[device].precision = name;
                list.push_back(std::move(next));
            }
        }
        for (const std::string& device : used) {
            const int set = threadsOf(best, device);
            for (int threads : {0, 1}) {
                if (threads == set || (threads == 1 && std::thread::hardware_concurrency() < 2)) continue;
                Neighbour next{device + (threads ? " 1 thread" : " all cores"), best};
                setThreads(next.config, device, threads);
                list.push_back(std::move(next));
            }
        }
        for (int size : {1, 2, 4, 8, 16}) {
            if (size == best.minSubgraphSize) continue;
            Neighbour next{"min_subgraph_size " + std::to_string(size), best};
            next.config.minSubgraphSize = size;
            list.push_back(std::move(next));
        }
        const std::vector<std::string>& targets = best.targets;
        for (std::size_t i = 0; i + 1 < targets.size(); ++i) {
            Neighbour next{"targets " + targets[i + 1] + " before " + targets[i], best};
            std::swap(next.config.targets[i], next.config.targets[i + 1]);
            list.push_back(std::move(next));
        }
        for (std::size_t p = 1; p < places.size(); ++p) {
            const std::string& device = places[p];
            const bool targeted = std::find(targets.begin(), targets.end(), device) != targets.end();
            if (targeted && targets.size() < 2) continue;
            Neighbour next{(targeted ? "targets without " : "targets with ") + device, best};
            std::vector<std::string>& t = next.config.targets;
            if (targeted) t.erase(std::find(t.begin(), t.end(), device));
            else t.push_back(device);
            list.push_back(std::move(next));
        }
        return list;
    }

    // Measures the neighbours of the best candidate, the lowest estimate first, until
    // one replaces it; false when none does.
    Result<bool> stepToNeighbour() {
        const TuneCandidate* best = result_.bestCandidate();
        if (!best) return false;
        const PartitionConfig bestConfig = best->config;
        auto plan = session_.partition(bestConfig);
        if (!plan) return plan.error();
        struct Planned {
            Neighbour neighbour;
            PartitionPlan plan;
        };
        std::vector<Planned> planned;
        for (Neighbour& next : neighbours(bestConfig, *plan)) {
            auto nextPlan = session_.partition(next.config);
            if (!nextPlan) continue; // a neighbour the partitioner rejects is no plan
            if (outcomes_.count(planSignature(*nextPlan))) {
                ++result_.duplicates;
                continue;
            }
            planned.push_back({std::move(next), std::move(*nextPlan)});
        }
        std::stable_sort(planned.begin(), planned.end(),
                         [](const Planned& a, const Planned& b) { return a.plan.estimatedMs < b.plan.estimatedMs; });
        for (Planned& p : planned) {
            auto outcome = trial(p.neighbour.config, p.neighbour.label, p.plan);
            if (!outcome && stopped()) return false;
            if (!outcome) return outcome.error();
            if (improved_) return true;
        }
        return false;
    }

    // A candidate faster than the best but inaccurate is bisected: its culprits go to
    // host and that plan is a candidate too (then its host regions are neighbours that
    // may go to another device). The fastest such candidate first; false when none is left.
    Result<bool> repairFastest() {
        const TuneCandidate* best = result_.bestCandidate();
        int fastest = -1;
        for (std::size_t i = 0; i < result_.candidates.size(); ++i) {
            const TuneCandidate& c = result_.candidates[i];
            if (c.accurate || c.outcome.kind != ProfileOutcomeKind::Stored || repaired_.count(static_cast<int>(i))) continue;
            if (best && c.outcome.total.medianMs >= best->outcome.total.medianMs * (1 - options_.minGain)) continue;
            if (fastest < 0 || c.outcome.total.medianMs < result_.candidates[static_cast<std::size_t>(fastest)].outcome.total.medianMs) {
                fastest = static_cast<int>(i);
            }
        }
        if (fastest < 0) return false;
        repaired_.insert(fastest);
        const TuneCandidate& culprit = result_.candidates[static_cast<std::size_t>(fastest)];
        const PartitionConfig config = culprit.config;
        const std::string prefix = "repair of " + culprit.label + ": ";
        tell("bisecting " + culprit.label + " for the nodes that break " + options_.bound.describe());
        const TrialRunner probe = [&](const PartitionConfig& probeConfig, const std::string& label) -> Result<ProfileOutcome> {
            auto plan = session_.partition(probeConfig);
            if (!plan) return plan.error();
            return trial(probeConfig, prefix + label, *plan);
        };
        auto fixed = bisectAccuracy(session_, config, BisectOptions{options_.bound, options_.cancel, {}}, probe);
        if (!fixed && stopped()) return false;
        if (!fixed) return fixed.error();
        return true;
    }

    const ModelSession& session_;
    const PartitionConfig& written_;
    const TuneOptions& options_;
    const TrialRunner& run_;
    std::vector<std::string> devices_;
    Clock::time_point start_;
    TuneResult result_;
    std::map<std::string, ProfileOutcome> outcomes_; // by plan signature: every plan measured (or skipped)
    std::map<std::string, int> candidateOf_;          // by plan signature: the candidate that measured it
    std::set<int> repaired_;                          // candidates bisected already
    bool improved_ = false;                           // the last trial became the best
};

} // namespace

Result<TuneResult> tunePartition(const ModelSession& session, const PartitionConfig& config, const TuneOptions& options,
                                 const TrialRunner& run) {
    if (Status status = validatePartitionConfig(config, session.graph(), session.deviceNames()); !status) return status.error();
    if (Status status = options.bound.checkOutput(session.graph()); !status) return status.error();
    if (options.budget < 1) return Error("--budget: at least 1 run (the host baseline) is needed");
    std::vector<std::string> devices;
    for (const std::string& device : options.devices.empty() ? config.targets : options.devices) {
        if (device == kHostDevice) continue;
        if (!session.profile(device)) {
            const std::vector<std::string> known = session.deviceNames();
            return Error("--devices: no profile for device '" + device + "'; " + didYouMeanOr(device, known, "one of " + joinText(known)));
        }
        if (std::find(devices.begin(), devices.end(), device) == devices.end()) devices.push_back(device);
    }
    return Search(session, config, options, run, std::move(devices)).search();
}

double TuneCandidate::confirmedMs() const {
    std::vector<double> all = roundMs;
    all.push_back(outcome.total.medianMs);
    std::sort(all.begin(), all.end());
    const std::size_t n = all.size();
    return n % 2 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
}

std::string tunedConfigText(const TuneResult& result, const std::string& writtenText, const std::string& header) {
    std::string comment;
    for (std::size_t start = 0; start < header.size();) {
        const std::size_t end = std::min(header.find('\n', start), header.size());
        comment.append("# ").append(header, start, end - start).append("\n");
        start = end + 1;
    }
    const TuneCandidate* best = result.bestCandidate();
    if (!best) return comment + writtenText;
    if (!best->settingsChanged) return comment + "\n" + appendRules(writtenText, best->addedRules);
    return comment + "\n" + savePartitionConfig(best->config);
}

} // namespace fusebox
