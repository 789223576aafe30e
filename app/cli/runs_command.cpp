// fusebox runs: the stored runs, newest first.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/number_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace fusebox::cli {

int runRuns(const CommandArgs& args) {
    std::string db, model;
    bool json = false;
    ArgParser parser("fusebox runs", "Lists the stored runs, newest first: id, model, devices, status, start time\n"
                                     "(UTC) and median latency.");
    parser.option("--db", "FILE", kDbHelp, &db)
        .option("--model", "NAME", "only runs of models with this file name (e.g. model.onnx)", &model)
        .flag("--json", "print a JSON array", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto store = openStore(db, store::Access::Read);
    if (!store) return reportError(store.error());
    auto runs = store->listRuns(model);
    if (!runs) return reportError(runs.error());

    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const store::RunSummary& r : *runs) {
            list.push_back({{"id", r.id}, {"model", r.model}, {"label", r.label}, {"devices", r.devices},
                            {"source", r.source}, {"status", store::runStatusName(r.status)}, {"started_at", r.startedAt},
                            {"median_ms", r.medianMs ? nlohmann::ordered_json(*r.medianMs) : nullptr},
                            {"message", r.message}});
        }
        std::cout << jsonText(list, 2) << "\n";
        return kExitOk;
    }
    std::cout << padRight("id", 6) << padRight("started (UTC)", 25) << padRight("status", 12) << padRight("model", 32)
              << padRight("run", 13) << padRight("devices", 22) << "median ms\n";
    for (const store::RunSummary& r : *runs) {
        std::cout << padRight(std::to_string(r.id), 6) << padRight(r.startedAt, 25)
                  << padRight(store::runStatusName(r.status), 12) << padRight(r.model, 32) << padRight(r.label, 13)
                  << padRight(r.devices, 22) << fixedOr(r.medianMs, 3) << "\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
