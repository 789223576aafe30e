// fusebox tune: a measured search for the fastest plan that keeps an accuracy bound.
#include "cli/arg_parser.h"
#include "cli/count_option.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "cli/list_option.h"
#include "cli/measure_options.h"
#include "cli/number_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/file_io.h"
#include "core/json_text.h"
#include "workflow/tuner.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

namespace fusebox::cli {

namespace {

using Json = nlohmann::ordered_json;

double medianOf(const TuneCandidate& c) { return c.outcome.total.medianMs; }

std::string accuracyCell(const TuneCandidate& c, const AccuracyBound& bound) {
    if (c.outcome.kind != ProfileOutcomeKind::Stored) return "-";
    if (c.outcome.accuracy.empty()) return "exact";
    return bound.describeFigure(c.outcome.accuracy);
}

// The best plan against each reference that was measured, by the median over every
// round each was measured in.
struct Speedup {
    std::string over; // "the config as written", "onednn alone", "host"
    double referenceMs = 0;
    double ratio = 0;
};

std::vector<Speedup> speedups(const TuneResult& result) {
    std::vector<Speedup> list;
    const TuneCandidate* best = result.bestCandidate();
    auto add = [&](const std::string& over, int index) {
        if (!best || index < 0) return;
        const TuneCandidate& c = result.candidates[static_cast<std::size_t>(index)];
        if (c.outcome.kind == ProfileOutcomeKind::Stored && best->confirmedMs() > 0) {
            list.push_back({over, c.confirmedMs(), c.confirmedMs() / best->confirmedMs()});
        }
    };
    add("the config as written", result.asWritten);
    for (const auto& [device, index] : result.deviceAlone) add(device + " alone", index);
    add("host", result.host);
    return list;
}

void printResult(const TuneResult& result, const AccuracyBound& bound, double seconds) {
    std::cout << padRight("run", 6) << padRight("candidate", 44) << padRight("median ms", 11) << padRight("est. ms", 10)
              << padRight("accuracy", 22) << "verdict\n";
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const TuneCandidate& c = result.candidates[i];
        const bool stored = c.outcome.kind == ProfileOutcomeKind::Stored;
        std::string verdict = static_cast<int>(i) == result.best ? "best" : c.rejection;
        if (verdict.empty()) verdict = "replaced by a faster candidate";
        std::cout << padRight(c.outcome.runId ? std::to_string(*c.outcome.runId) : "-", 6) << padRight(c.label, 44)
                  << padRight(stored ? fixed(medianOf(c), 3) : "-", 11) << padRight(fixed(c.estimatedMs, 3), 10)
                  << padRight(accuracyCell(c, bound), 22) << verdict << "\n";
    }
    std::cout << "\n" << result.candidates.size() << " candidates measured in " << fixed(seconds, 1) << " s ("
              << result.duplicates << " neighbours had a plan already measured); stopped: " << result.stopReason << "\n";
    for (const auto& [device, why] : result.unavailable) std::cout << "skipped " << device << ": " << why << "\n";
    const TuneCandidate* best = result.bestCandidate();
    if (!best) return;
    std::cout << "best: run " << (best->outcome.runId ? std::to_string(*best->outcome.runId) : "-") << ", " << best->label
              << ": " << fixed(medianOf(*best), 3) << " ms (" << fixed(best->confirmedMs(), 3) << " ms over "
              << best->roundMs.size() + 1 << " rounds), " << accuracyCell(*best, bound) << " (bound: " << bound.describe()
              << ")\n";
    for (const Speedup& s : speedups(result)) {
        std::cout << "  " << fixed(s.ratio, 2) << "x over " << s.over << " (" << fixed(s.referenceMs, 3) << " ms)\n";
    }
}

Json resultJson(const TuneResult& result, const AccuracyBound& bound, const std::string& job, double seconds) {
    Json candidates = Json::array();
    for (const TuneCandidate& c : result.candidates) {
        const bool stored = c.outcome.kind == ProfileOutcomeKind::Stored;
        const std::optional<double> figure = bound.figure(c.outcome.accuracy);
        candidates.push_back({{"run", c.outcome.runId ? Json(*c.outcome.runId) : Json(nullptr)},
                              {"label", c.label},
                              {"median_ms", stored ? Json(medianOf(c)) : Json(nullptr)},
                              {"confirmed_ms", stored && !c.roundMs.empty() ? Json(c.confirmedMs()) : Json(nullptr)},
                              {"estimated_ms", c.estimatedMs},
                              {"accuracy", figure ? Json(*figure) : Json(nullptr)},
                              {"accurate", c.accurate},
                              {"rejection", c.rejection}});
    }
    Json speedup = Json::object();
    for (const Speedup& s : speedups(result)) speedup[s.over] = s.ratio;
    Json unavailable = Json::object();
    for (const auto& [device, why] : result.unavailable) unavailable[device] = why;
    return Json{{"job", job},         {"bound", bound.describe()}, {"seconds", seconds},
                {"stop_reason", result.stopReason}, {"cancelled", result.cancelled},
                {"duplicates", result.duplicates}, {"best", result.best},
                {"speedup", speedup}, {"unavailable", unavailable}, {"candidates", candidates}};
}

} // namespace

int runTune(const CommandArgs& args) {
    std::string model, configPath, devices, db, budget = "30", seconds = "0", rounds = "2", emit;
    MeasureOptionText measureText;
    BoundOptionText boundText;
    bool json = false;
    ArgParser parser("fusebox tune",
                     "Searches for the fastest plan that keeps an accuracy bound against host. Starts from the\n"
                     "host alone, the config as written, each device alone, and each device alone in every\n"
                     "precision its profile allows and on one thread; then moves subgraphs and host regions\n"
                     "between devices and changes precisions, threads, min_subgraph_size and targets while that\n"
                     "is measurably faster, and bisects fast inaccurate candidates to put their culprits on\n"
                     "host. Every candidate is a measured run (a device that cannot compile a subgraph fails\n"
                     "it), stored under one job (fusebox runs --job). Progress goes to stderr; Ctrl-C stops\n"
                     "and keeps what was measured. See docs/tuning.md.");
    parser.positional("MODEL", "ONNX model file", &model)
        .option("--config", "CFG", "partition config (TOML) to start from; required", &configPath)
        .option("--devices", "D1,D2,...", "devices the search may use (default: the config's targets)", &devices)
        .option("--budget", "RUNS", "measured candidates at most, the host baseline included (default 30)", &budget)
        .option("--time", "S", "stop starting candidates after S seconds (default: no limit)", &seconds)
        .option("--confirm", "ROUNDS", "measure the best and the references again, interleaved (default 2; 0: off)", &rounds);
    addBoundOptions(parser, boundText);
    parser.option("--emit-config", "OUT.toml", "write the best plan's config", &emit).option("--db", "FILE", kDbHelp, &db);
    addMeasureOptions(parser, measureText, false);
    parser.flag("--json", "print the candidates and the result as JSON", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    auto measureOptions = parseMeasureOptions(measureText);
    if (!measureOptions) return reportError(measureOptions.error());
    auto bound = parseBoundOptions(boundText);
    if (!bound) return reportError(bound.error());
    auto budgetValue = parseCount("--budget", budget, 1);
    if (!budgetValue) return reportError(budgetValue.error());
    auto secondsValue = parseNumber("--time", seconds, 0, 1e9);
    if (!secondsValue) return reportError(secondsValue.error());
    auto roundsValue = parseCount("--confirm", rounds, 0);
    if (!roundsValue) return reportError(roundsValue.error());

    // A subgraph its device cannot compile fails the candidate: a host fallback measured
    // as if it were the device would mislead the search.
    measureOptions->settings.hostFallback = false;
    auto opened = openJob("tune", model, configPath, *measureOptions, db);
    if (!opened) return reportError(opened.error());
    OpenedJob& job = **opened;
    const ModelSession& session = *job.session;
    TuneOptions options;
    options.devices = splitList(devices);
    options.budget = *budgetValue;
    options.seconds = *secondsValue;
    options.confirmRounds = *roundsValue;
    options.bound = *bound;
    options.cancel = job.measurer->settings().cancel;
    options.progress = [](const std::string& line) { std::cerr << line << "\n"; };
    const auto start = std::chrono::steady_clock::now();
    auto result = tunePartition(session, job.config, options, measuredTrials(*job.measurer, {}));
    if (!result) return reportError(result.error());
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (json) std::cout << jsonText(resultJson(*result, *bound, job.name, wall), 2) << "\n";
    else printResult(*result, *bound, wall);
    if (!emit.empty() && result->bestCandidate()) {
        const TuneCandidate& best = *result->bestCandidate();
        const std::string header = "Tuned by fusebox tune (" + job.name + ") from " + configPath + ": " + best.label + ", " +
                                   fixed(medianOf(best), 3) + " ms median, " + accuracyCell(best, *bound) + " (bound " +
                                   bound->describe() + ").";
        if (Status written = writeFileAtomically(emit, tunedConfigText(*result, job.configText, header)); !written) {
            return reportError(written.error());
        }
        (json ? std::cerr : std::cout) << "config written to " << emit << "\n";
    }
    return result->cancelled ? kExitInterrupted : kExitOk;
}

} // namespace fusebox::cli
