// fusebox runs: the stored runs, newest first.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/number_format.h"
#include "cli/spread_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/json_text.h"
#include "store/run_overview.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace fusebox::cli {

int runRuns(const CommandArgs& args) {
    std::string db, model, job;
    bool json = false;
    ArgParser parser("fusebox runs", "Lists the stored runs, newest first: id, model, devices, status, start time\n"
                                     "(UTC), median latency and the spread of the timings (min, p90, max, cv), flagged when\n"
                                     "unstable: the machine was busy while the run was measured.");
    parser.option("--db", "FILE", kDbHelp, &db)
        .option("--model", "NAME", "only runs of models with this file name (e.g. model.onnx)", &model)
        .option("--job", "JOB", "only the candidates of one tune or bisect job (e.g. 'tune 2026-12-04T03:40:12Z')", &job)
        .flag("--json", "print a JSON array", &json);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto store = openStore(db, store::Access::Read);
    if (!store) return reportError(store.error());
    auto listed = store::listRunOverviews(*store);
    if (!listed) return reportError(listed.error());
    std::vector<store::RunOverview> runs;
    for (store::RunOverview& run : *listed) {
        if ((model.empty() || run.summary.model == model) && (job.empty() || run.summary.job == job)) runs.push_back(std::move(run));
    }

    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const store::RunOverview& run : runs) {
            const store::RunSummary& r = run.summary;
            nlohmann::ordered_json item{{"id", r.id}, {"model", r.model}, {"label", r.label}, {"devices", r.devices},
                                        {"source", r.source}, {"status", store::runStatusName(r.status)},
                                        {"started_at", r.startedAt}};
            addSpreadFields(item, run.total);
            item["message"] = r.message;
            item["job"] = r.job;
            list.push_back(std::move(item));
        }
        std::cout << jsonText(list, 2) << "\n";
        return kExitOk;
    }
    std::cout << padRight("id", 6) << padRight("started (UTC)", 25) << padRight("status", 12) << padRight("model", 32)
              << padRight("run", 13) << padRight("devices", 22) << padRight("median ms", 11) << spreadHeader() << "\n";
    for (const store::RunOverview& run : runs) {
        const store::RunSummary& r = run.summary;
        std::cout << padRight(std::to_string(r.id), 6) << padRight(r.startedAt, 25)
                  << padRight(store::runStatusName(r.status), 12) << padRight(r.model, 32) << padRight(r.label, 13)
                  << padRight(r.devices, 22) << padRight(fixedOr(r.medianMs, 3), 11) << spreadCells(run.total) << "\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
