// The numbers `fusebox inspect` reports: op histogram, parameters, FLOPs.
#include "analysis/flops.h"
#include "analysis/model_summary.h"
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;
using namespace fusebox::testmodels;

class TestModelSummary : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    Model import(const std::string& name, const onnx::ModelProto& proto) {
        auto model = importOnnx(test::writeModel(dir_.path(), name, proto));
        if (!model) qFatal("%s", model.error().message().c_str());
        return std::move(*model);
    }

private slots:
    void convNetCountsAreExact() {
        ModelBuilder b("small");
        const std::string x = b.input("x", {1, 3, 8, 8});
        const std::string conv = b.node1("Conv", {x, b.weight("cw", {4, 3, 3, 3}), b.weight("cb", {4})},
                                         {attrInts("kernel_shape", {3, 3}), attrInts("pads", {1, 1, 1, 1})}, "conv");
        const std::string relu = b.node1("Relu", {conv});
        const std::string pooled = b.node1("GlobalAveragePool", {relu});
        const std::string flat = b.node1("Flatten", {pooled});
        b.node1("Gemm", {flat, b.weight("gw", {4, 2}), b.weight("gb", {2})}, {}, "fc", "y");
        b.output("y", {1, 2});

        const Model model = import("small.onnx", b.build());
        const ModelSummary s = summarize(model);
        // Conv: 1x4x8x8 outputs x 27 MACs x 2; Relu 256; pool 4; flatten 4; Gemm 2 outputs x 4 MACs x 2.
        QCOMPARE(s.flops, int64_t(256 * 27 * 2 + 256 + 4 + 4 + 2 * 4 * 2));
        QCOMPARE(s.nodesWithoutFlops, std::size_t(0));
        QCOMPARE(s.paramCount, int64_t(108 + 4 + 8 + 2));
        QCOMPARE(s.paramBytes, int64_t(4 * (108 + 4 + 8 + 2)));
        QCOMPARE(s.nodeCount, std::size_t(5));
        QCOMPARE(s.opCounts.size(), std::size_t(5));
        QCOMPARE(s.inputs.size(), std::size_t(1));
        QCOMPARE(s.inputs[0].shape, Shape::of({1, 3, 8, 8}));
    }

    void convTransposeAndBatchedMatMul() {
        ModelBuilder b("mixed");
        const std::string x = b.input("x", {1, 2, 4, 4});
        b.node1("ConvTranspose", {x, b.weight("tw", {2, 3, 3, 3})}, {attrInts("kernel_shape", {3, 3})}, "up", "up_out");
        const std::string a = b.input("a", {2, 3, 4});
        b.node1("MatMul", {a, b.weight("mw", {4, 5})}, {}, "mm", "mm_out");
        b.output("up_out", {1, 3, 6, 6});
        b.output("mm_out", {2, 3, 5});

        const Model model = import("mixed.onnx", b.build());
        const Graph& g = model.graph;
        QCOMPARE(*estimateFlops(g, g.node(*g.findNode("up"))), int64_t(32 * 3 * 9 * 2));
        QCOMPARE(*estimateFlops(g, g.node(*g.findNode("mm"))), int64_t(30 * 4 * 2));
    }

    void histogramIsSortedByCountThenName() {
        ModelBuilder b("histogram");
        std::string v = b.input("x", {1, 4});
        for (int i = 0; i < 3; ++i) v = b.node1("Relu", {v});
        v = b.node1("Sigmoid", {v});
        v = b.node1("Abs", {v});
        b.node1("Tanh", {v}, {}, "", "y");
        b.output("y", {1, 4});
        const ModelSummary s = summarize(import("histogram.onnx", b.build()));
        using Row = std::pair<std::string, int64_t>;
        QCOMPARE(s.opCounts, (std::vector<Row>{{"Relu", 3}, {"Abs", 1}, {"Sigmoid", 1}, {"Tanh", 1}}));
    }

    void dynamicShapesMakeFlopsALowerBound() {
        ModelBuilder b("dynamic");
        const std::string x = b.input("x", {std::string("N"), int64_t(8)});
        b.node1("Relu", {x}, {}, "", "y");
        b.output("y", {std::string("N"), int64_t(8)});
        const ModelSummary s = summarize(import("dynamic.onnx", b.build()));
        QCOMPARE(s.flops, int64_t(0));
        QCOMPARE(s.nodesWithoutFlops, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestModelSummary)
#include "tst_model_summary.moc"
