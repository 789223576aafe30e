#pragma once

#include "ir/graph.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

inline constexpr const char* kDefaultDomain = ""; // "ai.onnx" is normalised to ""

// An imported model: the top-level graph plus the metadata an engineer asks for first.
struct Model {
    std::string path;
    std::string producerName;
    std::string producerVersion;
    int64_t irVersion = 0;
    std::map<std::string, int64_t> opsets; // domain -> version
    Graph graph;
    std::vector<std::string> externalDataFiles; // the files its external tensors are read from
};

} // namespace fusebox
