#pragma once
// Where a plan's error first appears: every subgraph's boundary outputs compared with
// the same tensors computed the reference way (the plan's steps, each on the host
// adapter in fp32), in execution order.

#include "runtime/tensor.h"
#include "store/run_record.h"
#include "workflow/model_session.h"

#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct BoundaryAccuracy {
    int subgraph = 0; // the plan's subgraph id
    std::string device;
    std::vector<store::OutputAccuracy> outputs; // each boundary output, against the reference
};

Result<std::vector<BoundaryAccuracy>> compareBoundaries(const ModelSession& session, const PartitionPlan& plan,
                                                        const std::map<std::string, Tensor>& inputs, int threads);

} // namespace fusebox
