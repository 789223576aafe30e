#pragma once

#include <string>
#include <vector>

namespace fusebox {

// Every op type ONNX defines in its default domain, any version, sorted: for checking
// op names in configs and profiles and suggesting the closest one.
const std::vector<std::string>& onnxOpTypes();

} // namespace fusebox
