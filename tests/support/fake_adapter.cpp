#include "support/fake_adapter.h"

#include "graph_runner.h"

namespace fusebox::test {

namespace {

class FakeProgram : public Program {
public:
    FakeProgram(const CompileContext& context, SubgraphOp op, Layout layout) : graph_(context.graph), op_(std::move(op)), layout_(layout) {
        options_.opsets = context.opsets;
    }
    Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) override {
        std::vector<std::pair<ValueId, Tensor>> given;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            if (layout_ == Layout::NHWC) FakeAdapter::nhwcInputDims.push_back(inputs[i].dims());
            given.emplace_back(op_.inputs[i], convertLayout(inputs[i], layout_, Layout::NCHW));
        }
        auto result = host::runNodes(graph_, op_.nodes, given, op_.outputs, options_, timings);
        if (!result) return result.error();
        outputs.clear();
        for (const Tensor& output : *result) outputs.push_back(convertLayout(output, Layout::NCHW, layout_));
        return {};
    }
    std::string describe() const override { return "fake program\n"; }

private:
    const Graph& graph_;
    SubgraphOp op_;
    Layout layout_;
    host::GraphRunOptions options_;
};

} // namespace

AdapterProbe FakeAdapter::probe() const {
    if (!available_) return {false, {}, {}, "device not attached"};
    return {true, "1.0", "fake device", {}};
}

std::string fakeCompileError(const Node& node) { return "the compiler rejects " + node.opType + " '" + node.name + "'"; }

Result<std::unique_ptr<Program>> FakeAdapter::compile(const CompileContext& context, const SubgraphOp& op) {
    for (NodeId id : op.nodes) {
        const Node& node = context.graph.node(id);
        if (refusedOps_.count(node.opType)) return Error(fakeCompileError(node), ErrorKind::Failed);
    }
    ++compiled;
    return std::unique_ptr<Program>(std::make_unique<FakeProgram>(context, op, layout_));
}

void registerFakeAdapter(const std::string& name, bool available, Layout layout, const std::set<std::string>& refusedOps) {
    if (!AdapterRegistry::find(name)) AdapterRegistry::add(std::make_unique<FakeAdapter>(name, available, layout, refusedOps));
}

} // namespace fusebox::test
