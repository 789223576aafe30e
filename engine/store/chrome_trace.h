#pragma once
// A stored run as Chrome trace-event JSON (the "JSON Object Format" that Perfetto and
// chrome://tracing open). The store keeps statistics, not timelines, so the trace is one
// typical inference: every plan step and node for its median time, back to back in
// execution order, one track per device, nodes nested in their subgraph.

#include "store/run_record.h"

#include <string>

namespace fusebox::store {

std::string chromeTraceJson(const StoredRun& run);

} // namespace fusebox::store
