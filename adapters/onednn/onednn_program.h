#pragma once
// The compiled form of a subgraph on oneDNN: a Network of primitives built for the
// input dims at hand (at compile time when the graph's shapes are static, else at the
// first run and again whenever the input dims change).

#include "net_builder.h"
#include "runtime/adapter.h"

#include <oneapi/dnnl/dnnl.hpp>

namespace fusebox::onednn {

struct ProgramSettings {
    memory::data_type computeType = memory::data_type::f32;
    int threads = 1;
    std::string header; // first line of describe(): library, ISA, precision
};

class OnednnProgram : public Program {
public:
    static Result<std::unique_ptr<Program>> create(const CompileContext& context, const SubgraphOp& subgraph, ProgramSettings settings);

    Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) override;
    std::string describe() const override;

private:
    OnednnProgram(const CompileContext& context, const SubgraphOp& subgraph, ProgramSettings settings);
    Status build(const std::vector<Dims>& inputDims);

    const Graph& graph_;
    std::map<std::string, int64_t> opsets_;
    SubgraphOp subgraph_;
    ProgramSettings settings_;
    Layout layout_;
    dnnl::engine engine_;
    dnnl::stream stream_;
    Network network_;
    std::vector<Dims> builtFor_;     // input dims the network was built for; empty: not built yet
    std::vector<std::string> notes_; // why the network differs from the plain build: unfused groups, fp32
};

} // namespace fusebox::onednn
