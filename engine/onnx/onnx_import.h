#pragma once

#include "core/result.h"
#include "ir/model.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct ImportOptions {
    // Fixes the dims of named inputs before shape inference (symbolic batch, image size).
    std::map<std::string, std::vector<int64_t>> inputShapes;
};

// Reads an ONNX model file: parse, check, fix input shapes, infer shapes, convert to
// the IR. Every failure is an Error whose message starts with the file path.
Result<Model> importOnnx(const std::string& path, const ImportOptions& options = {});

// How many imports this process has started (tests check that a session imports once).
int64_t importCount();

} // namespace fusebox
