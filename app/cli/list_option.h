#pragma once

#include <string>
#include <vector>

namespace fusebox::cli {

// "onednn, xnnpack" -> {"onednn", "xnnpack"} (`--devices`); empty items are dropped.
std::vector<std::string> splitList(const std::string& text);

} // namespace fusebox::cli
