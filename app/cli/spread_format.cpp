#include "cli/spread_format.h"

#include "cli/number_format.h"
#include "cli/text_format.h"
#include "store/run_spread.h"

namespace fusebox::cli {

namespace {

constexpr std::size_t kMsWidth = 11;
constexpr std::size_t kCvWidth = 7;

} // namespace

std::string spreadHeader() {
    return padRight("min ms", kMsWidth) + padRight("p90 ms", kMsWidth) + padRight("max ms", kMsWidth) +
           padRight("cv", kCvWidth) + "spread";
}

std::string spreadCells(const TimingStats& stats) {
    if (stats.samples == 0) return padRight("-", kMsWidth) + padRight("-", kMsWidth) + padRight("-", kMsWidth) + "-";
    const std::string reason = store::unstableReason(stats);
    const std::string cv = fixedOr(stats.cv, 2);
    return padRight(fixed(stats.minMs, 3), kMsWidth) + padRight(fixed(stats.p90Ms, 3), kMsWidth) +
           padRight(fixed(stats.maxMs, 3), kMsWidth) + (reason.empty() ? cv : padRight(cv, kCvWidth) + reason);
}

void addSpreadFields(nlohmann::ordered_json& object, const TimingStats& stats) {
    using Json = nlohmann::ordered_json;
    const bool measured = stats.samples > 0;
    auto figure = [&](double value) { return measured ? Json(value) : Json(nullptr); };
    object["min_ms"] = figure(stats.minMs);
    object["median_ms"] = figure(stats.medianMs);
    object["p90_ms"] = figure(stats.p90Ms);
    object["max_ms"] = figure(stats.maxMs);
    object["cv"] = measured && stats.cv ? Json(*stats.cv) : Json(nullptr);
    object["unstable"] = store::isUnstable(stats);
    object["unstable_reason"] = store::unstableReason(stats);
}

} // namespace fusebox::cli
