// fusebox export-trace: a stored run as Chrome trace-event JSON (Perfetto, chrome://tracing).
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/store_option.h"
#include "core/file_io.h"
#include "store/chrome_trace.h"

#include <iostream>

namespace fusebox::cli {

int runExportTrace(const CommandArgs& args) {
    std::string run, file, db;
    ArgParser parser("fusebox export-trace",
                     "Writes a stored run as Chrome trace-event JSON that Perfetto (ui.perfetto.dev) and\n"
                     "chrome://tracing open: one typical inference, each step and node for its median time,\n"
                     "one track per device, nodes nested in their subgraph.");
    parser.positional("RUN", "run id (see fusebox runs)", &run)
        .positional("FILE.json", "the trace file to write", &file)
        .option("--db", "FILE", kDbHelp, &db);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    auto stored = loadStoredRun(db, "RUN", run);
    if (!stored) return reportError(stored.error());
    if (Status status = writeFileAtomically(file, store::chromeTraceJson(*stored)); !status) return reportError(status.error());
    std::cout << "Wrote " << file << " (run " << stored->summary.id << ", " << stored->results.nodes.size() << " nodes)\n";
    return kExitOk;
}

} // namespace fusebox::cli
