#include "onnx/op_schemas.h"

#include <onnx/defs/schema.h>

#include <set>

namespace fusebox {

const std::vector<std::string>& onnxOpTypes() {
    static const std::vector<std::string> names = [] {
        std::set<std::string> unique;
        for (const onnx::OpSchema& schema : onnx::OpSchemaRegistry::get_all_schemas_with_history()) {
            if (schema.domain().empty()) unique.insert(schema.Name());
        }
        return std::vector<std::string>(unique.begin(), unique.end());
    }();
    return names;
}

} // namespace fusebox
