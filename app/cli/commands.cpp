#include "cli/commands.h"

namespace fusebox::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands{
        {"inspect", "show a model's inputs, outputs, ops, parameters and FLOPs", runInspect},
        {"partition", "split a model into device subgraphs from a partition config", runPartition},
        {"devices", "list the known hardware types and their profiles", runDevices},
    };
    return commands;
}

} // namespace fusebox::cli
