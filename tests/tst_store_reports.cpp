// What is made from stored runs: comparisons by node, op type and aligned subgraphs;
// Chrome traces; and runs read from ONNX Runtime profiles.
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "store/chrome_trace.h"
#include "store/layer_report.h"
#include "store/node_alignment.h"
#include "store/run_breakdown.h"
#include "store/ort_profile.h"
#include "store/run_comparison.h"
#include "support/test_support.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;
using namespace fusebox::store;

namespace {

TimingStats ms(double median) { return {median, median * 0.9, median * 1.5, median * 1.2, 5}; }

ItemTiming node(const std::string& name, int position, const std::string& op, const std::string& device,
                std::optional<int> subgraph, double median) {
    return {ItemKind::Node, name, position, op, device, subgraph, ms(median)};
}

ItemTiming subgraph(int id, const std::string& device, double median) {
    return {ItemKind::Subgraph, std::to_string(id), id, "", device, id, ms(median)};
}

StoredRun makeRun(RunId id, const std::string& label, double total) {
    StoredRun run;
    run.summary.id = id;
    run.summary.label = label;
    run.summary.model = "chain.onnx";
    run.results.total = ms(total);
    return run;
}

// n0 -> n1 -> n2 -> n3, all on host: 1, 2, 3 and 4 ms.
StoredRun hostRun() {
    StoredRun run = makeRun(1, "host", 10);
    const char* names[] = {"n0", "n1", "n2", "n3"};
    for (int i = 0; i < 4; ++i) run.results.nodes.push_back(node(names[i], i, i % 2 ? "Relu" : "Conv", "host", std::nullopt, i + 1.0));
    return run;
}

// n1 and n2 in subgraph 0 on "fake" (2.5 ms in all, per node 1 and 1.25), n0 and n3 on host.
StoredRun deviceRun() {
    StoredRun run = makeRun(2, "fake", 8);
    run.results.subgraphs.push_back(subgraph(0, "fake", 2.5));
    run.results.nodes = {node("n0", 0, "Conv", "host", std::nullopt, 1), node("n1", 1, "Relu", "fake", 0, 1),
                         node("n2", 2, "Conv", "fake", 0, 1.25), node("n3", 3, "Relu", "host", std::nullopt, 4)};
    return run;
}

// Two subgraphs that cut the chain elsewhere: {n0, n1} and {n2, n3}.
StoredRun otherCutRun() {
    StoredRun run = makeRun(3, "other", 6);
    run.results.subgraphs = {subgraph(0, "npu", 2), subgraph(1, "npu", 3)};
    run.results.nodes = {node("n0", 0, "Conv", "npu", 0, 1), node("n1", 1, "Relu", "npu", 0, 1),
                         node("n2", 2, "Conv", "npu", 1, 1.5), node("n3", 3, "Relu", "npu", 1, 1.5)};
    return run;
}

std::string kernelEvent(const std::string& node, const std::string& op, double us) {
    nlohmann::json event{{"cat", "Node"}, {"pid", 1}, {"tid", 1}, {"dur", us}, {"ts", 0}, {"ph", "X"},
                         {"name", node + "_kernel_time"}, {"args", {{"op_name", op}, {"provider", "CPUExecutionProvider"}}}};
    return event.dump();
}

} // namespace

class TestStoreReports : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void compareByNodeAlignsNames() {
        const Comparison c = compareRuns(hostRun(), deviceRun(), CompareBy::Node);
        QCOMPARE(c.totals.aMs, std::optional<double>(10));
        QCOMPARE(c.totals.bMs, std::optional<double>(8));
        QCOMPARE(*c.totals.ratio, 0.8);
        QCOMPARE(c.rows.size(), std::size_t{4});
        QCOMPARE(c.rows[2].item, std::string("n2"));
        QCOMPARE(c.rows[2].a, std::string("host"));
        QCOMPARE(c.rows[2].b, std::string("fake sg 0"));
        QCOMPARE(*c.rows[2].aMs, 3.0);
        QCOMPARE(*c.rows[2].bMs, 1.25);
        QCOMPARE(c.rows[2].aShare, 0.3);
        QCOMPARE(c.rows[2].bShare, 1.25 / 8);

        // A node only one run has is still a row, with no time on the other side.
        StoredRun extra = deviceRun();
        extra.results.nodes.push_back(node("fused", 4, "FusedConv", "fake", 0, 0.5));
        const Comparison d = compareRuns(hostRun(), extra, CompareBy::Node);
        QCOMPARE(d.rows.size(), std::size_t{5});
        QCOMPARE(d.rows[4].item, std::string("fused"));
        QVERIFY(!d.rows[4].aMs && !d.rows[4].ratio);
    }

    void compareByOpTypeSums() {
        const Comparison c = compareRuns(hostRun(), deviceRun(), CompareBy::OpType);
        QCOMPARE(c.rows.size(), std::size_t{2});
        QCOMPARE(c.rows[0].item, std::string("Relu")); // 2 + 4 ms in A: the slowest first
        QCOMPARE(*c.rows[0].aMs, 6.0);
        QCOMPARE(*c.rows[0].bMs, 5.0);
        QCOMPARE(c.rows[0].nodes, 2);
        QCOMPARE(*c.rows[1].aMs, 4.0);
        QCOMPARE(*c.rows[1].bMs, 2.25);
    }

    void compareBySubgraphAlignsTheNodesTheyContain() {
        const Comparison c = compareRuns(hostRun(), deviceRun(), CompareBy::Subgraph);
        QCOMPARE(c.rows.size(), std::size_t{3});
        QCOMPARE(c.rows[1].item, std::string("n1"));
        QCOMPARE(c.rows[1].a, std::string("2 host nodes"));
        QCOMPARE(c.rows[1].b, std::string("fake sg 0"));
        QCOMPARE(c.rows[1].nodes, 2);
        QCOMPARE(*c.rows[1].aMs, 5.0);
        QCOMPARE(*c.rows[1].bMs, 2.5); // the subgraph's own time, not the sum of its nodes
        QCOMPARE(*c.rows[1].ratio, 0.5);
        QCOMPARE(c.rows[0].a, std::string("host"));

        // Subgraphs that overlap are joined until both sides cover the same nodes.
        const Comparison d = compareRuns(deviceRun(), otherCutRun(), CompareBy::Subgraph);
        QCOMPARE(d.rows.size(), std::size_t{1});
        QCOMPARE(d.rows[0].nodes, 4);
        QCOMPARE(d.rows[0].a, std::string("fake sg 0 + 2 host nodes"));
        QCOMPARE(d.rows[0].b, std::string("npu sg 0 + npu sg 1"));
        QCOMPARE(*d.rows[0].aMs, 7.5);
        QCOMPARE(*d.rows[0].bMs, 5.0);
    }

    void breakdownSlicesAddUpToTheMedian() {
        auto slices = [](const std::vector<TimeSlice>& list) {
            std::vector<std::pair<std::string, double>> pairs;
            for (const TimeSlice& s : list) pairs.emplace_back(s.part, s.ms);
            return pairs;
        };
        using Pairs = std::vector<std::pair<std::string, double>>;
        QCOMPARE(slices(timeBySubgraph(deviceRun())), (Pairs{{"fake sg 0", 2.5}, {"host nodes", 5}, {"between steps", 0.5}}));
        QCOMPARE(slices(timeBySubgraph(otherCutRun())),
                 (Pairs{{"npu sg 0", 2}, {"npu sg 1", 3}, {"host nodes", 0}, {"between steps", 1}}));
        QCOMPARE(slices(timeByOpType(deviceRun())), (Pairs{{"Relu", 5}, {"Conv", 2.25}, {"between steps", 0.75}}));
        StoredRun wholeSubgraph = deviceRun(); // the adapter times only the subgraph
        wholeSubgraph.results.nodes[1].stats = {};
        wholeSubgraph.results.nodes[2].stats = {};
        QCOMPARE(slices(timeByOpType(wholeSubgraph)),
                 (Pairs{{"Relu", 4}, {"Conv", 1}, {"whole subgraphs", 2.5}, {"between steps", 0.5}}));
    }

    void nodesAlignAcrossRunsWithFoldedOnes() {
        StoredRun device = deviceRun();
        device.results.nodes[1].stats = {};
        const std::vector<LayerReport> reports{buildLayerReport(hostRun(), nullptr), buildLayerReport(device, nullptr),
                                               buildLayerReport(otherCutRun(), nullptr)};
        const auto rows = alignNodes(reports, {"shape_of_x", "n2"}, {"Shape", "Conv"});
        QCOMPARE(rows.size(), std::size_t{5}); // n2 is executed, so not listed as folded
        QCOMPARE(rows[0].node, std::string("n0"));
        QCOMPARE(rows[2].cells[1].where, std::string("fake sg 0"));
        QCOMPARE(*rows[2].cells[1].us, 1250.0);
        QCOMPARE(*rows[2].cells[1].ratio, 1250.0 / 3000.0);
        QCOMPARE(*rows[3].cells[2].ratio, 1500.0 / 4000.0);
        QCOMPARE(rows[3].cells[0].share, 4.0 / 10.0);
        QCOMPARE(rows[1].cells[1].note, TimeNote::FusedNoTime); // its subgraph has other nodes timed
        QVERIFY(!rows[1].cells[1].us && !rows[1].cells[1].ratio);
        QCOMPARE(rows[4].node, std::string("shape_of_x"));
        QCOMPARE(rows[4].opType, std::string("Shape"));
        QVERIFY(rows[4].folded);
        QVERIFY(!rows[4].cells[0].present && !rows[4].cells[2].present);
    }

    void chromeTraceNestsNodesInTheirSubgraph() {
        StoredRun run = deviceRun();
        run.results.subgraphs[0].stats.medianMs = 2.0; // nodes add up to 2.25 ms: scaled to fit
        const nlohmann::json trace = nlohmann::json::parse(chromeTraceJson(run));
        std::vector<nlohmann::json> slices;
        std::map<int, std::string> tracks;
        for (const auto& event : trace["traceEvents"]) {
            if (event["ph"] == "X") slices.push_back(event);
            if (event["ph"] == "M" && event["name"] == "thread_name") tracks[event["tid"].get<int>()] = event["args"]["name"].get<std::string>();
        }
        QCOMPARE(slices.size(), std::size_t{5}); // 4 nodes and 1 subgraph
        QCOMPARE(tracks.size(), std::size_t{2});
        QCOMPARE(slices[0]["name"].get<std::string>(), std::string("n0"));
        QCOMPARE(slices[0]["ts"].get<double>(), 0.0);
        QCOMPARE(slices[0]["dur"].get<double>(), 1000.0);
        QCOMPARE(slices[1]["name"].get<std::string>(), std::string("subgraph 0"));
        QCOMPARE(slices[1]["ts"].get<double>(), 1000.0);
        QCOMPARE(slices[1]["dur"].get<double>(), 2000.0);
        QCOMPARE(tracks[slices[1]["tid"].get<int>()], std::string("fake"));
        const double end = slices[1]["ts"].get<double>() + slices[1]["dur"].get<double>();
        for (int i : {2, 3}) { // nested inside the subgraph, on its track
            QCOMPARE(slices[i]["tid"].get<int>(), slices[1]["tid"].get<int>());
            QVERIFY(slices[i]["ts"].get<double>() >= 1000.0);
            QVERIFY(slices[i]["ts"].get<double>() + slices[i]["dur"].get<double>() <= end + 1e-9);
        }
        QCOMPARE(slices[4]["name"].get<std::string>(), std::string("n3"));
        QCOMPARE(slices[4]["ts"].get<double>(), 3000.0);
        QCOMPARE(slices[4]["args"]["op_type"].get<std::string>(), std::string("Relu"));
        QCOMPARE(slices[4]["args"]["p90_ms"].get<double>(), 4.8);
        QCOMPARE(trace["displayTimeUnit"].get<std::string>(), std::string("ms"));
    }

    void ortProfileBecomesARun() {
        const std::string path = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        auto model = importOnnx(path, {});
        QVERIFY(model.ok());
        const Graph& graph = model->graph;
        auto order = graph.topologicalOrder();
        QVERIFY(order.ok());

        // Three inferences; every node of the model, in reverse order, plus a fused node
        // the model does not have; fences and session events are not kernel times.
        std::string events = "[\n";
        events += R"({"cat":"Session","name":"session_initialization","ph":"X","dur":5000,"ts":0,"pid":1,"tid":1})";
        for (int run = 0; run < 3; ++run) {
            events += ",\n" + nlohmann::json{{"cat", "Session"}, {"name", "model_run"}, {"ph", "X"}, {"dur", 2000 + 100 * run}}.dump();
            for (auto it = order->rbegin(); it != order->rend(); ++it) {
                const Node& n = graph.node(*it);
                events += ",\n" + kernelEvent(n.name, n.opType, 10.0 * (run + 1));
                events += ",\n" + nlohmann::json{{"name", n.name + "_fence_before"}, {"ph", "X"}, {"dur", 0}}.dump();
            }
            events += ",\n" + kernelEvent("fused_conv_relu", "FusedConv", 50);
        }
        events += "\n]\n";

        auto profile = parseOrtProfile(events, "ort.json");
        QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().message().c_str());
        QCOMPARE(profile->runMs, (std::vector<double>{2.0, 2.1, 2.2}));
        QCOMPARE(profile->nodes.size(), graph.nodeCount() + 1);
        QCOMPARE(profile->providers, std::vector<std::string>{"CPUExecutionProvider"});

        int unmatched = 0;
        const RunResults results = ortProfileResults(*profile, graph, &unmatched);
        QCOMPARE(unmatched, 1);
        QCOMPARE(results.total.medianMs, 2.1);
        QCOMPARE(results.total.samples, 3);
        QCOMPARE(results.nodes.size(), graph.nodeCount() + 1);
        for (std::size_t i = 0; i < order->size(); ++i) { // our execution order, not the profile's
            QCOMPARE(results.nodes[i].item, graph.node((*order)[i]).name);
            QCOMPARE(results.nodes[i].opType, graph.node((*order)[i]).opType);
            QCOMPARE(results.nodes[i].stats.medianMs, 0.02);
            QCOMPARE(results.nodes[i].stats.samples, 3);
            QCOMPARE(results.nodes[i].device, std::string("CPUExecutionProvider"));
        }
        QCOMPARE(results.nodes.back().item, std::string("fused_conv_relu"));

        // Wrapped in {"traceEvents": ...} it reads the same.
        auto wrapped = parseOrtProfile("{\"traceEvents\": " + events + "}", "ort.json");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->nodes.size(), profile->nodes.size());
    }

    // The per-layer report: store times, shares of the per-layer sum, a whole-subgraph
    // timing counted once, and shapes/FLOPs/bytes from the graph.
    void layerReportJoinsTimesAndGraphFigures() {
        const std::string path = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        auto model = importOnnx(path, {});
        QVERIFY(model.ok());
        const Graph& graph = model->graph;
        auto order = graph.topologicalOrder();
        QVERIFY(order.ok());
        StoredRun run = makeRun(7, "mixed", 30);
        // The first two nodes on host (1 ms, then 0 ms: fused), the rest in subgraph 0 timed whole (20 ms).
        run.results.subgraphs.push_back(subgraph(0, "xnnpack", 20));
        for (std::size_t i = 0; i < order->size(); ++i) {
            const Node& n = graph.node((*order)[i]);
            if (i < 2) run.results.nodes.push_back(node(n.name, int(i), n.opType, "host", std::nullopt, i == 0 ? 1.0 : 0.0));
            else run.results.nodes.push_back({ItemKind::Node, n.name, int(i), n.opType, "xnnpack", 0, TimingStats{}});
        }
        const LayerReport report = buildLayerReport(run, &graph, {{"xnnpack", "fp32"}});
        QCOMPARE(report.rows.size(), order->size());
        QCOMPARE(report.layerSumMs, 21.0); // 1 + 0 + the subgraph once
        QCOMPARE(report.nodesPerDevice.at("host"), 2);
        QCOMPARE(report.nodesPerDevice.at("xnnpack"), int(order->size()) - 2);
        const LayerRow& first = report.rows[0];
        QCOMPARE(first.note, TimeNote::Measured);
        QCOMPARE(*first.medianUs, 1000.0);
        QVERIFY(std::abs(first.share - 1.0 / 21.0) < 1e-12);
        QCOMPARE(first.precision, std::string("float32"));
        const Node& conv = graph.node((*order)[0]);
        QCOMPARE(conv.opType, std::string("Conv"));
        QCOMPARE(first.inputShapes.front(), std::string("1x3x32x32"));
        QCOMPARE(first.outputShapes.front(), std::string("1x16x32x32"));
        QCOMPARE(*first.flops, int64_t(2) * 16 * 3 * 3 * 3 * 32 * 32);
        QCOMPARE(*first.gflopsPerSecond, double(*first.flops) / 1e6); // flops per ms / 1e6 = GFLOP/s
        // Input 1x3x32x32 and weight 16x3x3x3 read (plus the bias, if any), output 1x16x32x32 written.
        int64_t bytes = 0;
        for (ValueId id : conv.inputs) bytes += staticByteSize(graph.value(id));
        bytes += 16 * 32 * 32 * 4;
        QCOMPARE(*first.bytes, bytes);
        QCOMPARE(report.rows[1].note, TimeNote::FusedNoTime);
        QCOMPARE(report.rows[2].note, TimeNote::InSubgraph);
        QCOMPARE(report.rows[2].precision, std::string("fp32"));
        QVERIFY(!report.rows[2].medianUs);
        QCOMPARE(report.wholeSubgraphs, std::vector<int>{0});

        // oneDNN-like: some nodes of the subgraph timed, the fused post-ops not; the
        // subgraph's own time is then not added again.
        StoredRun partly = run;
        partly.results.nodes[2].stats = ms(5);
        const LayerReport partlyReport = buildLayerReport(partly, &graph);
        QCOMPARE(partlyReport.layerSumMs, 6.0); // 1 + 0 + 5
        QVERIFY(partlyReport.wholeSubgraphs.empty());
        QCOMPARE(partlyReport.rows[3].note, TimeNote::FusedNoTime);
        QVERIFY(!partlyReport.rows[3].medianUs);

        const std::string csv = layerReportCsv(report);
        const QStringList lines = QString::fromStdString(csv).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), qsizetype(order->size() + 1));
        QVERIFY(lines[0].startsWith("order,node,op_type,device,subgraph,precision"));
        QVERIFY2(lines[1].contains(",1000.000,0.04762,"), qPrintable(lines[1]));

        const LayerReport bare = buildLayerReport(run, nullptr);
        QVERIFY(!bare.withGraph);
        QVERIFY(bare.rows[0].inputShapes.empty() && !bare.rows[0].flops);
    }

    void ortProfileErrorsNameTheFile() {
        auto notJson = parseOrtProfile("model_run,12\n", "profile.csv");
        QVERIFY(!notJson.ok());
        QVERIFY2(notJson.error().message().starts_with("profile.csv: not JSON"), notJson.error().message().c_str());
        auto noKernels = parseOrtProfile(R"([{"name":"model_run","ph":"X","dur":10}])", "trace.json");
        QVERIFY(!noKernels.ok());
        QVERIFY2(noKernels.error().message().find("not an ONNX Runtime profile") != std::string::npos,
                 noKernels.error().message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestStoreReports)
#include "tst_store_reports.moc"
