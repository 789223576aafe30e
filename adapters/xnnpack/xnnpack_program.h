#pragma once
// A compiled subgraph operator: one xnn_runtime on a pthreadpool.

#include "runtime/adapter.h"
#include "subgraph_builder.h"

#include <pthreadpool.h>

namespace fusebox::xnnpack {

class XnnpackProgram : public Program {
public:
    // Creates the runtime from `built` (whose subgraph it deletes); `threads` 1 runs on
    // the caller's thread, 0 on all cores. Workers yield after each run: host kernels
    // or other devices' programs run in between.
    static Result<std::unique_ptr<Program>> create(BuiltSubgraph built, int threads);
    ~XnnpackProgram() override;

    Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) override;
    std::string describe() const override;

private:
    XnnpackProgram() = default;

    BuiltSubgraph built_;
    std::shared_ptr<pthreadpool> pool_; // shared by every program with the same thread count
    xnn_runtime_t runtime_ = nullptr;
    int threads_ = 1;
    std::vector<Tensor> staged_; // inputs copied where XNNPACK's over-read could leave their page
};

} // namespace fusebox::xnnpack
