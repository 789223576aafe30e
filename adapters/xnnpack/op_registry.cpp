#include "op_registry.h"

#include <map>

namespace fusebox::xnnpack {

namespace {

std::map<std::string, OpTranslator, std::less<>>& table() {
    static std::map<std::string, OpTranslator, std::less<>> translators;
    return translators;
}

} // namespace

bool registerOp(std::string_view opType, OpTranslator translator) {
    return table().emplace(std::string(opType), translator).second;
}

const OpTranslator* findOp(std::string_view opType) {
    auto it = table().find(opType);
    return it == table().end() ? nullptr : &it->second;
}

} // namespace fusebox::xnnpack
