#pragma once
// Runs a partition plan: every subgraph operator on its device's adapter, every host
// node on the host adapter, in the plan's order, releasing each intermediate tensor
// after its last use. A subgraph its device's adapter fails to compile runs on the host
// adapter instead (as Paddle Lite, ONNX Runtime and TFLite do), and says so.

#include "ir/model.h"
#include "partition/partition_plan.h"
#include "runtime/adapter.h"
#include "runtime/fallback.h"

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

struct ExecutorOptions {
    int threads = 0;          // intra-op threads; 0: all cores
    bool hostFallback = true; // false: a subgraph its adapter fails to compile fails create()
    // Every step compiled by the host adapter, in NCHW and fp32: the same steps and
    // boundary tensors as the plan, computed the reference way (where a plan's error
    // first appears).
    bool everyStepOnHost = false;
    // Tensors run() keeps, in NCHW, for kept(); one a step computes inside becomes an
    // output of that step (which may change how its adapter fuses it).
    std::vector<ValueId> keep = {};
};

class Executor {
public:
    // Compiles every step; fails when a device has no adapter here or is not available,
    // when a compile fails and options.hostFallback is off (naming the device and the
    // subgraph), or when the host cannot run a node it has to (listing every such node).
    static Result<std::unique_ptr<Executor>> create(const Model& model, const PartitionPlan& plan,
                                                    const ExecutorOptions& options);
    // The default options, with `threads`.
    static Result<std::unique_ptr<Executor>> create(const Model& model, const PartitionPlan& plan, int threads) {
        return create(model, plan, ExecutorOptions{.threads = threads});
    }

    // `inputs` by graph input name; returns the graph outputs in order.
    Result<std::vector<Tensor>> run(const std::map<std::string, Tensor>& inputs, RunStats* stats, bool perNodeTiming,
                                    const std::atomic<bool>* cancel = nullptr);

    // The tensors of ExecutorOptions::keep that the last run() produced.
    const std::map<ValueId, Tensor>& kept() const { return kept_; }

    std::size_t stepCount() const { return steps_.size(); }
    // What step `index` runs: a plan subgraph (id >= 0) or a run of host nodes (id -1).
    // `device` is where it runs: kHostDevice for a subgraph that fell back.
    const SubgraphOp& step(std::size_t index) const { return steps_[index].op; }
    // The subgraphs that fell back to host, in execution order.
    const std::vector<Fallback>& fallbacks() const { return fallbacks_; }
    std::string describe() const;

private:
    struct Step {
        SubgraphOp op;
        std::unique_ptr<Program> program;
    };
    Executor(const Model& model) : model_(model) {}

    const Model& model_;
    std::vector<Step> steps_;
    std::vector<Fallback> fallbacks_;
    std::vector<uint32_t> uses_; // by ValueId: how many steps read it (graph outputs count once more)
    std::vector<bool> keep_;     // by ValueId: ExecutorOptions::keep
    std::map<ValueId, Tensor> kept_;
};

} // namespace fusebox
