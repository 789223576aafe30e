#include "support/kernel_runner.h"

#include "kernel.h"

namespace fusebox::test {

Result<std::vector<Tensor>> runOp(const std::string& op, const std::vector<Tensor>& inputs, Attributes attributes,
                                  int64_t opset, std::size_t outputCount, int threads) {
    Graph graph;
    NodeSpec spec{op, {}, std::string("node"), {}, {}, {}, true};
    std::vector<const Tensor*> pointers;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].empty()) {
            spec.inputs.push_back(kNoValue);
            pointers.push_back(nullptr);
        } else {
            std::string name = "in";
            spec.inputs.push_back(graph.addValue(name.append(std::to_string(i)), inputs[i].type(), Shape::of(inputs[i].dims())));
            pointers.push_back(&inputs[i]);
        }
    }
    for (std::size_t i = 0; i < outputCount; ++i) {
        std::string name = "out";
        spec.outputs.push_back(graph.addValue(name.append(std::to_string(i))));
    }
    spec.attributes = std::move(attributes);
    const NodeId id = graph.addNode(std::move(spec));
    host::Kernel kernel = host::KernelRegistry::find(op);
    if (!kernel) return Error("no host kernel for " + op);
    host::KernelContext ctx(graph, graph.node(id), opset, pointers, {}, threads);
    Status status = kernel(ctx);
    if (!status) return status.error();
    return std::move(ctx.outputs());
}

Attributes attrs(std::initializer_list<std::pair<std::string, AttributeValue>> items) {
    Attributes a;
    for (const auto& [name, value] : items) a.set(name, value);
    return a;
}

} // namespace fusebox::test
