#include "op_registry.h"

#include <map>

namespace fusebox::onednn {

namespace {

std::map<std::string, OpBuild>& table() {
    static std::map<std::string, OpBuild> builders;
    return builders;
}

} // namespace

bool OpRegistry::add(const std::string& opType, OpBuild build) { return table().emplace(opType, build).second; }

OpBuild OpRegistry::find(const std::string& opType) {
    const auto found = table().find(opType);
    return found == table().end() ? nullptr : found->second;
}

std::vector<std::string> OpRegistry::ops() {
    std::vector<std::string> names;
    for (const auto& [name, build] : table()) names.push_back(name);
    return names;
}

} // namespace fusebox::onednn
