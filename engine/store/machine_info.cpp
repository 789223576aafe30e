#include "store/machine_info.h"

#include <sys/utsname.h>

#include <fstream>
#include <thread>

namespace fusebox::store {

namespace {

std::string cpuModel() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (!line.starts_with("model name")) continue;
        const auto colon = line.find(':');
        if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
    return "unknown CPU";
}

} // namespace

MachineInfo thisMachine() {
    MachineInfo machine;
    machine.cpu = cpuModel();
    machine.cores = static_cast<int>(std::thread::hardware_concurrency());
    utsname names{};
    machine.os = uname(&names) == 0 ? std::string(names.sysname) + " " + names.release + " " + names.machine : "unknown OS";
    return machine;
}

} // namespace fusebox::store
