// fusebox: the command-line tool on the Fusebox engine.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/text_format.h"
#include "version.h"

#include <google/protobuf/stubs/common.h>

#include <iostream>

namespace {

using namespace fusebox::cli;

void printHelp() {
    std::cout << "Usage: fusebox COMMAND [options]\n\n"
                 "Imports neural-network models, partitions them across devices, runs and profiles them.\n\n"
                 "Commands:\n";
    for (const Command& command : allCommands()) std::cout << "  " << padRight(command.name, 14) << command.summary << "\n";
    std::cout << "\nOptions:\n"
                 "  -h, --help    show this help (also: fusebox COMMAND --help)\n"
                 "  --version     show the version\n";
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        printHelp();
        return args.empty() ? kExitBadInput : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "fusebox " << FUSEBOX_VERSION << " (protobuf "
                  << google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION) << ")\n";
        return kExitOk;
    }
    for (const Command& command : allCommands()) {
        if (args[0] == command.name) return command.run(CommandArgs(args.begin() + 1, args.end()));
    }
    const bool isFlag = args[0].starts_with("-");
    std::cerr << "fusebox: " << (isFlag ? "unknown option '" : "unknown command '") << args[0]
              << "'\nRun 'fusebox --help' for the commands.\n";
    return kExitBadInput;
}
