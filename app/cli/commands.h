#pragma once

#include <string>
#include <vector>

namespace fusebox::cli {

using CommandArgs = std::vector<std::string>; // the arguments after the command name

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const CommandArgs& args);
};

// Every subcommand, in the order `fusebox --help` lists them.
const std::vector<Command>& allCommands();

int runInspect(const CommandArgs& args);
int runPartition(const CommandArgs& args);
int runDevices(const CommandArgs& args);
int runConformance(const CommandArgs& args);
int runRun(const CommandArgs& args);
int runProfile(const CommandArgs& args);
int runTune(const CommandArgs& args);
int runBisect(const CommandArgs& args);
int runRuns(const CommandArgs& args);
int runCompare(const CommandArgs& args);
int runExportTrace(const CommandArgs& args);
int runExportNodeData(const CommandArgs& args);
int runImportOrtProfile(const CommandArgs& args);
int runReport(const CommandArgs& args);

} // namespace fusebox::cli
