// fusebox import-ort-profile: store an ONNX Runtime profile as a run, to compare it with
// Fusebox runs node by node.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/shape_option.h"
#include "cli/store_option.h"
#include "core/file_io.h"
#include "core/text.h"
#include "store/machine_info.h"
#include "store/ort_profile.h"
#include "workflow/model_session.h"

#include <filesystem>
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
    auto session = ModelSession::open({modelPath, {}, *parsedShapes, {}, {}});
    if (!session) return reportError(session.error());
    auto text = readTextFile(file, kMaxDataFileBytes);
    if (!text) return reportError(text.error());
    auto profile = store::parseOrtProfile(*text, file);
    if (!profile) return reportError(profile.error());

    int unmatched = 0;
    const store::RunResults results = store::ortProfileResults(*profile, (*session)->graph(), &unmatched);
    store::RunHeader header;
    header.model = {(*session)->modelHash(), std::filesystem::path(modelPath).filename().string(), modelPath,
                    (*session)->originalNodeCount()};
    header.machine = store::thisMachine();
    header.adapters = {{"onnxruntime", version}};
    header.label = "onnxruntime";
    header.devices = joinText(profile->providers, ",");
    header.source = store::kSourceOnnxRuntime;
    header.settings = {0, 0, static_cast<int>(profile->runMs.size())};

    auto store = openStore(db, store::Access::Write);
    if (!store) return reportError(store.error());
    auto id = store->beginRun(header);
    if (!id) return reportError(id.error());
    if (Status status = store->finishRun(*id, results); !status) return reportError(status.error());
    std::cout << "Stored run " << *id << ": " << results.nodes.size() << " nodes, " << profile->runMs.size()
              << " inferences, providers " << header.devices << "\n";
    if (unmatched > 0) {
        std::cout << unmatched << " profiled nodes are not in " << header.model.name
                  << " (fused or renamed by ONNX Runtime's graph optimizations)\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
