#pragma once
// Time estimates from a device profile's cost model: a roofline per node (compute at
// peak throughput or memory traffic at full bandwidth, whichever is slower), plus a
// launch cost and host<->device transfers per subgraph.

#include "devices/device_profile.h"

#include <vector>

namespace fusebox {

double estimateNodeMs(const Graph& graph, const Node& node, const DeviceProfile& profile, Precision precision);

// `boundaryBytes` cross between host and device memory (ignored when the device
// shares host memory).
double estimateSubgraphMs(const Graph& graph, const std::vector<NodeId>& nodes, int64_t boundaryBytes,
                          const DeviceProfile& profile, Precision precision);

} // namespace fusebox
