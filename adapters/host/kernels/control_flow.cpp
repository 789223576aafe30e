// Control flow: If and Loop run their bodies through the graph runner.
#include "kernel_util.h"

#include <cstring>

namespace fusebox::host {

namespace {

std::shared_ptr<Graph> bodyOf(const KernelContext& ctx, const char* attribute) {
    auto body = ctx.attributes().get<std::shared_ptr<Graph>>(attribute);
    return body ? *body : nullptr;
}

bool truthy(const Tensor& t) {
    if (t.elementCount() < 1) return false;
    bool value = false;
    dispatchAny(t.type(), [&](auto typed) { value = static_cast<bool>(t.data<decltype(typed)>()[0]); });
    return value;
}

Status ifKernel(KernelContext& ctx) {
    const Tensor* condition = ctx.input(0);
    if (!condition) return ctx.fail("the condition input is missing");
    const auto body = bodyOf(ctx, truthy(*condition) ? "then_branch" : "else_branch");
    if (!body || !ctx.runSubgraph()) return ctx.fail("the branch graph is missing");
    auto outputs = ctx.runSubgraph()(*body, {});
    if (!outputs) return outputs.error();
    if (outputs->size() != ctx.outputCount()) return ctx.fail("the branch returns a different number of outputs");
    for (std::size_t i = 0; i < outputs->size(); ++i) ctx.setOutput(i, (*outputs)[i]);
    return {};
}

// Stacks per-iteration tensors along a new first axis (Loop's scan outputs).
Tensor stack(const std::vector<Tensor>& parts, ElementType type) {
    std::vector<int64_t> dims{static_cast<int64_t>(parts.size())};
    if (!parts.empty()) dims.insert(dims.end(), parts[0].dims().begin(), parts[0].dims().end());
    Tensor result = Tensor::allocate(type, dims);
    std::size_t offset = 0;
    for (const Tensor& part : parts) {
        std::memcpy(result.raw() + offset, part.raw(), part.byteSize());
        offset += part.byteSize();
    }
    return result;
}

Status loopKernel(KernelContext& ctx) {
    const auto body = bodyOf(ctx, "body");
    if (!body || !ctx.runSubgraph()) return ctx.fail("the body graph is missing");
    const Tensor* tripInput = ctx.input(0);
    const Tensor* condInput = ctx.input(1);
    int64_t maxTrips = INT64_MAX;
    if (tripInput) {
        auto values = integerValues(*tripInput);
        if (!values || values->empty()) return ctx.fail("the trip count M must be an int64 scalar");
        maxTrips = (*values)[0];
    }
    bool condition = condInput ? truthy(*condInput) : true;
    const std::size_t carried = ctx.inputCount() > 2 ? ctx.inputCount() - 2 : 0;
    std::vector<Tensor> state;
    for (std::size_t i = 0; i < carried; ++i) {
        if (!ctx.input(2 + i)) return ctx.fail("loop-carried input " + std::to_string(i) + " is missing");
        state.push_back(*ctx.input(2 + i));
    }
    const std::size_t scanCount = ctx.outputCount() - carried;
    std::vector<std::vector<Tensor>> scans(scanCount);
    for (int64_t trip = 0; trip < maxTrips && condition; ++trip) {
        std::vector<Tensor> inputs{Tensor::fromValues<int64_t>(ElementType::Int64, {}, {trip}),
                                   Tensor::fromValues<bool>(ElementType::Bool, {}, {condition})};
        inputs.insert(inputs.end(), state.begin(), state.end());
        auto outputs = ctx.runSubgraph()(*body, inputs);
        if (!outputs) return outputs.error();
        if (outputs->size() != 1 + carried + scanCount) return ctx.fail("the body returns the wrong number of outputs");
        condition = truthy((*outputs)[0]);
        for (std::size_t i = 0; i < carried; ++i) state[i] = (*outputs)[1 + i];
        for (std::size_t i = 0; i < scanCount; ++i) scans[i].push_back((*outputs)[1 + carried + i]);
    }
    for (std::size_t i = 0; i < carried; ++i) ctx.setOutput(i, state[i]);
    for (std::size_t i = 0; i < scanCount; ++i) {
        const ValueId out = ctx.node().outputs[carried + i];
        ElementType type = out == kNoValue ? ElementType::Float32 : ctx.graph().value(out).type;
        if (!scans[i].empty()) type = scans[i][0].type();
        ctx.setOutput(carried + i, stack(scans[i], type));
    }
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(If, ifKernel);
FUSEBOX_HOST_KERNEL(Loop, loopKernel);

} // namespace fusebox::host
