#pragma once
// A plan subgraph that runs on host because its device's adapter failed to compile it:
// what the executor reports and the profile store keeps.

#include <string>

namespace fusebox {

struct Fallback {
    int subgraph = 0;    // the plan's subgraph id
    std::string device;  // the device whose adapter failed
    std::string message; // the adapter's error

    bool operator==(const Fallback&) const = default;
};

// One line for people: "subgraph 3 on host instead of onednn: <message>".
inline std::string fallbackText(const Fallback& f) {
    return "subgraph " + std::to_string(f.subgraph) + " on host instead of " + f.device + ": " + f.message;
}

} // namespace fusebox
