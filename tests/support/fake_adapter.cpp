#include "support/fake_adapter.h"

#include "graph_runner.h"

namespace fusebox::test {

namespace {

class FakeProgram : public Program {
public:
    FakeProgram(const CompileContext& context, SubgraphOp op) : graph_(context.graph), op_(std::move(op)) {
        options_.opsets = context.opsets;
    }
    Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) override {
        std::vector<std::pair<ValueId, Tensor>> given;
        for (std::size_t i = 0; i < inputs.size(); ++i) given.emplace_back(op_.inputs[i], inputs[i]);
        auto result = host::runNodes(graph_, op_.nodes, given, op_.outputs, options_, timings);
        if (!result) return result.error();
        outputs = std::move(*result);
        return {};
    }
    std::string describe() const override { return "fake program\n"; }

private:
    const Graph& graph_;
    SubgraphOp op_;
    host::GraphRunOptions options_;
};

} // namespace

AdapterProbe FakeAdapter::probe() const {
    if (!available_) return {false, {}, {}, "device not attached"};
    return {true, "1.0", "fake device", {}};
}

Result<std::unique_ptr<Program>> FakeAdapter::compile(const CompileContext& context, const SubgraphOp& op) {
    ++compiled;
    return std::unique_ptr<Program>(std::make_unique<FakeProgram>(context, op));
}

void registerFakeAdapter(const std::string& name, bool available) {
    if (!AdapterRegistry::find(name)) AdapterRegistry::add(std::make_unique<FakeAdapter>(name, available));
}

} // namespace fusebox::test
