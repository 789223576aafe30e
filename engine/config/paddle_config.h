#pragma once
// Paddle Lite's subgraph partition config: one record per line,
// `op_type:in1,in2:out1,out2`; empty fields match anything, listed tensors are subsets
// of the node's inputs/outputs, and every matching node stays on the CPU.

#include "config/partition_config.h"

namespace fusebox {

// Parses the text into host rules (device = "host"), one per record. Whitespace and CR
// are trimmed, blank lines skipped; a malformed line is an error at FILE:LINE:COL, the
// column of the character where the record goes wrong.
Result<std::vector<Rule>> parsePaddleConfig(const std::string& text, const std::string& path);
Result<std::vector<Rule>> loadPaddleConfig(const std::string& path);

} // namespace fusebox
