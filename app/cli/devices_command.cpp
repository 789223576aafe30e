// fusebox devices: the known hardware types, their profiles, and adapter availability.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/text_format.h"
#include "core/json_text.h"
#include "devices/device_profile.h"
#include "runtime/device_availability.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace fusebox::cli {

namespace {

std::vector<std::string> precisionNames(const DeviceProfile& profile) {
    std::vector<std::string> names;
    for (Precision p : profile.precisions) names.emplace_back(precisionName(p));
    return names;
}

} // namespace

int runDevices(const CommandArgs& args) {
    bool json = false;
    std::string directory;
    ArgParser parser("fusebox devices", "Lists the known hardware types, their profiles, and whether an adapter\n"
                                        "for each is available on this machine.");
    parser.flag("--json", "print a JSON array", &json)
        .option("--profiles", "DIR", "device profiles folder (default: the shipped profiles)", &directory);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;

    auto profiles = loadDeviceProfiles(directory.empty() ? defaultProfilesDirectory() : directory);
    if (!profiles) return reportError(profiles.error());

    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const DeviceProfile& p : *profiles) {
            list.push_back({{"name", p.name},
                            {"adapter", p.adapter},
                            {"description", p.description},
                            {"profile", p.sourcePath},
                            {"precisions", precisionNames(p)},
                            {"layouts", p.layouts},
                            {"ops", p.acceptAll ? -1 : static_cast<int>(p.ops.size())},
                            {"available", probeDevice(p).available},
                            {"version", probeDevice(p).version},
                            {"reason", probeDevice(p).reason}});
        }
        std::cout << jsonText(list, 2) << "\n";
        return kExitOk;
    }
    std::cout << padRight("device", 16) << padRight("adapter", 10) << padRight("ops", 6) << padRight("precisions", 18)
              << "available\n";
    for (const DeviceProfile& p : *profiles) {
        std::string precisions;
        for (const std::string& name : precisionNames(p)) precisions += (precisions.empty() ? "" : ",") + name;
        std::cout << padRight(p.name, 16) << padRight(p.adapter.empty() ? "-" : p.adapter, 10)
                  << padRight(p.acceptAll ? "all" : std::to_string(p.ops.size()), 6) << padRight(precisions, 18);
        const AdapterProbe probe = probeDevice(p);
        std::cout << (probe.available ? "yes: " + probe.version : "no: " + probe.reason) << "\n";
    }
    return kExitOk;
}

} // namespace fusebox::cli
