#pragma once
// The per-layer report of a stored run with the figures only its model can give (shapes,
// FLOPs, bytes): the model is opened again from the path and with the input shapes the
// run recorded. When it cannot be (moved, changed since), the report keeps the store's
// figures and says why the rest is missing.

#include "store/layer_report.h"
#include "workflow/model_session.h"

#include <memory>
#include <string>

namespace fusebox {

struct RunReport {
    store::LayerReport report;
    std::shared_ptr<const ModelSession> model; // null when the model could not be opened
    std::string note;                          // why the graph figures are missing; empty when they are not
};

RunReport reportOfRun(const store::StoredRun& run, const std::string& profilesDirectory = {});

} // namespace fusebox
