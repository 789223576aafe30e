// fusebox profile: the model on host alone, on each device as the only target and with
// the config as written; every run timed per node, checked against host and stored.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/list_option.h"
#include "cli/measure_options.h"
#include "cli/exit_codes.h"
#include "cli/number_format.h"
#include "cli/spread_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/json_text.h"
#include "store/run_spread.h"
#include "workflow/profile_workflow.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace fusebox::cli {

namespace {

using Json = nlohmann::ordered_json;

const char* outcomeName(ProfileOutcomeKind kind) {
    switch (kind) {
    case ProfileOutcomeKind::Stored: return "complete";
    case ProfileOutcomeKind::Failed: return "failed";
    case ProfileOutcomeKind::Skipped: return "skipped";
    }
    return "failed";
}

Json outcomeJson(const ProfileOutcome& o) {
    auto optional = [](const auto& value) { return value ? Json(*value) : Json(nullptr); };
    Json json{{"id", optional(o.runId)}, {"label", o.label}, {"devices", o.devices}, {"status", outcomeName(o.kind)},
              {"message", o.message}, {"subgraphs", o.subgraphs}, {"host_nodes", o.hostNodes}};
    const bool stored = o.kind == ProfileOutcomeKind::Stored;
    addSpreadFields(json, stored ? o.total : TimingStats{});
    json["speedup"] = optional(o.speedup);
    json["max_abs_error"] = o.worstOutput ? Json(o.worstOutput->maxAbsError) : Json(nullptr);
    json["max_rel_error"] = o.worstOutput ? Json(o.worstOutput->maxRelError) : Json(nullptr);
    json["cosine"] = o.worstOutput ? Json(o.worstOutput->cosine) : Json(nullptr);
    return json;
}

void printTable(const std::vector<ProfileOutcome>& outcomes) {
    std::cout << padRight("run", 6) << padRight("device", 12) << padRight("subgraphs", 11) << padRight("host nodes", 12)
              << padRight("median ms", 11) << padRight("p90 ms", 10) << padRight("speed-up", 10) << "worst error vs host\n";
    for (const ProfileOutcome& o : outcomes) {
        std::cout << padRight(o.runId ? std::to_string(*o.runId) : "-", 6) << padRight(o.label, 12);
        if (o.kind != ProfileOutcomeKind::Stored) {
            std::cout << outcomeName(o.kind) << ": " << o.message << "\n";
            continue;
        }
        std::string error = "-";
        if (o.worstOutput) {
            error = "max abs " + shortFloat(o.worstOutput->maxAbsError) + ", cosine " + fixed(o.worstOutput->cosine, 6);
        }
        std::cout << padRight(std::to_string(o.subgraphs), 11) << padRight(std::to_string(o.hostNodes), 12)
                  << padRight(fixed(o.total.medianMs, 3), 11) << padRight(fixed(o.total.p90Ms, 3), 10)
                  << padRight(o.speedup ? fixed(*o.speedup, 2) + "x" : "-", 10) << error << "\n";
    }
}

// Below the figures, the spread of each stored run and what an unstable one means.
void printSpread(const std::vector<ProfileOutcome>& outcomes) {
    std::cout << "\n" << padRight("run", 6) << padRight("device", 12) << spreadHeader() << "\n";
    int unstable = 0;
    for (const ProfileOutcome& o : outcomes) {
        if (o.kind != ProfileOutcomeKind::Stored) continue;
        std::cout << padRight(o.runId ? std::to_string(*o.runId) : "-", 6) << padRight(o.label, 12) << spreadCells(o.total)
                  << "\n";
        unstable += store::isUnstable(o.total);
    }
    if (unstable > 0) {
        std::cout << "unstable runs: " << unstable << " (the machine was busy while they were measured, so their "
                  << "figures are not to be trusted; see " << kStableFiguresDoc << ")\n";
    }
}

} // namespace

int runProfile(const CommandArgs& args) {
    std::string model, config, devices, db;
    MeasureOptionText measureText;
    bool json = false;
    ArgParser parser("fusebox profile",
                     "Runs the model on host alone (the baseline), on each device as the only target (nodes it\n"
                     "refuses stay on host) and with the config as written; times every run per node, compares\n"
                     "its outputs with host and stores it. Progress goes to stderr; Ctrl-C stops keeping the\n"
                     "runs finished.");
    parser.positional("MODEL", "ONNX model file", &model)
        .option("--config", "CFG", "partition config (TOML); required", &config)
        .option("--devices", "D1,D2,...", "devices to profile one by one (default: the config's targets)", &devices)
        .option("--db", "FILE", kDbHelp, &db);
    addMeasureOptions(parser, measureText);
    parser.flag("--json", "print the run ids and figures as JSON", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    if (config.empty()) return reportError(Error("missing --config CFG (a partition config; see docs/format-config.md)"));
    auto measureOptions = parseMeasureOptions(measureText);
    if (!measureOptions) return reportError(measureOptions.error());

    ProfileRequest request;
    request.modelPath = model;
    request.configPath = config;
    request.devices = splitList(devices);
    request.profilesDirectory = measureOptions->profiles;
    request.shapes = measureOptions->shapes;
    request.settings = measureOptions->settings;
    request.settings.cancel = cancelOnInterrupt();

    auto store = openStore(db, store::Access::Write);
    if (!store) return reportError(store.error());
    auto outcomes = profileModel(request, *store, [](const std::string& line) { std::cerr << line << "\n"; });
    if (!outcomes) return reportError(outcomes.error());

    if (json) {
        Json list = Json::array();
        for (const ProfileOutcome& o : *outcomes) list.push_back(outcomeJson(o));
        std::cout << jsonText(Json{{"db", store->database().path()}, {"model", model}, {"runs", list}}, 2) << "\n";
    } else {
        printTable(*outcomes);
        printSpread(*outcomes);
    }
    const bool failed = std::any_of(outcomes->begin(), outcomes->end(),
                                    [](const ProfileOutcome& o) { return o.kind == ProfileOutcomeKind::Failed; });
    return failed ? kExitFailed : kExitOk;
}

} // namespace fusebox::cli
