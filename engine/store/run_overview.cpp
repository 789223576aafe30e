#include "store/run_overview.h"

#include <algorithm>
#include <map>

namespace fusebox::store {

namespace {

constexpr const char* kOverviewQuery =
    "SELECT r.id, m.name, r.label, r.devices, r.source, r.status, r.started_at, r.message, r.user_label, "
    "m.hash, m.path, c.hash, r.machine_id, t.median_ms, t.p90_ms, t.min_ms, t.max_ms, t.samples, t.cv, "
    "(SELECT count(*) FROM accuracy a WHERE a.run_id = r.id), "
    "(SELECT max(a.max_abs_error) FROM accuracy a WHERE a.run_id = r.id), "
    "(SELECT max(a.max_rel_error) FROM accuracy a WHERE a.run_id = r.id), "
    "(SELECT min(a.cosine) FROM accuracy a WHERE a.run_id = r.id), r.job "
    "FROM runs r JOIN models m ON m.id = r.model_id LEFT JOIN configs c ON c.id = r.config_id "
    "LEFT JOIN timings t ON t.run_id = r.id AND t.kind = 'model' AND t.item = '' "
    "ORDER BY r.started_at DESC, r.id DESC";

struct Baseline {
    RunId id = 0;
    double medianMs = 0;
};

} // namespace

Result<std::vector<RunOverview>> listRunOverviews(ProfileStore& store) {
    auto query = store.database().prepare(kOverviewQuery);
    if (!query) return query.error();
    std::vector<RunOverview> runs;
    std::vector<int64_t> machines;
    Status status = query->forEachRow([&](const Statement& row) {
        RunOverview run;
        RunSummary& s = run.summary;
        s.id = row.integer(0);
        s.model = row.text(1);
        s.label = row.text(2);
        s.devices = row.text(3);
        s.source = row.text(4);
        s.status = runStatusFromName(row.text(5));
        s.startedAt = row.text(6);
        s.message = row.text(7);
        s.userLabel = row.text(8);
        run.modelHash = row.text(9);
        run.modelPath = row.text(10);
        run.configHash = row.isNull(11) ? std::string() : row.text(11);
        machines.push_back(row.integer(12));
        s.medianMs = row.optionalReal(13);
        if (s.medianMs) {
            run.total = {*s.medianMs, row.real(15), row.real(16), row.real(14), static_cast<int>(row.integer(17)),
                         row.optionalReal(18)};
        }
        if (row.integer(19) > 0) run.worstAccuracy = Accuracy{row.real(20), row.real(21), row.real(22)};
        s.job = row.text(23);
        runs.push_back(std::move(run));
    });
    if (!status) return status.error();

    // Oldest first, so each run sees the host runs that came before it.
    std::map<std::pair<std::string, int64_t>, Baseline> hostOf; // (model hash, machine) -> newest host run
    for (std::size_t i = runs.size(); i-- > 0;) {
        RunOverview& run = runs[i];
        const auto key = std::pair(run.modelHash, machines[i]);
        const bool complete = run.summary.status == RunStatus::Complete && run.summary.medianMs;
        if (complete && run.summary.label == "host" && run.summary.source == kSourceFusebox) {
            hostOf[key] = {run.summary.id, *run.summary.medianMs};
        }
        auto host = hostOf.find(key);
        if (!complete || host == hostOf.end() || *run.summary.medianMs <= 0) continue;
        run.baseline = host->second.id;
        run.speedup = host->second.medianMs / *run.summary.medianMs;
    }
    return runs;
}

} // namespace fusebox::store
