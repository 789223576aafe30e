#include "cli/commands.h"

namespace fusebox::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands{
        {"inspect", "show a model's inputs, outputs, ops, parameters and FLOPs", runInspect},
        {"partition", "split a model into device subgraphs from a partition config", runPartition},
        {"devices", "list the known hardware types and their profiles", runDevices},
        {"run", "run a model on its devices, time it, write and compare outputs", runRun},
        {"conformance", "run an ONNX backend test-data tree and count passes", runConformance},
        {"profile", "profile a model on host, on each device and with a config; store the runs", runProfile},
        {"tune", "search for the fastest plan that keeps an accuracy bound; every candidate measured", runTune},
        {"bisect", "find the subgraphs and nodes whose move to host restores an accuracy bound", runBisect},
        {"runs", "list the stored runs, newest first", runRuns},
        {"compare", "compare two stored runs by subgraph, node or op type", runCompare},
        {"report", "the per-layer report of a stored run (table or CSV)", runReport},
        {"export-trace", "write a stored run as Chrome trace-event JSON (Perfetto)", runExportTrace},
        {"export-node-data", "write a stored run as Model Explorer node data (per-node times)", runExportNodeData},
        {"import-ort-profile", "store an ONNX Runtime profile as a run", runImportOrtProfile},
    };
    return commands;
}

} // namespace fusebox::cli
