#pragma once
// The partition config sketch from the design brief, shared by the config test suites.

#include <string>

namespace fusebox::test {

// The sketch, comments included (toml++ skips them): shapes for x, targets xnnpack and
// onednn, min_subgraph_size 2, max_subgraphs 0, [device.onednn] and four [[rule]]s
// (Resize to host, conv2d_4* to onednn, x -> conv_out to host, group "stem").
std::string sketchConfig();

// The same with paddle_config = "subgraph_partition_config_file.txt" in [partition],
// one line after max_subgraphs: every line below it is one further down.
std::string sketchConfigWithPaddleConfig();

} // namespace fusebox::test
