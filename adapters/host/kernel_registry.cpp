#include "kernel.h"

#include <algorithm>

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

} // namespace fusebox::host
