#pragma once
// Small but real ONNX models (opset 17, IR version 8) for tests, benchmarks and
// the bundled sample. All pass the ONNX checker and strict shape inference.

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fusebox::testmodels {

// "image" 1x3x32x32 -> stem, two residual blocks, stride-2 conv, pooling,
// Gemm -> "logits" 1x10. The bundled default sample model.
onnx::ModelProto residualConvNet();

// "input" 1x16x56x56 -> expand / depthwise / squeeze-excite / project with
// HardSwish and a residual Add -> "output" 1x16x56x56.
onnx::ModelProto mobileNetV3Block();

// "input" 1x32x28x28 -> four Inception branches joined by Concat -> "output".
onnx::ModelProto inceptionBlock();

// "tokens" 1x16x64 -> pre-norm transformer layer (hand-built LayerNorm,
// 4-head attention, Erf-based Gelu MLP) -> "output" 1x16x64.
onnx::ModelProto attentionBlock();

// "x" [N, 8] -> MatMul/Add/Relu/MatMul -> "y" [N, 4]; the batch stays symbolic.
onnx::ModelProto symbolicBatchModel();

// "x" 1x64 -> exactly `nodeCount` cheap elementwise nodes with periodic
// fan-out/fan-in -> "y" 1x64. For import benchmarks. nodeCount must be >= 1.
// `scopedNames`: nodes named as exporters name them, "/stage2/block17/Add_9000"
// (4096 nodes a stage, 256 a block), else after their outputs.
onnx::ModelProto largeChainModel(int64_t nodeCount, bool scopedNames = false);

struct NamedModel {
    std::string fileName;
    onnx::ModelProto model;
};

// The five small models above; residual_convnet.onnx comes first.
std::vector<NamedModel> allSampleModels();

} // namespace fusebox::testmodels
