// fusebox bisect: the subgraphs, then the nodes, whose move back to host restores an
// accuracy bound the config's plan misses; and where the error first appears.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "cli/measure_options.h"
#include "cli/number_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "config/config_edit.h"
#include "core/file_io.h"
#include "workflow/bisector.h"
#include "workflow/boundary_accuracy.h"

#include <iostream>

namespace fusebox::cli {

namespace {

std::string figures(const Accuracy& a) { return "cosine " + fixed(a.cosine, 6) + ", max abs " + shortFloat(a.maxAbsError); }

void printBoundaries(const std::vector<BoundaryAccuracy>& boundaries, const AccuracyBound& bound) {
    AccuracyBound perTensor = bound;
    perTensor.output.clear();
    std::cout << "\nboundary tensors against the same steps on host (where the error first appears):\n";
    std::cout << padRight("subgraph", 10) << padRight("device", 10) << padRight("worst boundary output", 34) << "figures\n";
    bool first = true;
    for (const BoundaryAccuracy& b : boundaries) {
        if (b.outputs.empty()) continue;
        const store::OutputAccuracy* worst = &b.outputs.front();
        for (const store::OutputAccuracy& o : b.outputs) {
            if (o.accuracy.cosine < worst->accuracy.cosine) worst = &o;
        }
        const bool misses = !perTensor.holds(b.outputs);
        std::cout << padRight(std::to_string(b.subgraph), 10) << padRight(b.device, 10) << padRight(worst->output, 34)
                  << figures(worst->accuracy);
        if (misses && first) std::cout << "  <- first to miss " << perTensor.describe();
        first = first && !misses;
        std::cout << "\n";
    }
}

void printOutputs(const BisectResult& result) {
    const BisectProbe* withFix = result.fixed();
    std::cout << "\n" << padRight("output", 34) << padRight("before (config)", 40) << "after (culprits on host)\n";
    for (const store::OutputAccuracy& before : result.asWritten().outcome.accuracy) {
        std::string after = "-";
        if (withFix) {
            for (const store::OutputAccuracy& a : withFix->outcome.accuracy) {
                if (a.output == before.output) after = figures(a.accuracy);
            }
            if (withFix->outcome.accuracy.empty()) after = "exact (host)";
        }
        std::cout << padRight(before.output, 34) << padRight(figures(before.accuracy), 40) << after << "\n";
    }
    // Moving nodes to host splits subgraphs: the fix costs time, and can cost more than
    // the device saves.
    const auto latency = [](const ProfileOutcome& o) {
        return fixed(o.total.medianMs, 3) + " ms (" + std::to_string(o.subgraphs) + (o.subgraphs == 1 ? " subgraph, " : " subgraphs, ") +
               std::to_string(o.hostNodes) + " host nodes)";
    };
    std::cout << padRight("latency", 34) << padRight(latency(result.asWritten().outcome), 40) << (withFix ? latency(withFix->outcome) : "-")
              << "\n";
    const ProfileOutcome& host = result.probes.front().outcome;
    if (withFix && withFix->outcome.total.medianMs > host.total.medianMs) {
        std::cout << "the fix is slower than host alone (" << fixed(host.total.medianMs, 3)
                  << " ms): fusebox tune with the same bound searches for a faster plan (another precision or device)\n";
    }
}

} // namespace

int runBisect(const CommandArgs& args) {
    std::string model, configPath, db, emit;
    MeasureOptionText measureText;
    BoundOptionText boundText;
    ArgParser parser("fusebox bisect",
                     "When the config's plan misses an accuracy bound against host, finds the smallest set of\n"
                     "subgraphs, then of nodes inside them, whose move back to host restores it; every probe is\n"
                     "a measured run, stored under one job (fusebox runs --job). Also compares every subgraph's\n"
                     "boundary tensors with host to show where the error first appears.");
    parser.positional("MODEL", "ONNX model file", &model).option("--config", "CFG", "partition config (TOML); required", &configPath);
    addBoundOptions(parser, boundText);
    parser.option("--emit-config", "OUT.toml", "write the config with the culprits on host", &emit).option("--db", "FILE", kDbHelp, &db);
    addMeasureOptions(parser, measureText);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    auto measureOptions = parseMeasureOptions(measureText);
    if (!measureOptions) return reportError(measureOptions.error());
    auto bound = parseBoundOptions(boundText);
    if (!bound) return reportError(bound.error());

    auto opened = openJob("bisect", model, configPath, *measureOptions, db);
    if (!opened) return reportError(opened.error());
    OpenedJob& job = **opened;
    const ModelSession& session = *job.session;
    BisectOptions options{*bound, job.measurer->settings().cancel, [](const std::string& line) { std::cerr << line << "\n"; }};
    auto result = bisectAccuracy(session, job.config, options, measuredTrials(*job.measurer, {}));
    if (!result) return reportError(result.error());

    const BisectProbe& asWritten = result->asWritten();
    if (!result->needed) {
        std::cout << "the config's plan keeps " << bound->describe() << " (" << bound->describeFigure(asWritten.outcome.accuracy)
                  << ", run " << (asWritten.outcome.runId ? std::to_string(*asWritten.outcome.runId) : "-")
                  << "): nothing to bisect\n";
        return kExitOk;
    }
    const Graph& graph = session.graph();
    std::cout << "the config's plan misses " << bound->describe() << ": " << bound->describeFigure(asWritten.outcome.accuracy)
              << "; " << result->probes.size() - 1 << " measured probes (the host baseline not counted)\n";
    std::cout << "\nculprit subgraphs:";
    for (int id : result->culpritSubgraphs) {
        const SubgraphOp* op = result->plan.findSubgraph(id);
        std::cout << " " << id << " (" << (op ? op->device : "?") << ", " << (op ? op->nodes.size() : 0) << " nodes)";
    }
    std::cout << "\nculprit nodes (moved to host):\n";
    for (NodeId id : result->culpritNodes) {
        const Node& node = graph.node(id);
        std::cout << "  " << padRight(node.name, 40) << padRight(node.opType, 20) << "subgraph " << result->plan.subgraphOf(id) << "\n";
    }
    printOutputs(*result);
    auto boundaries = compareBoundaries(session, result->plan, job.measurer->inputs(), job.measurer->settings().threads);
    if (boundaries) printBoundaries(*boundaries, *bound);
    else std::cerr << "fusebox: warning: the boundary tensors could not be compared: " << boundaries.error().message() << "\n";

    if (!emit.empty()) {
        const std::string text = "# " + job.name + ": the culprits of " + configPath + " on host, to keep " + bound->describe() +
                                 ".\n\n" + appendRules(job.configText, {result->fix});
        if (Status written = writeFileAtomically(emit, text); !written) return reportError(written.error());
        std::cout << "\nconfig written to " << emit << "\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
