#include "cli/commands.h"

namespace fusebox::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands{
        {"inspect", "show a model's inputs, outputs, ops, parameters and FLOPs", runInspect},
    };
    return commands;
}

} // namespace fusebox::cli
