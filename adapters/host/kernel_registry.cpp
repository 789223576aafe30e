#include "kernel.h"

#include <algorithm>
#include <exception>

namespace fusebox::host {

namespace {

// A function-local static, so registration from other translation units' static
// initialisers never runs before the map exists.
std::map<std::string, Kernel>& table() {
    static std::map<std::string, Kernel> kernels;
    return kernels;
}

} // namespace

bool KernelRegistry::add(const char* opType, Kernel kernel) {
    table()[opType] = kernel;
    return true;
}

Kernel KernelRegistry::find(const std::string& opType) {
    auto it = table().find(opType);
    return it == table().end() ? nullptr : it->second;
}

std::vector<std::string> KernelRegistry::opTypes() {
    std::vector<std::string> names;
    for (const auto& [name, kernel] : table()) names.push_back(name);
    return names;
}

Status runKernel(KernelContext& ctx) {
    const Node& node = ctx.node();
    const bool defaultDomain = node.domain.empty() || node.domain == "ai.onnx";
    const Kernel kernel = defaultDomain ? KernelRegistry::find(node.opType) : nullptr;
    if (!kernel) {
        const std::string op = defaultDomain ? node.opType : node.domain + "." + node.opType;
        return Error("no host kernel for op " + op + " (node '" + node.name + "')", ErrorKind::Failed);
    }
    Status status;
    try {
        status = kernel(ctx);
    } catch (const std::exception& e) { // a kernel bug or out of memory must not take the process down
        status = ctx.fail(e.what());
    }
    if (!status) return status;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        if (ctx.wantsOutput(i) && ctx.outputs()[i].empty()) return ctx.fail("the kernel produced no output " + std::to_string(i));
    }
    return {};
}

} // namespace fusebox::host
