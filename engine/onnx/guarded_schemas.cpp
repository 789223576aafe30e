#include "onnx/guarded_schemas.h"

#include <onnx/defs/shape_inference.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace fusebox::onnx_import {

namespace {

using Check = void (*)(onnx::InferenceContext& ctx);

// STFT's signal is [batch_size, signal_length, 1 or 2]; ONNX 1.12 reads its dim 1.
void checkStftSignal(onnx::InferenceContext& ctx) {
    if (!onnx::hasInputShape(ctx, 0)) return;
    const int rank = onnx::getInputShape(ctx, 0).dim_size();
    if (rank < 2) fail_shape_inference("STFT: the signal has rank ", rank, "; expected [batch_size, signal_length, 1 or 2]");
}

// The op types (default domain) whose inference function gets a check first.
const std::map<std::string, Check>& checks() {
    static const std::map<std::string, Check> table{{"STFT", checkStftSignal}};
    return table;
}

class GuardedRegistry final : public onnx::ISchemaRegistry {
public:
    const onnx::OpSchema* GetSchema(const std::string& key, const int maxInclusiveVersion, const std::string& domain) const override {
        const onnx::OpSchema* schema = onnx::OpSchemaRegistry::Schema(key, maxInclusiveVersion, domain);
        const auto check = checks().find(key);
        if (!schema || check == checks().end() || !(domain.empty() || domain == "ai.onnx")) return schema;
        std::lock_guard lock(mutex_);
        std::unique_ptr<onnx::OpSchema>& guarded = guarded_[schema];
        if (!guarded) {
            guarded = std::make_unique<onnx::OpSchema>(*schema);
            guarded->TypeAndShapeInferenceFunction([check = check->second, infer = schema->GetTypeAndShapeInferenceFunction()](
                                                       onnx::InferenceContext& ctx) {
                check(ctx);
                if (infer) infer(ctx);
            });
        }
        return guarded.get();
    }

private:
    mutable std::mutex mutex_;
    mutable std::map<const onnx::OpSchema*, std::unique_ptr<onnx::OpSchema>> guarded_; // by the schema they guard
};

} // namespace

const onnx::ISchemaRegistry& guardedSchemas() {
    static const GuardedRegistry registry;
    return registry;
}

} // namespace fusebox::onnx_import
