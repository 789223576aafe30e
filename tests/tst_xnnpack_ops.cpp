// The XNNPACK adapter op by op: every op its profile claims, on random shapes and
// attributes, compiles and matches the host kernels; nodes the adapter refuses land on
// host with the reason; layouts convert only at subgraph boundaries; threads and
// describe() follow the subgraph's data attributes.
#include "modelbuilder/model_builder.h"
#include "runtime/adapter.h"
#include "support/device_run.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>
#include <set>

using namespace fusebox;
using testmodels::ModelBuilder;
using testmodels::attrFloat;
using testmodels::attrInt;
using testmodels::attrInts;
using testmodels::attrString;

namespace {

using Rng = std::mt19937;
int pick(Rng& rng, int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }

int64_t windowOut(int64_t in, int64_t kernel, int64_t stride, int64_t padSum, int64_t dilation = 1) {
    return (in + padSum - dilation * (kernel - 1) - 1) / stride + 1;
}

// One op on random shapes: the op type it covers and its model.
struct OpCase {
    std::string op;
    std::function<onnx::ModelProto(Rng&)> make;
};

onnx::ModelProto unary(const std::string& op, Rng& rng, std::vector<onnx::AttributeProto> attrs = {}) {
    ModelBuilder b(op);
    const std::vector<ModelBuilder::Dim> dims{1, pick(rng, 1, 6), pick(rng, 2, 7), pick(rng, 2, 7)};
    b.node1(op, {b.input("x", dims)}, std::move(attrs), "", "y");
    b.output("y", dims);
    return b.build();
}

// x [N, C, H, W] with a second operand chosen at random: a same-shape input, or a
// per-channel, per-column or scalar constant, or a rank-2 pair.
onnx::ModelProto binary(const std::string& op, Rng& rng, int inputs = 2) {
    ModelBuilder b(op);
    const int64_t n = pick(rng, 1, 2), c = pick(rng, 1, 6), h = pick(rng, 2, 6), w = pick(rng, 2, 6);
    std::vector<ModelBuilder::Dim> dims{n, c, h, w};
    std::vector<std::string> operands{b.input("x", dims)};
    const float offset = op == "Div" ? 2.0f : 0.0f; // divisors away from zero
    for (int i = 1; i < inputs; ++i) {
        const std::string name = std::string("b").append(std::to_string(i));
        switch (pick(rng, 0, 5)) {
        case 0: operands.push_back(op == "Div" ? b.weight(name, {n, c, h, w}, 0.5f, offset) : b.input(name, dims)); break;
        case 1: operands.push_back(b.weight(name, {c, 1, 1}, 0.5f, offset)); break;
        case 2: operands.push_back(b.weight(name, {1, c, 1, 1}, 0.5f, offset)); break;
        case 3: operands.push_back(b.weight(name, {w}, 0.5f, offset)); break;
        case 4: operands.push_back(b.constant(name, {}, {1.5f + offset})); break;
        default: { // rank 2 throughout
            ModelBuilder flat(op);
            const std::vector<ModelBuilder::Dim> pair{pick(rng, 1, 5), pick(rng, 1, 9)};
            flat.node1(op, {flat.input("x", pair), flat.weight("b", {std::get<int64_t>(pair[1])}, 0.5f, offset)}, {}, "", "y");
            flat.output("y", pair);
            return flat.build();
        }
        }
    }
    b.node1(op, operands, {}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto conv(Rng& rng) {
    ModelBuilder b("Conv");
    const int64_t n = pick(rng, 1, 2), c = pick(rng, 1, 6), h = pick(rng, 5, 12), w = pick(rng, 5, 12);
    const int64_t k = pick(rng, 1, 3), s = pick(rng, 1, 2), d = pick(rng, 1, 2), pad = pick(rng, 0, 1);
    const bool depthwise = c > 1 && pick(rng, 0, 1);
    const int64_t group = depthwise ? c : 1, out = depthwise ? c * pick(rng, 1, 2) : pick(rng, 1, 8);
    std::vector<std::string> inputs{b.input("x", {n, c, h, w}), b.weight("w", {out, c / group, k, k})};
    if (pick(rng, 0, 1)) inputs.push_back(b.weight("bias", {out}));
    const bool same = pick(rng, 0, 3) == 0;
    std::vector<onnx::AttributeProto> attrs{attrInts("strides", {s, s}), attrInts("dilations", {d, d}), attrInt("group", group)};
    attrs.push_back(same ? attrString("auto_pad", "SAME_UPPER") : attrInts("pads", {pad, 0, pad, pad}));
    b.node1("Conv", inputs, attrs, "", "y");
    const int64_t oh = same ? (h + s - 1) / s : windowOut(h, k, s, 2 * pad, d), ow = same ? (w + s - 1) / s : windowOut(w, k, s, pad, d);
    b.output("y", {n, out, oh, ow});
    return b.build();
}

onnx::ModelProto convTranspose(Rng& rng) {
    ModelBuilder b("ConvTranspose");
    const int64_t group = pick(rng, 1, 2), c = group * pick(rng, 1, 3), h = pick(rng, 3, 7), w = pick(rng, 3, 7);
    const int64_t k = pick(rng, 2, 3), s = pick(rng, 1, 2), pad = pick(rng, 0, 1), extra = pick(rng, 0, int(s) - 1);
    const int64_t outPerGroup = pick(rng, 1, 3);
    b.node1("ConvTranspose", {b.input("x", {1, c, h, w}), b.weight("w", {c, outPerGroup, k, k}), b.weight("bias", {group * outPerGroup})},
            {attrInts("strides", {s, s}), attrInts("pads", {pad, pad, pad, pad}), attrInts("output_padding", {extra, extra}),
             attrInt("group", group)},
            "", "y");
    const auto size = [&](int64_t in) { return s * (in - 1) + extra + k - 2 * pad; };
    b.output("y", {1, group * outPerGroup, size(h), size(w)});
    return b.build();
}

onnx::ModelProto gemm(Rng& rng) {
    ModelBuilder b("Gemm");
    const int64_t m = pick(rng, 1, 5), k = pick(rng, 1, 12), n = pick(rng, 1, 9);
    const bool transB = pick(rng, 0, 1);
    std::vector<std::string> inputs{b.input("a", {m, k}), b.weight("w", transB ? std::vector<int64_t>{n, k} : std::vector<int64_t>{k, n})};
    const std::vector<std::vector<int64_t>> biases{{n}, {1, n}, {m, n}, {m, 1}, {}};
    const int choice = pick(rng, 0, 5);
    if (choice < 5) inputs.push_back(b.weight("c", biases[std::size_t(choice)]));
    b.node1("Gemm", inputs, {attrInt("transB", transB)}, "", "y");
    b.output("y", {m, n});
    return b.build();
}

onnx::ModelProto matMul(Rng& rng) {
    ModelBuilder b("MatMul");
    const int64_t m = pick(rng, 1, 5), k = pick(rng, 1, 12), n = pick(rng, 1, 9);
    b.node1("MatMul", {b.input("a", {m, k}), b.weight("w", {k, n})}, {}, "", "y");
    b.output("y", {m, n});
    return b.build();
}

onnx::ModelProto pool(const std::string& op, Rng& rng) {
    ModelBuilder b(op);
    const int64_t c = pick(rng, 1, 5), h = pick(rng, 4, 11), w = pick(rng, 4, 11);
    const int64_t k = pick(rng, 2, 3), s = pick(rng, 1, 2), pad = pick(rng, 0, 1);
    b.node1(op, {b.input("x", {1, c, h, w})},
            {attrInts("kernel_shape", {k, k}), attrInts("strides", {s, s}), attrInts("pads", {pad, pad, pad, pad})}, "", "y");
    b.output("y", {1, c, windowOut(h, k, s, 2 * pad), windowOut(w, k, s, 2 * pad)});
    return b.build();
}

onnx::ModelProto globalAveragePool(Rng& rng) {
    ModelBuilder b("GlobalAveragePool");
    const int64_t c = pick(rng, 1, 7);
    b.node1("GlobalAveragePool", {b.input("x", {1, c, pick(rng, 1, 9), pick(rng, 1, 9)})}, {}, "", "y");
    b.output("y", {1, c, 1, 1});
    return b.build();
}

onnx::ModelProto clip(Rng& rng) {
    ModelBuilder b("Clip");
    const std::vector<ModelBuilder::Dim> dims{1, pick(rng, 1, 4), 3, 3};
    b.node1("Clip", {b.input("x", dims), b.constant("lo", {}, {-0.3f}), b.constant("hi", {}, {0.6f})}, {}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto sqrtOfAbs(Rng& rng) {
    ModelBuilder b("Sqrt");
    const std::vector<ModelBuilder::Dim> dims{pick(rng, 1, 3), pick(rng, 1, 9)};
    b.node1("Sqrt", {b.node1("Abs", {b.input("x", dims)})}, {}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto pRelu(Rng& rng) {
    ModelBuilder b("PRelu");
    const int64_t c = pick(rng, 1, 6);
    const std::vector<ModelBuilder::Dim> dims{1, c, 4, 5};
    b.node1("PRelu", {b.input("x", dims), pick(rng, 0, 1) ? b.weight("slope", {c, 1, 1}) : b.constant("slope", {1}, {0.25f})}, {}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto batchNormalization(Rng& rng) {
    ModelBuilder b("BatchNormalization");
    const int64_t c = pick(rng, 1, 6);
    const std::vector<ModelBuilder::Dim> dims{pick(rng, 1, 2), c, 3, 4};
    b.node1("BatchNormalization", {b.input("x", dims), b.weight("scale", {c}), b.weight("bias", {c}), b.weight("mean", {c}),
                                   b.weight("var", {c}, 0.4f, 1.0f)},
            {attrFloat("epsilon", 1e-3f)}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto softmax(Rng& rng) {
    ModelBuilder b("Softmax");
    std::vector<ModelBuilder::Dim> dims{pick(rng, 1, 3), pick(rng, 2, 9)};
    if (pick(rng, 0, 1)) dims.push_back(pick(rng, 2, 5));
    b.node1("Softmax", {b.input("x", dims)}, {attrInt("axis", -1)}, "", "y");
    b.output("y", dims);
    return b.build();
}

onnx::ModelProto pad(Rng& rng) {
    ModelBuilder b("Pad");
    const int64_t c = pick(rng, 1, 4), h = pick(rng, 2, 5), w = pick(rng, 2, 5);
    std::vector<int64_t> pads(8);
    for (int64_t& p : pads) p = pick(rng, 0, 2);
    b.node1("Pad", {b.input("x", {1, c, h, w}), b.constantInt64("pads", {8}, pads), b.constant("value", {}, {0.75f})}, {}, "", "y");
    b.output("y", {1 + pads[0] + pads[4], c + pads[1] + pads[5], h + pads[2] + pads[6], w + pads[3] + pads[7]});
    return b.build();
}

// GlobalAveragePool, then one of the reshapes to rank 2 (C with H = W = 1 crosses rank 4
// in either layout), a Gemm, and back to rank 4 with Unsqueeze.
onnx::ModelProto reshapes(const std::string& op, Rng& rng) {
    ModelBuilder b(op);
    const int64_t c = pick(rng, 2, 6);
    const std::string pooled = b.node1("GlobalAveragePool", {b.input("x", {1, c, 4, 4})});
    std::string flat;
    if (op == "Reshape") flat = b.node1("Reshape", {pooled, b.constantInt64("shape", {2}, {1, c})});
    if (op == "Flatten") flat = b.node1("Flatten", {pooled}, {attrInt("axis", 1)});
    if (op == "Squeeze") flat = b.node1("Squeeze", {pooled, b.constantInt64("squeezed", {2}, {2, 3})});
    if (op == "Unsqueeze") flat = b.node1("Flatten", {pooled});
    const std::string fc = b.node1("Gemm", {flat, b.weight("w", {c, 3})});
    b.node1("Unsqueeze", {fc, b.constantInt64("axes", {2}, {2, 3})}, {}, "", "y");
    b.output("y", {1, 3, 1, 1});
    return b.build();
}

onnx::ModelProto resize(Rng& rng) {
    ModelBuilder b("Resize");
    static const char* const modes[] = {"half_pixel", "align_corners", "asymmetric"};
    const int64_t c = pick(rng, 1, 3), h = pick(rng, 2, 6), w = pick(rng, 2, 6), oh = pick(rng, 2, 12), ow = pick(rng, 2, 12);
    b.node1("Resize", {b.input("x", {1, c, h, w}), "", "", b.constantInt64("sizes", {4}, {1, c, oh, ow})},
            {attrString("mode", "linear"), attrString("coordinate_transformation_mode", modes[pick(rng, 0, 2)])}, "", "y");
    b.output("y", {1, c, oh, ow});
    return b.build();
}

onnx::ModelProto depthToSpace(Rng& rng) {
    ModelBuilder b("DepthToSpace");
    const int64_t block = pick(rng, 2, 3), c = pick(rng, 1, 3), h = pick(rng, 1, 4), w = pick(rng, 1, 4);
    b.node1("DepthToSpace", {b.input("x", {1, c * block * block, h, w})}, {attrInt("blocksize", block), attrString("mode", "DCR")}, "", "y");
    b.output("y", {1, c, h * block, w * block});
    return b.build();
}

std::vector<OpCase> allCases() {
    std::vector<OpCase> cases{
        {"Conv", conv}, {"ConvTranspose", convTranspose}, {"Gemm", gemm}, {"MatMul", matMul},
        {"MaxPool", [](Rng& r) { return pool("MaxPool", r); }}, {"AveragePool", [](Rng& r) { return pool("AveragePool", r); }},
        {"GlobalAveragePool", globalAveragePool}, {"Clip", clip}, {"Sqrt", sqrtOfAbs}, {"PRelu", pRelu},
        {"BatchNormalization", batchNormalization}, {"Softmax", softmax}, {"Pad", pad}, {"Resize", resize},
        {"DepthToSpace", depthToSpace},
        {"Max", [](Rng& r) { return binary("Max", r, 3); }}, {"Sum", [](Rng& r) { return binary("Sum", r, 3); }},
        {"LeakyRelu", [](Rng& r) { return unary("LeakyRelu", r, {attrFloat("alpha", 0.2f)}); }},
        {"Elu", [](Rng& r) { return unary("Elu", r, {attrFloat("alpha", 0.7f)}); }},
        {"HardSigmoid", [](Rng& r) { return unary("HardSigmoid", r, {attrFloat("alpha", 0.3f), attrFloat("beta", 0.4f)}); }},
    };
    for (const char* op : {"Add", "Sub", "Mul", "Div", "Min"}) cases.push_back({op, [op](Rng& r) { return binary(op, r); }});
    for (const char* op : {"Relu", "HardSwish", "Sigmoid", "Abs", "Neg", "Floor", "Ceil"}) {
        cases.push_back({op, [op](Rng& r) { return unary(op, r); }});
    }
    for (const char* op : {"Reshape", "Flatten", "Squeeze", "Unsqueeze"}) cases.push_back({op, [op](Rng& r) { return reshapes(op, r); }});
    return cases;
}

constexpr int kRandomRounds = 6;

// Nodes the profile accepts but the adapter refuses (what the format cannot express).
struct Refusal {
    const char* name;
    const char* reason; // part of the adapter's reason
    std::function<onnx::ModelProto()> make;
};

onnx::ModelProto oneNode(const std::string& op, std::vector<int64_t> in, std::vector<int64_t> out,
                         const std::function<std::vector<std::string>(ModelBuilder&, const std::string&)>& operands,
                         std::vector<onnx::AttributeProto> attrs = {}, int64_t opset = 17) {
    ModelBuilder b(op, opset);
    const std::string x = b.input("x", {in.begin(), in.end()});
    b.node1(op, operands(b, x), std::move(attrs), "subject", "y");
    b.output("y", {out.begin(), out.end()});
    return b.build();
}

std::vector<Refusal> refusals() {
    return {
        {"reshape across rank 4", "would need a transpose",
         [] { return oneNode("Reshape", {1, 2, 3, 4}, {1, 24}, [](ModelBuilder& b, const std::string& x) {
              return std::vector<std::string>{x, b.constantInt64("shape", {2}, {1, 24})}; }); }},
        {"rank-3 operand of a rank-4 add", "would need a transpose",
         [] {
             ModelBuilder b("add");
             b.node1("Add", {b.input("x", {1, 2, 3, 4}), b.input("z", {2, 3, 4})}, {}, "subject", "y");
             b.output("y", {1, 2, 3, 4});
             return b.build();
         }},
        {"1x1 max pooling", "1x1 window",
         [] { return oneNode("MaxPool", {1, 2, 6, 6}, {1, 2, 3, 3}, [](ModelBuilder&, const std::string& x) { return std::vector<std::string>{x}; },
                             {attrInts("kernel_shape", {1, 1}), attrInts("strides", {2, 2})}); }},
        {"inexact resize scale", "not output/input size",
         [] { return oneNode("Resize", {1, 1, 5, 5}, {1, 1, 7, 7}, [](ModelBuilder& b, const std::string& x) {
              return std::vector<std::string>{x, "", b.constant("scales", {4}, {1, 1, 1.5f, 1.5f})}; }, {attrString("mode", "linear")}); }},
        {"prelu slope per column", "one slope per channel",
         [] { return oneNode("PRelu", {1, 2, 3, 4}, {1, 2, 3, 4}, [](ModelBuilder& b, const std::string& x) {
              return std::vector<std::string>{x, b.weight("slope", {4})}; }); }},
        {"cropping pad", "negative pads",
         [] { return oneNode("Pad", {1, 2, 4, 4}, {1, 2, 3, 4}, [](ModelBuilder& b, const std::string& x) {
              return std::vector<std::string>{x, b.constantInt64("pads", {8}, {0, 0, -1, 0, 0, 0, 0, 0})}; }); }},
        {"softmax of opset 11 without axis", "opset 13",
         [] { return oneNode("Softmax", {2, 3, 4}, {2, 3, 4}, [](ModelBuilder&, const std::string& x) { return std::vector<std::string>{x}; },
                             {}, 11); }},
    };
}

} // namespace

class TestXnnpackOps : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::string write(const std::string& name, const onnx::ModelProto& model) { return test::writeModel(dir_.path(), name, model); }

private slots:
    void initTestCase() {
        const Adapter* adapter = AdapterRegistry::find("xnnpack");
        QVERIFY(adapter);
        if (!adapter->probe().available) QSKIP(qPrintable(QString::fromStdString(adapter->probe().reason)));
    }

    void everyClaimedOpHasACase() {
        auto profile = loadDeviceProfile((test::profilesDir() + "/xnnpack.toml").toStdString());
        QVERIFY(profile.ok());
        std::set<std::string> covered;
        for (const OpCase& c : allCases()) covered.insert(c.op);
        for (const auto& [op, constraint] : profile->ops) QVERIFY2(covered.count(op), op.c_str());
        QCOMPARE(covered.size(), profile->ops.size());
    }

    void opsMatchTheHost_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("round");
        const auto cases = allCases();
        for (std::size_t i = 0; i < cases.size(); ++i) {
            for (int round = 0; round < kRandomRounds; ++round) {
                QTest::addRow("%s/%d", cases[i].op.c_str(), round) << int(i) << round;
            }
        }
    }

    // Every node compiles on xnnpack (nothing falls back to host) and gives the host's
    // outputs within the tolerance of the issue: rtol 1e-3, atol 1e-4.
    void opsMatchTheHost() {
        QFETCH(int, index);
        QFETCH(int, round);
        const OpCase c = allCases()[std::size_t(index)];
        Rng rng(std::uint32_t(1000 * index + round));
        const std::string path = write(c.op + std::to_string(round) + ".onnx", c.make(rng));
        auto device = test::runWithTargets(path, {"xnnpack"});
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().message().c_str());
        const PartitionPlan& plan = device->session->plan;
        for (NodeId id : plan.hostNodes) {
            const NodeDecision& decision = plan.decisions.at(id);
            QFAIL(qPrintable(QString::fromStdString(decision.reason + ": " +
                                                    (decision.refusals.empty() ? "" : decision.refusals.begin()->second))));
        }
        QCOMPARE(plan.subgraphs.size(), std::size_t(1));
        auto host = test::runWithTargets(path, {});
        QVERIFY(host.ok());
        const std::string mismatch = test::outputsMismatch(*device, *host, 1e-3, 1e-4);
        QVERIFY2(mismatch.empty(), mismatch.c_str());
    }

    void adapterRefusalsLandOnHost_data() {
        QTest::addColumn<int>("index");
        const auto all = refusals();
        for (std::size_t i = 0; i < all.size(); ++i) QTest::newRow(all[i].name) << int(i);
    }

    // The partitioner asks the adapter: the node runs on host, the reason is kept, and
    // the model still runs.
    void adapterRefusalsLandOnHost() {
        QFETCH(int, index);
        const Refusal refusal = refusals()[std::size_t(index)];
        const std::string path = write("refused" + std::to_string(index) + ".onnx", refusal.make());
        auto device = test::runWithTargets(path, {"xnnpack"});
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().message().c_str());
        const Graph& graph = device->session->model().graph;
        const NodeDecision& decision = device->session->plan.decisions.at(*graph.findNode("subject"));
        QCOMPARE(decision.device, std::string(kHostDevice));
        const std::string reason = decision.refusals.count("xnnpack") ? decision.refusals.at("xnnpack") : "";
        QVERIFY2(reason.find(refusal.reason) != std::string::npos, reason.c_str());
        auto host = test::runWithTargets(path, {});
        QVERIFY(host.ok());
        QCOMPARE(test::outputsMismatch(*device, *host, 0, 0), std::string());
    }

    // conv+relu on xnnpack, Concat on host, conv+relu on xnnpack: the input enters NHWC,
    // the first result leaves for Concat, Concat's result enters, the output leaves.
    void layoutsConvertOnlyAtBoundaries() {
        ModelBuilder b("boundaries");
        const std::string x = b.input("x", {1, 3, 6, 6});
        const std::string first = b.node1("Relu", {b.node1("Conv", {x, b.weight("w1", {3, 3, 3, 3})}, {attrInts("pads", {1, 1, 1, 1})})});
        const std::string joined = b.node1("Concat", {first, x}, {attrInt("axis", 1)});
        b.node1("Relu", {b.node1("Conv", {joined, b.weight("w2", {2, 6, 1, 1})})}, {}, "", "y");
        b.output("y", {1, 2, 6, 6});
        const std::string path = write("boundaries.onnx", b.build());
        auto device = test::runWithTargets(path, {"xnnpack"});
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().message().c_str());
        const PartitionPlan& plan = device->session->plan;
        QCOMPARE(plan.subgraphs.size(), std::size_t(2));
        QCOMPARE(plan.hostNodes.size(), std::size_t(1));
        QCOMPARE(plan.subgraphs[0].attributes.layout, std::string("NHWC"));
        QCOMPARE(device->stats.layoutConversions, 4);
        auto host = test::runWithTargets(path, {});
        QVERIFY(host.ok());
        QCOMPARE(host->stats.layoutConversions, 0);
        const std::string mismatch = test::outputsMismatch(*device, *host, 1e-3, 1e-4);
        QVERIFY2(mismatch.empty(), mismatch.c_str());
    }

    // Threads come from the subgraph's data attributes, else the executor's setting;
    // describe() lists the XNNPACK nodes and values.
    void threadsAndDescription() {
        ModelBuilder b("described");
        b.node1("Relu", {b.node1("Conv", {b.input("x", {1, 3, 8, 8}), b.weight("w", {4, 3, 3, 3})})}, {}, "", "y");
        b.output("y", {1, 4, 6, 6});
        auto run = test::runWithTargets(write("described.onnx", b.build()), {"xnnpack"});
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message().c_str());
        Adapter* adapter = AdapterRegistry::find("xnnpack");
        const CompileContext context{run->session->model().graph, run->session->model().opsets, 1};
        SubgraphOp op = run->session->plan.subgraphs.at(0);
        for (int threads : {0, 2}) {
            op.attributes.threads = threads;
            auto program = adapter->compile(context, op);
            QVERIFY2(program.ok(), program.ok() ? "" : program.error().message().c_str());
            const std::string text = (*program)->describe();
            QVERIFY2(text.find(threads == 2 ? "2 threads" : "1 thread ") != std::string::npos, text.c_str());
            QVERIFY2(text.find("convolution_2d 3x3 stride 1x1") != std::string::npos, text.c_str());
            QVERIFY2(text.find("clamp [0.000000, inf] <- Relu") != std::string::npos, text.c_str());
            QVERIFY2(text.find("[1, 8, 8, 3] external input 'x'") != std::string::npos, text.c_str());
            QVERIFY2(text.find("[4, 3, 3, 3] static filter") != std::string::npos, text.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestXnnpackOps)
#include "tst_xnnpack_ops.moc"
