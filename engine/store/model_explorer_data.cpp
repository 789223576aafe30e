#include "store/model_explorer_data.h"

#include <nlohmann/json.hpp>

namespace fusebox::store {

std::string modelExplorerNodeDataJson(const StoredRun& run, const std::string& graphId) {
    using Json = nlohmann::ordered_json;
    Json results = Json::object();
    for (const ItemTiming& node : run.results.nodes) {
        if (node.stats.samples > 0) results[node.item] = {{"value", node.stats.medianMs * 1000}};
    }
    // Fast nodes green, slow ones red, the scale spanning this run's fastest to slowest.
    const Json gradient = Json::array({{{"stop", 0}, {"bgColor", "#2e7d32"}},
                                       {{"stop", 0.5}, {"bgColor", "#fbc02d"}},
                                       {{"stop", 1}, {"bgColor", "#c62828"}}});
    return Json{{graphId, {{"results", std::move(results)}, {"gradient", gradient}}}}.dump(2) + "\n";
}

} // namespace fusebox::store
