#include "modelbuilder/sample_models.h"

#include "modelbuilder/model_builder.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

// Naming follows what exporters tend to produce: parameters are called like
// "block1.a.conv.weight", and only some nodes carry a name. Elementwise
// activations and residual Adds are mostly left unnamed on purpose, so the
// importer sees both kinds.

namespace fusebox::testmodels {

namespace {

// PyTorch's default init bound for a layer with `fanIn` inputs; keeps the
// activations of these random models near unit scale.
float initBound(int64_t fanIn) {
    return 1.0f / std::sqrt(static_cast<float>(fanIn));
}

// Square-kernel Conv with "same" padding for odd kernels.
std::string conv(ModelBuilder& b, const std::string& name, const std::string& x, int64_t inCh, int64_t outCh,
                 int64_t kernel, int64_t stride = 1, int64_t group = 1, bool bias = true) {
    const int64_t fanIn = inCh / group * kernel * kernel;
    std::vector<std::string> inputs = {x, b.weight(name + ".weight", {outCh, inCh / group, kernel, kernel},
                                                   initBound(fanIn))};
    if (bias) inputs.push_back(b.weight(name + ".bias", {outCh}, initBound(fanIn)));
    const int64_t pad = kernel / 2;
    return b.node1("Conv", inputs,
                   {attrInts("dilations", {1, 1}), attrInt("group", group), attrInts("kernel_shape", {kernel, kernel}),
                    attrInts("pads", {pad, pad, pad, pad}), attrInts("strides", {stride, stride})},
                   name);
}

std::string convRelu(ModelBuilder& b, const std::string& name, const std::string& x, int64_t inCh,
                     int64_t outCh, int64_t kernel) {
    return b.node1("Relu", {conv(b, name, x, inCh, outCh, kernel)});
}

// Conv without bias followed by BatchNormalization, as exporters emit it
// before any folding. Node names are `layer`.conv and `layer`.bn.
std::string convBn(ModelBuilder& b, const std::string& layer, const std::string& x, int64_t inCh, int64_t outCh,
                   int64_t kernel, int64_t stride = 1) {
    const std::string c = conv(b, layer + ".conv", x, inCh, outCh, kernel, stride, 1, /*bias=*/false);
    const std::string bn = layer + ".bn";
    return b.node1("BatchNormalization",
                   {c, b.weight(bn + ".weight", {outCh}, 0.1f, 1.0f), b.weight(bn + ".bias", {outCh}, 0.1f),
                    b.weight(bn + ".running_mean", {outCh}, 0.1f),
                    b.weight(bn + ".running_var", {outCh}, 0.5f, 1.0f)}, // stays in [0.5, 1.5]
                   {attrFloat("epsilon", 1e-5f), attrFloat("momentum", 0.9f)}, bn);
}

std::string convBnRelu(ModelBuilder& b, const std::string& layer, const std::string& x, int64_t inCh,
                       int64_t outCh, int64_t kernel, int64_t stride = 1) {
    return b.node1("Relu", {convBn(b, layer, x, inCh, outCh, kernel, stride)});
}

// Conv-BN-Relu-Conv-BN, plus the skip connection, then Relu.
std::string residualBlock(ModelBuilder& b, const std::string& name, const std::string& x, int64_t channels) {
    const std::string h = convBnRelu(b, name + ".a", x, channels, channels, 3);
    const std::string y = convBn(b, name + ".b", h, channels, channels, 3);
    return b.node1("Relu", {b.node1("Add", {y, x})});
}

// x @ W + bias, the way exporters write a Linear layer on a 3-D tensor.
std::string linear(ModelBuilder& b, const std::string& name, const std::string& x, int64_t in, int64_t out) {
    const std::string mm = b.node1("MatMul", {x, b.weight(name + ".weight", {in, out}, initBound(in))}, {}, name);
    return b.node1("Add", {mm, b.weight(name + ".bias", {out}, initBound(in))});
}

// LayerNormalization over the last axis, spelled out in primitive ops the
// way older exporters did it (opset 17: ReduceMean takes axes as attribute).
std::string layerNorm(ModelBuilder& b, const std::string& name, const std::string& x, int64_t hidden) {
    const std::vector<onnx::AttributeProto> lastAxis = {attrInts("axes", {-1}), attrInt("keepdims", 1)};
    const std::string mean = b.node1("ReduceMean", {x}, lastAxis, name + ".mean");
    const std::string centered = b.node1("Sub", {x, mean});
    const std::string squared = b.node1("Pow", {centered, b.constant(name + ".exponent", {}, {2.0f})});
    const std::string variance = b.node1("ReduceMean", {squared}, lastAxis, name + ".variance");
    const std::string padded = b.node1("Add", {variance, b.constant(name + ".eps", {}, {1e-5f})});
    const std::string stddev = b.node1("Sqrt", {padded}, {}, name + ".std");
    const std::string normed = b.node1("Div", {centered, stddev});
    const std::string scaled = b.node1("Mul", {normed, b.weight(name + ".weight", {hidden}, 0.1f, 1.0f)});
    return b.node1("Add", {scaled, b.weight(name + ".bias", {hidden}, 0.1f)}, {}, name);
}

// Gelu(x) = x * 0.5 * (1 + Erf(x / sqrt(2))), as exported before opset 20.
std::string gelu(ModelBuilder& b, const std::string& name, const std::string& x) {
    const std::string scaled = b.node1("Div", {x, b.constant(name + ".sqrt2", {}, {std::sqrt(2.0f)})});
    const std::string erf = b.node1("Erf", {scaled}, {}, name + ".erf");
    const std::string shifted = b.node1("Add", {erf, b.constant(name + ".one", {}, {1.0f})});
    const std::string gated = b.node1("Mul", {x, shifted});
    return b.node1("Mul", {gated, b.constant(name + ".half", {}, {0.5f})}, {}, name);
}

// [batch, seq, hidden] -> [batch, heads, seq, headDim] (or, with the K
// permutation, [batch, heads, headDim, seq]) via Reshape + Transpose.
std::string splitHeads(ModelBuilder& b, const std::string& name, const std::string& x,
                       const std::string& headsShape, std::vector<int64_t> perm) {
    const std::string split = b.node1("Reshape", {x, headsShape});
    return b.node1("Transpose", {split}, {attrInts("perm", std::move(perm))}, name);
}

} // namespace

onnx::ModelProto residualConvNet() {
    ModelBuilder b("residual_convnet");
    std::string x = b.input("image", {1, 3, 32, 32});
    x = convBnRelu(b, "stem", x, 3, 16, 3);
    x = residualBlock(b, "block1", x, 16);
    x = residualBlock(b, "block2", x, 16);
    x = convBnRelu(b, "down", x, 16, 32, 3, /*stride=*/2); // 32x32 -> 16x16
    x = b.node1("GlobalAveragePool", {x}, {}, "pool");
    x = b.node1("Flatten", {x}, {attrInt("axis", 1)});
    b.node1("Gemm", {x, b.weight("fc.weight", {10, 32}, initBound(32)), b.weight("fc.bias", {10}, initBound(32))},
            {attrFloat("alpha", 1.0f), attrFloat("beta", 1.0f), attrInt("transB", 1)}, "fc", "logits");
    b.output("logits", {1, 10});
    return b.build();
}

onnx::ModelProto mobileNetV3Block() {
    ModelBuilder b("mobilenetv3_block");
    const std::string x = b.input("input", {1, 16, 56, 56});
    std::string h = b.node1("HardSwish", {conv(b, "expand", x, 16, 64, 1)});
    h = b.node1("HardSwish", {conv(b, "depthwise", h, 64, 64, 3, 1, /*group=*/64)});

    // Squeeze-excite: per-channel gate computed from the pooled branch.
    std::string se = b.node1("GlobalAveragePool", {h}, {}, "se.pool");
    se = b.node1("Relu", {conv(b, "se.reduce", se, 64, 16, 1)});
    se = conv(b, "se.expand", se, 16, 64, 1);
    se = b.node1("HardSigmoid", {se}, {attrFloat("alpha", 1.0f / 6.0f), attrFloat("beta", 0.5f)});
    h = b.node1("Mul", {h, se}, {}, "se.scale");

    h = conv(b, "project", h, 64, 16, 1);
    b.node1("Add", {h, x}, {}, "", "output");
    b.output("output", {1, 16, 56, 56});
    return b.build();
}

onnx::ModelProto inceptionBlock() {
    ModelBuilder b("inception_block");
    const std::string x = b.input("input", {1, 32, 28, 28});
    const std::string b1 = convRelu(b, "branch1x1", x, 32, 16, 1);
    const std::string b2 = convRelu(b, "branch3x3", convRelu(b, "branch3x3.reduce", x, 32, 16, 1), 16, 24, 3);
    const std::string b3 = convRelu(b, "branch5x5", convRelu(b, "branch5x5.reduce", x, 32, 8, 1), 8, 8, 5);
    const std::string pooled = b.node1(
        "MaxPool", {x},
        {attrInts("kernel_shape", {3, 3}), attrInts("pads", {1, 1, 1, 1}), attrInts("strides", {1, 1})},
        "branch_pool.pool");
    const std::string b4 = convRelu(b, "branch_pool", pooled, 32, 8, 1);
    b.node1("Concat", {b1, b2, b3, b4}, {attrInt("axis", 1)}, "concat", "output"); // 16+24+8+8 = 56 channels
    b.output("output", {1, 56, 28, 28});
    return b.build();
}

onnx::ModelProto attentionBlock() {
    constexpr int64_t seq = 16, hidden = 64, heads = 4, headDim = hidden / heads;
    ModelBuilder b("attention_block");
    const std::string x = b.input("tokens", {1, seq, hidden});

    // Self-attention, pre-norm.
    const std::string ln1 = layerNorm(b, "ln1", x, hidden);
    const std::string headsShape = b.constantInt64("attn.heads_shape", {4}, {1, seq, heads, headDim});
    auto project = [&](const std::string& name, std::vector<int64_t> perm) {
        return splitHeads(b, name + ".heads", linear(b, name, ln1, hidden, hidden), headsShape, std::move(perm));
    };
    const std::string q = project("attn.q", {0, 2, 1, 3});
    const std::string kT = project("attn.k", {0, 2, 3, 1}); // already transposed for Q @ K^T
    const std::string v = project("attn.v", {0, 2, 1, 3});
    std::string scores = b.node1("MatMul", {q, kT}, {}, "attn.scores");
    scores = b.node1("Mul", {scores, b.constant("attn.scale", {}, {1.0f / std::sqrt(static_cast<float>(headDim))})});
    const std::string probs = b.node1("Softmax", {scores}, {attrInt("axis", -1)}, "attn.softmax");
    std::string context = b.node1("MatMul", {probs, v}, {}, "attn.context");
    context = b.node1("Transpose", {context}, {attrInts("perm", {0, 2, 1, 3})});
    context = b.node1("Reshape", {context, b.constantInt64("attn.merged_shape", {3}, {1, seq, hidden})});
    const std::string attended = linear(b, "attn.out", context, hidden, hidden);
    const std::string h = b.node1("Add", {x, attended}, {}, "attn.residual");

    // MLP, pre-norm.
    const std::string ln2 = layerNorm(b, "ln2", h, hidden);
    const std::string up = gelu(b, "mlp.gelu", linear(b, "mlp.fc1", ln2, hidden, 2 * hidden));
    const std::string down = linear(b, "mlp.fc2", up, 2 * hidden, hidden);
    b.node1("Add", {h, down}, {}, "", "output");
    b.output("output", {1, seq, hidden});
    return b.build();
}

onnx::ModelProto symbolicBatchModel() {
    ModelBuilder b("symbolic_batch");
    const std::string x = b.input("x", {std::string("N"), int64_t{8}});
    const std::string h = b.node1("Relu", {linear(b, "fc1", x, 8, 16)});
    b.node1("MatMul", {h, b.weight("fc2.weight", {16, 4}, initBound(16))}, {}, "fc2", "y");
    b.output("y", {std::string("N"), int64_t{4}});
    return b.build();
}

onnx::ModelProto largeChainModel(int64_t nodeCount, bool scopedNames) {
    if (nodeCount < 1) throw std::invalid_argument("largeChainModel: nodeCount must be at least 1");
    ModelBuilder b("large_chain");
    std::string cur = b.input("x", {1, 64});
    // Shared constants: one initializer feeding many nodes, as in real graphs.
    const std::string shift = b.weight("shift", {64}, 0.1f);
    const std::string half = b.constant("half", {}, {0.5f});
    const auto name = [&](int64_t i, const char* op, std::string plain) {
        if (!scopedNames) return plain;
        return "/stage" + std::to_string(i / 4096) + "/block" + std::to_string(i / 256) + "/" + op + "_" + std::to_string(i);
    };

    // Repeating period of 8 nodes. `skip` fans out to the next node and to the
    // merge 7 nodes later; halving after the merge keeps values in [-1, 1].
    std::string skip = cur;
    for (int64_t i = 0; i < nodeCount; ++i) {
        const std::string out = i + 1 == nodeCount ? "y" : "";
        switch (i % 8) {
        case 0: cur = b.node1("Add", {cur, shift}, {}, name(i, "Add", ""), out); break;
        case 1: cur = b.node1("Relu", {cur}, {}, name(i, "Relu", ""), out); break;
        case 2: cur = b.node1("Mul", {cur, half}, {}, name(i, "Mul", ""), out); break;
        case 3: cur = b.node1("Sigmoid", {cur}, {}, name(i, "Sigmoid", ""), out); break;
        case 4: cur = b.node1("Add", {cur, shift}, {}, name(i, "Add", ""), out); break;
        case 5: cur = b.node1("Tanh", {cur}, {}, name(i, "Tanh", ""), out); break;
        case 6: cur = b.node1("Add", {cur, skip}, {}, name(i, "Add", "merge_" + std::to_string(i / 8)), out); break;
        default: skip = cur = b.node1("Mul", {cur, half}, {}, name(i, "Mul", ""), out); break;
        }
    }
    b.output("y", {1, 64});
    return b.build();
}

std::vector<NamedModel> allSampleModels() {
    std::vector<NamedModel> models;
    models.push_back({"residual_convnet.onnx", residualConvNet()});
    models.push_back({"mobilenetv3_block.onnx", mobileNetV3Block()});
    models.push_back({"inception_block.onnx", inceptionBlock()});
    models.push_back({"attention_block.onnx", attentionBlock()});
    models.push_back({"symbolic_batch.onnx", symbolicBatchModel()});
    return models;
}

} // namespace fusebox::testmodels
