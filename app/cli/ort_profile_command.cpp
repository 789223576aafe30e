// fusebox import-ort-profile: store an ONNX Runtime profile as a run, to compare it with
// Fusebox runs node by node.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/shape_option.h"
#include "cli/store_option.h"
#include "workflow/ort_import.h"

#include <iostream>

namespace fusebox::cli {

int runImportOrtProfile(const CommandArgs& args) {
    std::string modelPath, file, db, version;
    std::vector<std::string> shapes;
    ArgParser parser("fusebox import-ort-profile",
                     "Stores an ONNX Runtime profile (the Chrome-trace JSON that SessionOptions enable_profiling\n"
                     "writes) as a run of MODEL: per node the samples of its '<node>_kernel_time' events, per\n"
                     "inference the 'model_run' events. Profile with graph optimizations off to keep ONNX\n"
                     "node names, so every node can be compared with Fusebox runs. The machine recorded is\n"
                     "this one.");
    parser.positional("MODEL", "the ONNX model that was profiled", &modelPath)
        .positional("FILE.json", "the ONNX Runtime profile", &file)
        .option("--db", "FILE", kDbHelp, &db)
        .option("--ort-version", "V", "ONNX Runtime version to record (e.g. 1.20.1)", &version)
        .repeated("--shape", "NAME=D0,D1,...", "fix the dims of an input (repeatable)", &shapes);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto parsedShapes = parseShapeOptions(shapes);
    if (!parsedShapes) return reportError(parsedShapes.error());
    auto import = readOrtImport({modelPath, file, version, *parsedShapes});
    if (!import) return reportError(import.error());
    auto store = openStore(db, store::Access::Write);
    if (!store) return reportError(store.error());
    auto id = storeOrtImport(*import, *store);
    if (!id) return reportError(id.error());
    std::cout << "Stored run " << *id << ": " << import->results.nodes.size() << " nodes, " << import->inferences
              << " inferences, providers " << import->header.devices << "\n";
    if (import->unmatched > 0) {
        std::cout << import->unmatched << " profiled nodes are not in " << import->header.model.name
                  << " (fused or renamed by ONNX Runtime's graph optimizations)\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
