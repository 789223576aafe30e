#pragma once
// Device capability profiles: what a hardware type accepts and how fast it is.
// One TOML file per hardware type in profiles/ (data, not code); see docs/format-profiles.md.

#include "core/result.h"
#include "ir/graph.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fusebox {

inline constexpr const char* kHostDevice = "host";

enum class Precision { FP32, BF16, FP16, INT8 };
std::string_view precisionName(Precision precision); // "fp32", "bf16", "fp16", "int8"
std::optional<Precision> precisionFromName(std::string_view name);

// Whether a device accepts a node, and why not.
struct Support {
    bool accepted = false;
    std::string reason; // empty when accepted, e.g. "Resize: mode=cubic not supported by xnnpack"

    static Support yes() { return {true, {}}; }
    static Support no(std::string why) { return {false, std::move(why)}; }
};

// Constraints on one accepted op. Empty lists mean "no constraint".
struct OpConstraint {
    std::string opType;
    std::vector<int64_t> ranks;                     // allowed ranks of input 0 (and output 0)
    std::vector<ElementType> elementTypes;          // allowed element types of input 0; empty: profile default
    std::map<std::string, std::vector<std::string>> attributeValues; // attribute -> allowed values as text
    std::vector<int> constantInputs;                // input indices that must be constant (weights)
};

struct CostModel {
    std::map<Precision, double> peakGflops; // per precision
    double memoryGBps = 0;                  // device memory bandwidth
    double launchUs = 0;                    // fixed cost per subgraph launch
    double transferGBps = 0;                // host<->device; 0: the device shares host memory
};

struct DeviceProfile {
    std::string name;        // hardware type, e.g. "xnnpack" (the file stem)
    std::string adapter;     // adapter that runs it; empty: preview only (not attached here)
    std::string description;
    std::string sourcePath;  // the profile file
    bool acceptAll = false;  // accepts every node, any op and domain (the host fallback)
    std::vector<Precision> precisions;         // first is the default
    std::vector<std::string> layouts;          // "NCHW", "NHWC"
    std::vector<ElementType> elementTypes;     // default accepted element types
    std::map<std::string, OpConstraint> ops;   // by op type (default ONNX domain)
    CostModel cost;
    // Set where the device's adapter is built in and available: its verdict on nodes the
    // profile accepts (conditions the format cannot express, e.g. layouts and shapes).
    std::function<Support(const Graph&, const Node&)> adapterCheck;

    // The profile's verdict on one node of `graph`, with the reason on refusal.
    Support supports(const Graph& graph, const Node& node) const;
};

// Loads and validates one profile file. An unknown key, an op ONNX does not define,
// or an unknown constraint is an error naming file, line and column.
Result<DeviceProfile> loadDeviceProfile(const std::string& path);

// All *.toml profiles in a folder, sorted by name.
Result<std::vector<DeviceProfile>> loadDeviceProfiles(const std::string& directory);

// The folder of the profiles shipped with Fusebox: $FUSEBOX_PROFILES if set, else the
// source tree's profiles/ (build tree) or the installed share/fusebox/profiles.
std::string defaultProfilesDirectory();

} // namespace fusebox
