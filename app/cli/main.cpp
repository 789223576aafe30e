// fusebox: the command-line tool on the Fusebox engine.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/text_format.h"
#include "version.h"

#include <google/protobuf/stubs/common.h>

#include <exception>
#include <iostream>
#include <new>

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
        if (args[0] != command.name) continue;
        // The last line of defence: a library that throws where the engine checked nothing
        // ends the command with a message and exit 1, never with `terminate`.
        try {
            return command.run(CommandArgs(args.begin() + 1, args.end()));
        } catch (const std::bad_alloc&) {
            std::cerr << "fusebox: error: " << command.name << ": out of memory (the model's tensors or a library's buffers "
                      << "need more than this machine gives; try smaller input dims)\n";
        } catch (const std::exception& e) {
            std::cerr << "fusebox: error: " << command.name << ": " << e.what() << "\n";
        }
        return kExitFailed;
    }
    const bool isFlag = args[0].starts_with("-");
    std::cerr << "fusebox: " << (isFlag ? "unknown option '" : "unknown command '") << args[0]
              << "'\nRun 'fusebox --help' for the commands.\n";
    return kExitBadInput;
}
