// fusebox export-trace and export-node-data: a stored run written as a file another tool
// opens (Perfetto / chrome://tracing, Model Explorer).
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/store_option.h"
#include "core/file_io.h"
#include "store/chrome_trace.h"
#include "store/model_explorer_data.h"

#include <functional>
#include <iostream>

namespace fusebox::cli {

namespace {

using RunWriter = std::function<std::string(const store::StoredRun&)>;

// RUN FILE.json [--db FILE]: loads the run and writes what `writer` makes of it.
int exportRun(ArgParser& parser, const CommandArgs& args, const RunWriter& writer) {
    std::string run, file, db;
    parser.positional("RUN", "run id (see fusebox runs)", &run)
        .positional("FILE.json", "the file to write", &file)
        .option("--db", "FILE", kDbHelp, &db);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    auto stored = loadStoredRun(db, "RUN", run);
    if (!stored) return reportError(stored.error());
    if (Status status = writeFileAtomically(file, writer(*stored)); !status) return reportError(status.error());
    std::cout << "Wrote " << file << " (run " << stored->summary.id << ", " << stored->results.nodes.size() << " nodes)\n";
    return kExitOk;
}

} // namespace

int runExportTrace(const CommandArgs& args) {
    ArgParser parser("fusebox export-trace",
                     "Writes a stored run as Chrome trace-event JSON that Perfetto (ui.perfetto.dev) and\n"
                     "chrome://tracing open: one typical inference, each step and node for its median time,\n"
                     "one track per device, nodes nested in their subgraph.");
    return exportRun(parser, args, store::chromeTraceJson);
}

int runExportNodeData(const CommandArgs& args) {
    std::string graph = store::kModelExplorerDefaultGraph;
    ArgParser parser("fusebox export-node-data",
                     "Writes a stored run as Model Explorer node data: per node its median time in\n"
                     "microseconds, keyed by node name, with a green-to-red gradient. Load it in Model\n"
                     "Explorer beside the same ONNX model. Nodes timed only as a whole subgraph have no entry.");
    parser.option("--graph", "ID", std::string("the ONNX graph's name (default ") + store::kModelExplorerDefaultGraph + ")", &graph);
    return exportRun(parser, args, [&graph](const store::StoredRun& run) { return store::modelExplorerNodeDataJson(run, graph); });
}

} // namespace fusebox::cli
