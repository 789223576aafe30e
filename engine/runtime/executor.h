#pragma once
// Runs a partition plan: every subgraph operator on its device's adapter, every host
// node on the host adapter, in the plan's order, releasing each intermediate tensor
// after its last use.

#include "ir/model.h"
#include "partition/partition_plan.h"
#include "runtime/adapter.h"

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fusebox {

// Per executor step (see Executor::step): a device subgraph, or a run of consecutive
// host nodes of the plan's order.
struct RunStats {
    std::vector<double> stepMs;                // per step, in order
    std::vector<ProgramTimings> stepNodeTimes; // per step, when per-node timing was asked for
    int64_t peakBytes = 0;                     // most bytes of intermediate tensors alive at once
    int layoutConversions = 0;                 // tensors converted between layouts at subgraph boundaries
};

class Executor {
public:
    // Compiles every step; fails when a device has no adapter here or refuses a node,
    // listing every node the host cannot run.
    static Result<std::unique_ptr<Executor>> create(const Model& model, const PartitionPlan& plan, int threads);

    // `inputs` by graph input name; returns the graph outputs in order.
    Result<std::vector<Tensor>> run(const std::map<std::string, Tensor>& inputs, RunStats* stats, bool perNodeTiming,
                                    const std::atomic<bool>* cancel = nullptr);

    std::size_t stepCount() const { return steps_.size(); }
    // What step `index` runs: a plan subgraph (id >= 0) or a run of host nodes (id -1).
    const SubgraphOp& step(std::size_t index) const { return steps_[index].op; }
    std::string describe() const;

private:
    struct Step {
        SubgraphOp op;
        std::unique_ptr<Program> program;
    };
    Executor(const Model& model) : model_(model) {}

    const Model& model_;
    std::vector<Step> steps_;
    std::vector<uint32_t> uses_; // by ValueId: how many steps read it (graph outputs count once more)
};

} // namespace fusebox
