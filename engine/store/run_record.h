#pragma once
// What the profile store keeps about one run, as plain values: who/what/where it ran
// (RunHeader), what was measured (RunResults), and a stored run read back (StoredRun).

#include "runtime/accuracy.h"
#include "runtime/fallback.h"
#include "runtime/timing_stats.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

using RunId = int64_t;

struct ModelInfo {
    std::string hash; // SHA-256 of the file
    std::string name; // the file name
    std::string path; // as given
    int64_t nodeCount = 0;
};

struct ConfigInfo {
    std::string hash; // SHA-256 of the text
    std::string text; // the partition config (TOML)
};

struct MachineInfo {
    std::string cpu;
    int cores = 0;
    std::string os;
};

struct AdapterInfo {
    std::string name;
    std::string version;
};

struct RunSettings {
    int threads = 0; // 0: all cores
    int warmup = 0;
    int repeats = 0;
};

inline constexpr const char* kSourceFusebox = "fusebox";
inline constexpr const char* kSourceOnnxRuntime = "onnxruntime";

struct RunHeader {
    ModelInfo model;
    std::optional<ConfigInfo> config; // none for an imported profile
    MachineInfo machine;
    std::vector<AdapterInfo> adapters;
    std::string label;   // what was run: "host", a device name, "config", "onnxruntime"
    std::string devices; // the devices of the plan, comma-separated
    std::string source = kSourceFusebox;
    RunSettings settings;
    std::string job; // the tuning or bisection job the run is a candidate of; "" for none
};

enum class ItemKind { Model, Subgraph, Node };

// The timing of one item. Nodes carry their op type, device and subgraph (none on host);
// `position` is the execution order among items of the same kind.
struct ItemTiming {
    ItemKind kind = ItemKind::Node;
    std::string item; // node name, subgraph id as text, "" for the model
    int position = 0;
    std::string opType;
    std::string device;
    std::optional<int> subgraph;
    TimingStats stats; // samples == 0: not measured
};

struct OutputAccuracy {
    std::string output;
    Accuracy accuracy;
};

struct RunResults {
    TimingStats total;
    std::vector<ItemTiming> subgraphs;
    std::vector<ItemTiming> nodes;
    std::vector<OutputAccuracy> accuracy; // against the host run; empty for the host itself
    std::vector<Fallback> fallbacks;      // subgraphs that ran on host because their device failed to compile them
    std::optional<int64_t> peakBytes;
    std::optional<int> layoutConversions;
};

enum class RunStatus { Incomplete, Complete, Failed };
const char* runStatusName(RunStatus status); // "incomplete", "complete", "failed"
RunStatus runStatusFromName(const std::string& name); // anything unknown reads as incomplete

struct RunSummary {
    RunId id = 0;
    std::string model;
    std::string label;
    std::string devices;
    std::string source;
    RunStatus status = RunStatus::Incomplete;
    std::string startedAt;
    std::optional<double> medianMs;
    std::string message;
    std::string userLabel; // what the user called the run; "" until labelled
    std::string job;       // RunHeader::job
};

struct StoredRun {
    RunSummary summary;
    RunHeader header;
    std::string finishedAt;
    RunResults results;
};

} // namespace fusebox::store
