#include "cli/commands.h"

namespace fusebox::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands{
        {"inspect", "show a model's inputs, outputs, ops, parameters and FLOPs", runInspect},
        {"partition", "split a model into device subgraphs from a partition config", runPartition},
        {"devices", "list the known hardware types and their profiles", runDevices},
        {"run", "run a model on its devices, time it, write and compare outputs", runRun},
        {"conformance", "run an ONNX backend test-data tree and count passes", runConformance},
    };
    return commands;
}

} // namespace fusebox::cli
