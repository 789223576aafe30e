// The oneDNN adapter against the host reference kernels: every op its profile claims,
// random convolution patterns (shapes, strides, pads, groups, dilations, fused post-ops),
// real models, bf16, describe() and per-node timings.
#include "devices/device_profile.h"
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "runtime/accuracy.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "support/cli_run.h"
#include "support/softmax_outputs.h"
#include "support/test_support.h"
#include "workflow/model_session.h"

#include <onnx/shape_inference/implementation.h>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <set>
#include <sstream>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

constexpr double kRtol = 1e-3, kAtol = 1e-4;

struct Outcome {
    std::vector<Tensor> onednn, host;
    std::map<ValueId, Tensor> onednnLogits, hostLogits; // softmax_outputs.h
    std::vector<std::optional<ValueId>> logits;
    std::string describe;
    ProgramTimings timings;
    int onednnNodes = 0;
};

Result<PartitionedModel> session(const std::string& path, const std::string& device, const std::string& precision,
                                 std::map<std::string, std::vector<int64_t>> shapes = {}) {
    PartitionConfig config;
    if (device != kHostDevice) config.targets = {device};
    if (!precision.empty()) config.devices[device].precision = precision;
    return partitionModel({path, config, std::move(shapes), test::profilesDir().toStdString()});
}

// The quoted node names of describe() lines whose primitive runs oneDNN's reference loops
// ("[ref:any]"), and whose text has `marker` (e.g. "bf16:", a bf16 memory).
std::set<std::string> nodesOnReferenceLoops(const std::string& describe, const std::string& marker = "") {
    std::set<std::string> nodes;
    std::istringstream lines(describe);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("[ref:any]") == std::string::npos || line.find(marker) == std::string::npos) continue;
        const auto open = line.find('\'');
        const auto close = line.find('\'', open + 1);
        if (open != std::string::npos && close != std::string::npos) nodes.insert(line.substr(open + 1, close - open - 1));
    }
    return nodes;
}

// Runs the model on onednn (all it claims) and on host, with the same generated inputs.
Result<Outcome> runBoth(const std::string& path, std::map<std::string, std::vector<int64_t>> shapes = {}, const std::string& precision = "") {
    Outcome outcome;
    std::map<std::string, Tensor> inputs;
    for (const std::string device : {"onednn", "host"}) {
        auto s = session(path, device, device == "onednn" ? precision : "", shapes);
        if (!s) return s.error();
        const Graph& graph = s->model().graph;
        if (inputs.empty()) {
            int k = 0;
            for (ValueId id : graph.inputs()) inputs[graph.value(id).name] = *generateInput(graph.value(id), k++, 7);
        }
        const ExecutorOptions options{.threads = 2, .hostFallback = false, .keep = test::logitsToKeep(graph)};
        auto executor = Executor::create(s->model(), s->plan, options);
        if (!executor) return executor.error();
        RunStats stats;
        auto outputs = (*executor)->run(inputs, &stats, true);
        if (!outputs) return outputs.error();
        if (device == "onednn") {
            outcome.onednn = std::move(*outputs);
            outcome.onednnLogits = (*executor)->kept();
            outcome.logits = test::softmaxLogits(graph);
            outcome.describe = (*executor)->describe();
            for (const ProgramTimings& t : stats.stepNodeTimes) outcome.timings.nodeMs.insert(outcome.timings.nodeMs.end(), t.nodeMs.begin(), t.nodeMs.end());
            for (const SubgraphOp& op : s->plan.subgraphs) outcome.onednnNodes += static_cast<int>(op.nodes.size());
        } else {
            outcome.host = std::move(*outputs);
            outcome.hostLogits = (*executor)->kept();
        }
    }
    return outcome;
}

void expectClose(const Outcome& o) {
    QCOMPARE(o.onednn.size(), o.host.size());
    for (std::size_t i = 0; i < o.host.size(); ++i) {
        const std::optional<ValueId> logits = i < o.logits.size() ? o.logits[i] : std::nullopt;
        const bool kept = logits && o.onednnLogits.count(*logits) && o.hostLogits.count(*logits); // not a graph input
        const auto mismatch = kept ? test::logitsMismatch(o.onednnLogits.at(*logits), o.hostLogits.at(*logits), kRtol)
                                   : firstMismatch(o.onednn[i], o.host[i], kRtol, kAtol);
        QVERIFY2(!mismatch, mismatch ? mismatch->c_str() : "");
    }
}

// One-node (or tiny) models, one per op the profile claims. x is [1, 8, 6, 6].
using Recipe = std::function<void(ModelBuilder&, const std::string& x)>;

void unary(ModelBuilder& b, const std::string& op, const std::string& x, std::vector<onnx::AttributeProto> attrs = {}) {
    b.node1(op, {x}, std::move(attrs), "", "y");
}

std::map<std::string, Recipe> recipes() {
    std::map<std::string, Recipe> r;
    for (const char* op : {"Relu", "Sigmoid", "HardSwish", "Tanh", "Abs", "Neg", "Round", "Softplus", "Identity", "Elu", "LeakyRelu",
                           "HardSigmoid", "GlobalAveragePool", "GlobalMaxPool"}) {
        r[op] = [op](ModelBuilder& b, const std::string& x) { unary(b, op, x); };
    }
    for (const char* op : {"Log", "Sqrt", "Reciprocal"}) { // positive inputs
        r[op] = [op](ModelBuilder& b, const std::string& x) { b.node1(op, {b.node1("Exp", {x})}, {}, "", "y"); };
    }
    r["Exp"] = [](ModelBuilder& b, const std::string& x) { unary(b, "Exp", x); };
    r["Clip"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("Clip", {x, b.constant("lo", {}, {-0.2f}), b.constant("hi", {}, {0.3f})}, {}, "", "y");
    };
    r["Conv"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("Conv", {x, b.weight("w", {8, 4, 3, 3}), b.weight("bias", {8})}, {attrInt("group", 2), attrInts("pads", {1, 0, 2, 1}), attrInts("strides", {2, 1})}, "", "y");
    };
    r["ConvTranspose"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("ConvTranspose", {x, b.weight("w", {8, 3, 3, 3}), b.weight("bias", {3})}, {attrInts("strides", {2, 2}), attrInts("pads", {1, 1, 0, 0})}, "", "y");
    };
    r["MatMul"] = [](ModelBuilder& b, const std::string& x) { b.node1("MatMul", {x, b.weight("w", {6, 5})}, {}, "", "y"); };
    r["Gemm"] = [](ModelBuilder& b, const std::string& x) {
        const std::string flat = b.node1("Flatten", {x});
        b.node1("Gemm", {flat, b.weight("w", {7, 288}), b.weight("c", {7})}, {attrInt("transB", 1), attrFloat("alpha", 0.5f), attrFloat("beta", 2.f)}, "", "y");
    };
    r["MaxPool"] = [](ModelBuilder& b, const std::string& x) {
        unary(b, "MaxPool", x, {attrInts("kernel_shape", {3, 3}), attrInts("strides", {2, 2}), attrInt("ceil_mode", 1)});
    };
    r["AveragePool"] = [](ModelBuilder& b, const std::string& x) {
        unary(b, "AveragePool", x, {attrInts("kernel_shape", {3, 2}), attrInts("pads", {1, 1, 1, 1}), attrInt("count_include_pad", 1)});
    };
    for (const char* op : {"Add", "Sub", "Mul", "Div", "Max", "Min"}) { // broadcast on both sides
        r[op] = [op](ModelBuilder& b, const std::string& x) { b.node1(op, {b.weight("a", {8, 1, 6}, 0.5f, 1.f), x}, {}, "", "y"); };
    }
    r["Sum"] = [](ModelBuilder& b, const std::string& x) { b.node1("Sum", {x, b.node1("Exp", {x}), b.weight("c", {6})}, {}, "", "y"); };
    r["PRelu"] = [](ModelBuilder& b, const std::string& x) { b.node1("PRelu", {x, b.weight("slope", {8, 1, 1})}, {}, "", "y"); };
    r["BatchNormalization"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("BatchNormalization", {x, b.weight("g", {8}), b.weight("b", {8}), b.weight("m", {8}), b.weight("v", {8}, 0.2f, 1.f)}, {}, "", "y");
    };
    r["LayerNormalization"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("LayerNormalization", {x, b.weight("g", {6}), b.weight("b", {6})}, {}, "", "y");
    };
    r["LRN"] = [](ModelBuilder& b, const std::string& x) { unary(b, "LRN", x, {attrInt("size", 3), attrFloat("alpha", 0.01f)}); };
    r["Concat"] = [](ModelBuilder& b, const std::string& x) { b.node1("Concat", {x, b.node1("Relu", {x})}, {attrInt("axis", 1)}, "", "y"); };
    r["Resize"] = [](ModelBuilder& b, const std::string& x) {
        b.node1("Resize", {x, "", b.constant("scales", {4}, {1, 1, 2, 2})}, {attrString("mode", "linear")}, "", "y");
    };
    r["Softmax"] = [](ModelBuilder& b, const std::string& x) { unary(b, "Softmax", x, {attrInt("axis", 1)}); };
    r["LogSoftmax"] = [](ModelBuilder& b, const std::string& x) { unary(b, "LogSoftmax", x); };
    for (const char* op : {"ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2"}) {
        r[op] = [op](ModelBuilder& b, const std::string& x) {
            if (std::string(op) == "ReduceSum") b.node1(op, {x, b.constantInt64("axes", {2}, {1, 3})}, {attrInt("keepdims", 0)}, "", "y");
            else b.node1(op, {x}, {attrInts("axes", {2, 3})}, "", "y");
        };
    }
    r["Transpose"] = [](ModelBuilder& b, const std::string& x) { unary(b, "Transpose", x, {attrInts("perm", {0, 2, 3, 1})}); };
    r["Reshape"] = [](ModelBuilder& b, const std::string& x) { b.node1("Reshape", {b.node1("Relu", {x}), b.constantInt64("s", {3}, {0, -1, 12})}, {}, "", "y"); };
    r["Flatten"] = [](ModelBuilder& b, const std::string& x) { unary(b, "Flatten", x, {attrInt("axis", 2)}); };
    r["Squeeze"] = [](ModelBuilder& b, const std::string& x) { b.node1("Squeeze", {x, b.constantInt64("a", {1}, {0})}, {}, "", "y"); };
    r["Unsqueeze"] = [](ModelBuilder& b, const std::string& x) { b.node1("Unsqueeze", {x, b.constantInt64("a", {1}, {2})}, {}, "", "y"); };
    return r;
}

// The output's shape comes from ONNX shape inference.
std::string writeRecipe(const QString& dir, const std::string& op, const Recipe& recipe) {
    ModelBuilder b(op, 17);
    const std::string x = b.input("x", {1, 8, 6, 6});
    recipe(b, x);
    b.output("y", {});
    onnx::ModelProto model = b.build();
    model.mutable_graph()->mutable_output(0)->mutable_type()->mutable_tensor_type()->clear_shape();
    onnx::shape_inference::InferShapes(model); // fills in the output's shape for the checker
    return test::writeModel(dir, op + ".onnx", model);
}

} // namespace

class TestOnednn : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    bool available() const { return AdapterRegistry::find("onednn") != nullptr; }

private slots:
    void everyProfileClaimCompilesAndMatchesHost_data() {
        QTest::addColumn<QString>("op");
        auto profile = loadDeviceProfile((test::profilesDir() + "/onednn.toml").toStdString());
        QVERIFY(profile.ok());
        for (const auto& [op, constraint] : profile->ops) QTest::newRow(op.c_str()) << QString::fromStdString(op);
    }

    void everyProfileClaimCompilesAndMatchesHost() {
        QFETCH(QString, op);
        if (!available()) QSKIP("the oneDNN adapter is not built");
        const auto all = recipes();
        const auto recipe = all.find(op.toStdString());
        QVERIFY2(recipe != all.end(), "the profile claims an op this test has no model for");
        const std::string path = writeRecipe(dir_.path(), op.toStdString(), recipe->second);
        auto outcome = runBoth(path);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        QVERIFY2(outcome->onednnNodes >= 1, "the partitioner did not give the node to onednn");
        expectClose(*outcome);
    }

    void randomConvolutionPatternsMatchHost() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        QRandomGenerator rng(42);
        for (int trial = 0; trial < 12; ++trial) {
            const int64_t group = std::vector<int64_t>{1, 2, 4}[static_cast<std::size_t>(rng.bounded(3))];
            const int64_t cin = group * (1 + rng.bounded(4)), cout = group * (1 + rng.bounded(4));
            const int64_t k = 1 + rng.bounded(3), stride = 1 + rng.bounded(2), dilation = 1 + rng.bounded(2);
            const int64_t h = 5 + rng.bounded(8), w = 5 + rng.bounded(8);
            const bool depthwise = trial % 4 == 3;
            const int64_t g = depthwise ? cin : group, co = depthwise ? cin : cout;
            ModelBuilder b("conv", 17);
            const std::string x = b.input("x", {1, cin, h, w});
            std::vector<onnx::AttributeProto> attrs{attrInt("group", g), attrInts("strides", {stride, stride}), attrInts("dilations", {dilation, dilation})};
            if (trial % 3 == 0) attrs.push_back(attrString("auto_pad", "SAME_UPPER"));
            else attrs.push_back(attrInts("pads", {rng.bounded(2), rng.bounded(3), rng.bounded(3), rng.bounded(2)}));
            std::string y = b.node1("Conv", {x, b.weight("w", {co, cin / g, k, k}), b.weight("b", {co})}, attrs);
            y = b.node1("BatchNormalization", {y, b.weight("s", {co}), b.weight("t", {co}), b.weight("m", {co}), b.weight("v", {co}, 0.2f, 1.f)});
            y = b.node1(trial % 2 ? "Relu" : "HardSwish", {y});
            y = b.node1("Add", {y, b.weight("r", {co, 1, 1})}, {}, "", "y");
            b.output("y", {1, co, "H", "W"});
            const std::string path = test::writeModel(dir_.path(), "conv" + std::to_string(trial) + ".onnx", b.build());
            auto outcome = runBoth(path);
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
            QCOMPARE(outcome->onednnNodes, 4);
            expectClose(*outcome);
            QVERIFY2(outcome->describe.find("post-ops:") != std::string::npos, outcome->describe.c_str());
        }
    }

    // HardSwish spelled out, as PP-OCR det has it: x * clip(x + 3, 0, 6) / 6 on a blocked
    // convolution output. oneDNN 2.6 runs a binary whose broadcast second source has
    // another format than the first on its reference loops (7 of det's 8 s on AVX2).
    void broadcastSecondSourceKeepsTheJitBinary() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        ModelBuilder b("hardswish", 17);
        const std::string x = b.input("x", {1, 16, 8, 8});
        const std::string a = b.node1("Conv", {x, b.weight("w", {16, 16, 3, 3}), b.weight("bias", {16})}, {attrInts("pads", {1, 1, 1, 1})}, "conv");
        const std::string shifted = b.node1("Add", {a, b.constant("three", {}, {3.f})}, {}, "add");
        const std::string clipped = b.node1("Clip", {shifted, b.constant("lo", {}, {0.f}), b.constant("hi", {}, {6.f})});
        b.node1("Div", {b.node1("Mul", {a, clipped}), b.constant("six", {}, {6.f})}, {}, "", "y");
        b.output("y", {1, 16, 8, 8});
        auto outcome = runBoth(test::writeModel(dir_.path(), "hardswish.onnx", b.build()));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        QCOMPARE(outcome->onednnNodes, 5);
        expectClose(*outcome);
        const std::string& text = outcome->describe;
        QVERIFY2(text.find("binary Add 'add' [jit:") != std::string::npos, text.c_str());
        QVERIFY2(text.find("ref:any") == std::string::npos, text.c_str());
    }

    // A binary post-op whose full-size operand is row-major while the anchor's sources are
    // blocked: oneDNN 2.6 implements the fused form only with its reference loops, the
    // two primitives apart with JIT kernels.
    void fusedPrimitiveOnReferenceImplIsBuiltUnfused() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        ModelBuilder b("unfused", 17);
        const std::string x = b.input("x", {1, 16, 8, 8});
        const std::string c = b.input("c", {1, 16, 8, 8});
        const std::string a = b.node1("Conv", {x, b.weight("w", {16, 16, 3, 3}), b.weight("bias", {16})}, {attrInts("pads", {1, 1, 1, 1})}, "conv");
        b.node1("Mul", {b.node1("Add", {a, a}, {}, "add"), c}, {}, "mul", "y");
        b.output("y", {1, 16, 8, 8});
        auto outcome = runBoth(test::writeModel(dir_.path(), "unfused.onnx", b.build()));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        QCOMPARE(outcome->onednnNodes, 3);
        expectClose(*outcome);
        const std::string& text = outcome->describe;
        QVERIFY2(text.find("Add 'add' fused with Mul 'mul' would use ref:any; built unfused") != std::string::npos, text.c_str());
        QVERIFY2(text.find("binary Mul 'mul' [jit:") != std::string::npos, text.c_str());
        QVERIFY2(text.find("[ref:any]") == std::string::npos, text.c_str());
    }

    void realModelsMatchHost_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("shape");
        const QDir shared(test::sharedModelsDir());
        for (const QString& file : shared.entryList({"light_*.onnx"}, QDir::Files, QDir::Name)) {
            if (!file.contains("vgg19")) QTest::newRow(qPrintable(file)) << shared.filePath(file) << QString(); // vgg19: slow on host
        }
        for (const auto& sample : allSampleModels()) {
            const QString path = QString::fromStdString(test::writeModel(dir_.path(), sample.fileName, sample.model));
            QTest::newRow(sample.fileName.c_str()) << path << (sample.fileName == "symbolic_batch.onnx" ? "x=2,8" : "");
        }
        const QDir ocr(test::paddleOcrDir());
        QTest::newRow("det") << ocr.filePath("ch_PP-OCRv4_det_infer.onnx") << "x=1,3,320,320";
        QTest::newRow("rec") << ocr.filePath("ch_PP-OCRv4_rec_infer.onnx") << "x=1,3,48,320";
        QTest::newRow("cls") << ocr.filePath("ch_ppocr_mobile_v2.0_cls_infer.onnx") << "x=1,3,48,192";
    }

    void realModelsMatchHost() {
        QFETCH(QString, model);
        QFETCH(QString, shape);
        if (!available()) QSKIP("the oneDNN adapter is not built");
        if (!QFileInfo::exists(model)) QSKIP(qPrintable("not present: " + model));
        std::map<std::string, std::vector<int64_t>> shapes;
        if (!shape.isEmpty()) {
            std::vector<int64_t> dims;
            for (const QString& d : shape.section('=', 1).split(',')) dims.push_back(d.toLongLong());
            shapes[shape.section('=', 0, 0).toStdString()] = dims;
        }
        auto outcome = runBoth(model.toStdString(), shapes);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        expectClose(*outcome);
    }

    void bf16IsBoundedOrRefused() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        // PP-OCRv4 rec: a transformer whose softmax output is far from saturated.
        const QString model = QDir(test::paddleOcrDir()).filePath("ch_PP-OCRv4_rec_infer.onnx");
        if (!QFileInfo::exists(model)) QSKIP("the PaddleOCR models are not present");
        const bool bf16 = AdapterRegistry::find("onednn")->probe().description.find("fp32 and bf16") != std::string::npos;
        auto outcome = runBoth(model.toStdString(), {{"x", {1, 3, 48, 320}}}, "bf16");
        if (!bf16) { // refused (runBoth allows no host fallback)
            QVERIFY(!outcome.ok());
            QVERIFY2(outcome.error().message().find("precision bf16 needs AVX512-BF16") != std::string::npos, outcome.error().message().c_str());
            return;
        }
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        const std::string& text = outcome->describe;
        QVERIFY(text.find("bf16") != std::string::npos);
        // A bf16 primitive is left on oneDNN's reference loops only where fp32 is on them
        // too (otherwise the subgraph is kept in fp32).
        auto fp32 = runBoth(model.toStdString(), {{"x", {1, 3, 48, 320}}}, "fp32");
        QVERIFY2(fp32.ok(), fp32.ok() ? "" : fp32.error().message().c_str());
        const std::set<std::string> referenceInFp32 = nodesOnReferenceLoops(fp32->describe);
        int bf16Reference = 0;
        for (const std::string& node : nodesOnReferenceLoops(text, "bf16:")) {
            QVERIFY2(referenceInFp32.count(node), node.c_str());
            ++bf16Reference;
        }
        qInfo("bf16 primitives on ref:any (as in fp32): %d", bf16Reference);
        const Accuracy a = compareTensors(outcome->onednn[0], outcome->host[0]);
        qInfo("bf16 vs host: max abs %.3g, cosine %.6f", a.maxAbsError, a.cosine);
        QVERIFY(a.cosine >= 0.99);
    }

    // The executable sets GOMP_SPINCOUNT before libgomp reads it (OMP_DISPLAY_ENV shows
    // what libgomp read); a value the user set is kept.
    void openMpThreadsSpinBrieflyUnlessTheUserSaysOtherwise() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        const QByteArray spin = qgetenv("GOMP_SPINCOUNT"), policy = qgetenv("OMP_WAIT_POLICY"); // this process set them itself
        qunsetenv("GOMP_SPINCOUNT");
        qunsetenv("OMP_WAIT_POLICY");
        qputenv("OMP_DISPLAY_ENV", "VERBOSE");
        const test::CliRun byDefault = test::runCli({"devices"});
        qputenv("GOMP_SPINCOUNT", "1234");
        const test::CliRun chosen = test::runCli({"devices"});
        qunsetenv("OMP_DISPLAY_ENV");
        for (const auto& [name, value] : {std::pair{"GOMP_SPINCOUNT", spin}, std::pair{"OMP_WAIT_POLICY", policy}}) {
            if (value.isEmpty()) qunsetenv(name);
            else qputenv(name, value);
        }
        QCOMPARE(byDefault.exitCode, 0);
        QVERIFY2(byDefault.err.contains("GOMP_SPINCOUNT = '10000'"), qPrintable(byDefault.err));
        QVERIFY2(byDefault.out.contains("(OpenMP, GOMP_SPINCOUNT=10000)"), qPrintable(byDefault.out));
        QVERIFY2(chosen.err.contains("GOMP_SPINCOUNT = '1234'"), qPrintable(chosen.err));
        QVERIFY2(chosen.out.contains("(OpenMP, GOMP_SPINCOUNT=1234)"), qPrintable(chosen.out));
    }

    void describeAndTimingsNameThePrimitives() {
        if (!available()) QSKIP("the oneDNN adapter is not built");
        const QString model = QDir(test::sharedModelsDir()).filePath("light_resnet50.onnx");
        if (!QFileInfo::exists(model)) QSKIP("the shared models are not present");
        auto outcome = runBoth(model.toStdString());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        const std::string& text = outcome->describe;
        QVERIFY2(text.find("convolution Conv '") != std::string::npos, text.c_str());
        QVERIFY2(text.find(":avx") != std::string::npos, text.c_str());    // the implementation oneDNN chose
        QVERIFY2(text.find("+sum") != std::string::npos, text.c_str());    // residual Sum fused into the convolution
        QVERIFY2(text.find("+relu") != std::string::npos, text.c_str());
        QVERIFY2(text.find("BatchNormalization") == std::string::npos, text.c_str()); // folded into the weights
        QCOMPARE(static_cast<int>(outcome->timings.nodeMs.size()) > 50, true);        // one per primitive's anchor
    }
};

QTEST_GUILESS_MAIN(TestOnednn)
#include "tst_onednn.moc"
